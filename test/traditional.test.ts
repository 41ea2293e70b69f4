// zh-TW documents read core's and the CLI's words in Taiwan-standard Traditional characters: the generated table is
// current, and the converter agrees with OpenCC (cn → twp) on every message template while leaving quoted text alone.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { catalogue, toTraditional } from '../packages/core/src/index.js';
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
});
