// zh-TW documents read core's and the CLI's words in Taiwan-standard Traditional characters: the generated table is
// current, and the converter agrees with OpenCC (cn → twp) on every message template while leaving quoted text alone.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { catalogue, check, toTraditional } from '../packages/core/src/index.js';
import { tablePath, traditionalTable } from '../scripts/generate-traditional.js';

describe('Traditional wording for zh-TW documents', () => {
  it('has a current table (run `pnpm run docs` after changing messages)', () => {
    expect(readFileSync(tablePath, 'utf8')).toBe(traditionalTable());
  });

  it('words every message template as OpenCC does', () => {
    const opencc = OpenCC.Converter({ from: 'cn', to: 'twp' });
    for (const entry of Object.values(catalogue)) expect(toTraditional(entry['zh-CN'])).toBe(opencc(entry['zh-CN']));
  });

  it('leaves a document’s own quoted words as written, outside runs of its own', () => {
    expect(toTraditional('角色「信息元」没有在「角色:」中声明。')).toBe('角色「信息元」沒有在「角色:」中宣告。');
    expect(toTraditional('这个“干里后”')).toBe('這個“干里后”');
    expect(toTraditional('后面')).toBe('後面');
  });

  it('quotes a Simplified word the trainer wrote as written, even when it is one of core’s own runs (SOP1008)', () => {
    const text = '# language: zh-TW\n流程: 測試\n  編號: tw\n工步 1: 敲門\n  工作标准: 按門鈴一下。\n';
    const sop1008 = check(text).diagnostics.find((d) => d.code === 'SOP1008');
    expect(sop1008?.message).toBe('「工作标准」是簡體中文關鍵字，而本文件的語言是繁體中文；請寫「工作標準」。');
  });
});
