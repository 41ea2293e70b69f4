// One element with a hundred thousand lines (branches, actions, decisions) is read, checked and compiled like a small one.
import { describe, expect, it } from 'vitest';
import { compileProcess, type ProcessJson } from '../src/index.js';

type Step = ProcessJson['steps'][number];
const branchCount = (step: Step) => step.decisions.flatMap((d) => d.branches).length;
const actionCount = (step: Step) => step.problems.flatMap((p) => p.remedies.flatMap((r) => r.actions)).length;
const decisionCount = (step: Step) => step.decisions.length;

const header = '流程: 大元素\n  编号: huge\n';
const many = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');

describe('huge elements', () => {
  it.each([
    ['130,000 branches in one decision', `工步 1: 判断\n  判断: 怎么办？\n${many(130_000, (i) => `    当 情况${i}: 继续\n`)}`, branchCount, 130_000],
    ['130,000 actions in one remedy', `工步 1: 一\n  问题: 有事\n    措施: 处理\n${many(130_000, () => '      转到 工步 1\n')}`, actionCount, 130_000],
    ['50,000 decisions in one step', `工步 1: 一\n${many(50_000, (i) => `  判断: 问题${i}？\n    是: 继续\n    否: 结束\n`)}`, decisionCount, 50_000],
  ] as const)('%s', (_, body, count, expected) => {
    const result = compileProcess(`${header}${body}`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(count(result.process!.steps[0]!)).toBe(expected);
  }, 60_000);
});
