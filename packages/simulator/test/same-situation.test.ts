// An authored scenario and the generated question it rewords (same step, its right answer or explanation says the remedy): one of them per session, the authored one first, the other in the next session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileProcess } from '@sopkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { answer, buildItemBank, createDrill, next, type DrillState, type Question } from '../src/index.js';
import { openProgressStore } from '../src/store.js';
import { compileFile, repoRoot, smallProcess } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sopkit-situation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const english = () => compileFile(`${repoRoot}examples/first-sop-en.sop`);
const chinese = () => compileFile(`${repoRoot}examples/first-sop.sop`);

/** Every question of a drill, answered right. */
function askAll(state: DrillState): Question[] {
  const asked: Question[] = [];
  let s = state;
  for (let q = next(s); q.question; q = next(s)) {
    asked.push(q.question);
    const right = q.question.type === 'choice' ? q.question.options.findIndex((o) => o.correct) : q.question.answer;
    s = answer(q.state, right).state;
  }
  return asked;
}

function compileText(text: string) {
  const result = compileProcess(text, { uri: 'inline.sop' });
  if (!result.process) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.process;
}

describe('one question per situation', () => {
  it('pairs each example scenario with the problem whose remedy it asks for, and nothing else', () => {
    expect(buildItemBank([english()]).situations).toEqual(new Map([['first-sop-en/s1/c1#scenario', 'first-sop-en/s1/c1#scenario'], ['first-sop-en/s1/p1#remedy', 'first-sop-en/s1/c1#scenario']]));
    expect([...buildItemBank([chinese()]).situations.keys()].sort()).toEqual(['first-sop/s1/c1#scenario', 'first-sop/s1/p1#remedy']);
    expect([...buildItemBank([smallProcess()]).situations.keys()].sort()).toEqual(['small-visit/s4/c1#scenario', 'small-visit/s4/p1#remedy']);
  });

  it('pairs by the explanation when the right choice is worded apart, and not at all when neither says the remedy', () => {
    const source = (explanation: string) => `# language: zh-CN
流程: 测试
  编号: t
阶段: 甲
工步 1: 接电话
  问题: 客户听不见。
    措施: 放慢语速，再说一遍。
  问题: 电话断了。
    措施: 马上回拨客户电话。
  场景: 客户在电话里说“喂？喂？”，你怎么办？
    选项: 挂掉
    正确: 慢一点重说
    选项: 大声喊
    解释: ${explanation}
`;
    expect([...buildItemBank([compileText(source('工步 1 的措施：放慢语速，再说一遍。'))]).situations.keys()].sort()).toEqual(['t/s1/c1#scenario', 't/s1/p1#remedy']);
    expect(buildItemBank([compileText(source('让客户听清楚最要紧。'))]).situations.size).toBe(0);
  });

  it('asks the authored scenario and not the generated question in the first session, whatever the seed and mode', () => {
    for (const process of [english(), chinese(), smallProcess()]) {
      const bank = buildItemBank([process]);
      const [scenario, generated] = [...bank.situations.keys()].sort((a, b) => Number(b.endsWith('#scenario')) - Number(a.endsWith('#scenario')));
      for (let seed = 0; seed < 20; seed++) {
        for (const mode of ['scenario', 'exam'] as const) {
          const asked = askAll(createDrill(bank, { mode, seed, questions: 50 })).map((q) => q.itemId);
          expect(asked, `${process.id} ${mode} ${seed}`).toContain(scenario);
          expect(asked, `${process.id} ${mode} ${seed}`).not.toContain(generated);
        }
      }
    }
  });

  it('asks the generated question in the next session, with the progress store between them, then the one due first', async () => {
    const store = await openProgressStore(join(dir, 'progress.db'));
    const bank = buildItemBank([english()]);
    const session = (at: Date, seed: number): string[] => {
      const sessionId = store.startSession({ trainee: 'Ann', mode: 'scenario', seed, processes: [{ id: 'first-sop-en', language: 'en' }], startedAt: at });
      const asked = askAll(createDrill(bank, { mode: 'scenario', seed, schedule: store.schedule('Ann'), now: at.getTime() }));
      for (const q of asked) store.recordAnswer({ sessionId, trainee: 'Ann', processId: q.place.processId, phaseId: q.place.phaseId, itemId: q.itemId, itemHash: q.itemHash, kind: q.prompt.ask, correct: true, chosen: '', answeredAt: at });
      return asked.map((q) => q.itemId);
    };
    const first = session(new Date('2026-11-01T09:00:00Z'), 1);
    expect(first).toEqual(expect.arrayContaining(['first-sop-en/s1/c1#scenario', 'first-sop-en/s2/p1#remedy']));
    expect(first).not.toContain('first-sop-en/s1/p1#remedy');
    const second = session(new Date('2026-11-01T09:30:00Z'), 2);
    expect(second).toContain('first-sop-en/s1/p1#remedy');
    expect(second).not.toContain('first-sop-en/s1/c1#scenario');
    const third = session(new Date('2026-12-01T09:00:00Z'), 3);
    expect(third.filter((id) => id.startsWith('first-sop-en/s1/'))).toEqual(['first-sop-en/s1/c1#scenario']);
    store.close();
  });
});

describe('the rules of a decision table that share an outcome', () => {
  const policy = compileFile(`${repoRoot}processes/after-sales-policy.sop`);
  const bank = buildItemBank([policy]);
  const noReturn = [...bank.items.values()].filter((i) => i.kind === 'table-case' && i.rule.outcome === '恕不退换').map((i) => i.id);

  it('are one situation: a session asks one of the five rules of 恕不退换, each keeping its own item', () => {
    expect(noReturn).toHaveLength(5);
    for (let seed = 0; seed < 10; seed++) {
      for (const mode of ['scenario', 'exam'] as const) {
        const { queue } = createDrill(bank, { mode, seed, questions: 1000 });
        expect(queue.filter((id) => noReturn.includes(id)), `${mode} ${seed}`).toHaveLength(1);
      }
    }
  });

  it('are asked in turn over sessions, the one not met yet first', async () => {
    const store = await openProgressStore(join(dir, 'rules.db'));
    const asked: string[] = [];
    for (let day = 0; day < 5; day++) {
      const now = Date.UTC(2026, 10, 1 + day);
      const { queue } = createDrill(bank, { mode: 'scenario', seed: day, questions: 1000, now, schedule: store.schedule('amy') });
      const id = queue.find((q) => noReturn.includes(q))!;
      asked.push(id);
      const session = store.startSession({ trainee: 'amy', mode: 'scenario', seed: day, processes: [{ id: policy.id, language: policy.language }], startedAt: new Date(now) });
      store.recordAnswer({ sessionId: session, trainee: 'amy', processId: policy.id, phaseId: null, itemId: id, itemHash: bank.items.get(id)!.hash, kind: 'table-case', correct: true, chosen: '恕不退换', answeredAt: new Date(now) });
    }
    store.close();
    expect(new Set(asked)).toEqual(new Set(noReturn));
  });
});
