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
        const colon = /^[:：]$/.test(fix!.newText.trim());
        expect(fix!.title).toMatch(colon ? /^(?:补上冒号|Add the colon)$/ : inserts ? /^(?:插入|Insert)/ : fix!.newText === '' ? /^(?:删除|Delete)/ : /^(?:改为|Change to)/);
      }
    });
  }
});
