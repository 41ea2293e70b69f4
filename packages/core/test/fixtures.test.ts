// Runs every fixture folder: input.sop → diagnostics.txt (baseline with squiggles), ast.json, process.json (when it compiles);
// and applies every quick fix the fixtures get, which must take its diagnostic away.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, compileProcess, formatBaseline } from '../src/index.js';

const root = join(import.meta.dirname, 'fixtures');
const names = readdirSync(root).sort();

describe('fixtures', () => {
  for (const name of names) {
    it(name, async () => {
      const dir = join(root, name);
      const text = readFileSync(join(dir, 'input.sop'), 'utf8');
      const result = check(text, { uri: 'input.sop' });
      await expect(formatBaseline('input.sop', result.lines, result.diagnostics)).toMatchFileSnapshot(join(dir, 'diagnostics.txt'));
      await expect(`${JSON.stringify(result.ast, null, 2)}\n`).toMatchFileSnapshot(join(dir, 'ast.json'));
      const compiled = compileProcess(text, { uri: 'input.sop' });
      if (compiled.process) await expect(`${JSON.stringify(compiled.process, null, 2)}\n`).toMatchFileSnapshot(join(dir, 'process.json'));
      // A fixture named after a code must produce that code.
      const code = /^sop(\d{4})/.exec(name)?.[1];
      if (code) expect(result.diagnostics.map((d) => d.code)).toContain(`SOP${code}`);
    });
  }
});

describe('quick fixes', () => {
  for (const name of names) {
    const text = readFileSync(join(root, name, 'input.sop'), 'utf8');
    const fixable = check(text).diagnostics.filter((d) => d.fix);
    if (fixable.length === 0) continue;
    it(`${name}: each fix takes its diagnostic away`, () => {
      const count = (source: string, code: string) => check(source).diagnostics.filter((d) => d.code === code).length;
      for (const { code, fix } of fixable) {
        const fixed = text.slice(0, fix!.range.start.offset) + fix!.newText + text.slice(fix!.range.end.offset);
        expect(count(fixed, code), `${code}: ${fix!.title}`).toBe(count(text, code) - 1);
        const inserts = fix!.range.start.offset === fix!.range.end.offset;
        if (['SOP1003', 'SOP1008', 'SOP1012', 'SOP1018', 'SOP2031'].includes(code)) expect(fix!.preferred, `${code} restores what was meant`).toBe(true);
        const colon = /^[:：]$/.test(fix!.newText.trim());
        // Note: zh-TW documents read the titles in Traditional characters.
        expect(fix!.title).toMatch(colon ? /^(?:补上冒号|補上冒號|Add the colon)$/ : inserts ? /^(?:插入|Insert)/ : fix!.newText === '' ? /^(?:删除|刪除|Delete)/ : /^(?:改为|改為|Change to)/);
      }
    });
  }
});

describe('a did-you-mean fix', () => {
  const fixOf = (line: string) => check(`流程: x\n  编号: x\n  角色: 服务工程师, 信息员\n工步 1: a\n${line}\n`).diagnostics.find((d) => d.fix)?.fix;
  it('is preferred when it is one edit from a word of three or more characters and nothing else is that close', () => {
    expect(fixOf('  工做标准: 准时')).toMatchObject({ newText: '工作标准', preferred: true });
    expect(fixOf('  负责: 服务工成师')).toMatchObject({ newText: '服务工程师', preferred: true });
  });
  it('is offered but not preferred when it is a weaker guess', () => {
    expect(fixOf('  结果: 完成')).toMatchObject({ newText: '结束', preferred: false });
    expect(fixOf('  上传: 中心')).toMatchObject({ newText: '上报', preferred: false });
  });
});
