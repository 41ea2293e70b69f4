// Step numbers of unnumbered steps, and which step a number finds when a counted number meets a written one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProcess, indexSteps, parse } from '../src/index.js';

const step = (head: string) => `${head}\n  工作标准: 做。\n`;

describe('indexSteps', () => {
  it('counts an unnumbered step on from the last part of the number before it', () => {
    const text = `流程: t\n  编号: t\n${['工步:', '工步 2.1: a', '工步: b', '工步 08: c', '工步: d', '工步 3.9.9: e', '工步: f'].map(step).join('')}`;
    const index = indexSteps(parse(text).ast);
    expect(index.steps.map((s) => s.number)).toEqual(['1', '2.1', '2.2', '08', '9', '3.9.9', '3.9.10']);
    expect(index.steps.map((s) => s.explicit)).toEqual([false, true, false, true, false, true, false]);
  });

  it('finds the numbered step for a number that an unnumbered step was counted to earlier', () => {
    const fixture = readFileSync(new URL('fixtures/sop2036-unnumbered-step-takes-a-number/input.sop', import.meta.url), 'utf8');
    const index = indexSteps(parse(fixture).ast);
    const found = index.find('4')!;
    expect(found.explicit).toBe(true);
    expect(found.node.value.text).toBe('到达');
  });

  it('compiles a file whose unnumbered steps take free numbers', () => {
    const text = `流程: t\n  编号: t\n${['工步 1: a', '工步 2.1: b', '工步: c', '工步 3: d'].map(step).join('')}`;
    const result = compileProcess(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.process?.steps.map((s) => s.id)).toEqual(['t/s1', 't/s2.1', 't/s2.2', 't/s3']);
  });
});
