// `sop fmt --check` and `--write` word their summary in the documents' language, as `sop check` does (zh-CN, zh-TW in
// Traditional characters, English only when every document is English; --lang decides over the documents), run as the
// real bundled binary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSop } from './helpers/run-sop.js';

const untidy = {
  'zh-CN': '流程:甲\n编号: a\n工步 1:一\n',
  'zh-TW': '# language: zh-TW\n流程:甲\n編號: a\n工步 1:一\n',
  en: 'Process:A\nId: a\nStep 1:One\n',
} as const;

/** A folder holding the given files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sop-fmt-words-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The summary line of `sop fmt <args> .` in a folder of `files`, run under an English or a Chinese locale. */
function summary(files: Record<string, string>, args: string[], locale = 'en_US.UTF-8'): string {
  const run = runSop(['fmt', ...args, '.'], { cwd: folder(files), env: { LANG: locale, LC_ALL: '' } });
  expect(run.status, run.stderr).toBe(args.includes('--check') ? 1 : 0);
  return run.stderr.trim();
}

describe('sop fmt summary wording', () => {
  it('speaks the documents’ language whatever the locale', () => {
    expect(summary({ 'a.sop': untidy['zh-CN'] }, ['--check'])).toBe('1 个文件中有 1 个未格式化');
    expect(summary({ 'a.sop': untidy['zh-TW'] }, ['--check'])).toBe('1 個檔案中有 1 個未格式化');
    expect(summary({ 'a.sop': untidy.en, 'b.sop': 'Process: B\n  Id: b\n' }, ['--check'], 'zh_CN.UTF-8')).toBe('1 of 2 files not formatted');
    expect(summary({ 'a.sop': untidy['zh-TW'] }, ['--write'])).toBe('重新格式化了 1 個檔案中的 1 個');
    expect(summary({ 'a.sop': untidy.en }, ['--write'], 'zh_CN.UTF-8')).toBe('1 of 1 file reformatted');
  });

  it('reads Simplified Chinese for a mix of languages, Traditional only when every document is zh-TW', () => {
    expect(summary({ 'a.sop': untidy['zh-TW'], 'b.sop': untidy.en }, ['--check'])).toBe('2 个文件中有 2 个未格式化');
    expect(summary({ 'a.sop': untidy['zh-TW'], 'b.sop': untidy['zh-CN'] }, ['--check'])).toBe('2 个文件中有 2 个未格式化');
  });

  it('--lang decides over the documents', () => {
    expect(summary({ 'a.sop': untidy['zh-TW'] }, ['--check', '--lang', 'en'])).toBe('1 of 1 file not formatted');
    expect(summary({ 'a.sop': untidy.en }, ['--check', '--lang', 'zh-TW'])).toBe('1 個檔案中有 1 個未格式化');
    expect(summary({ 'a.sop': untidy.en }, ['--write', '--lang', 'zh-CN'])).toBe('重新格式化了 1 个文件中的 1 个');
  });
});
