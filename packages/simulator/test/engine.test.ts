// The drill engine: seeded determinism, the next/answer loop, retries, reports and the review-first queue.
import { describe, expect, it } from 'vitest';
import { answer, buildItemBank, createDrill, drillReport, finish, next, type Choice, type DrillState, type Question } from '../src/index.js';
import { homeServiceVisit, smallProcess } from './helpers.js';

/** The right choice for a question. */
function rightChoice(q: Question): Choice {
  return q.type === 'choice' ? q.options.findIndex((o) => o.correct) : q.answer;
}

/** A wrong choice for a question. */
function wrongChoice(q: Question): Choice {
  return q.type === 'choice' ? q.options.findIndex((o) => !o.correct) : [...q.answer].reverse();
}

/** Runs a drill to the end, answering by `pick`; returns the questions asked and the final state. */
function runThrough(state: DrillState, pick: (q: Question, i: number) => Choice): { questions: Question[]; state: DrillState } {
  const questions: Question[] = [];
  let s = state;
  for (let i = 0; i < 1000; i++) {
    const step = next(s);
    if (!step.question) return { questions, state: step.state };
    questions.push(step.question);
    s = answer(step.state, pick(step.question, i)).state;
  }
  throw new Error('the drill did not end');
}

describe('drill engine', () => {
  const home = homeServiceVisit();

  it('asks the same questions with the same options for the same seed', () => {
    const a = runThrough(createDrill([home], { mode: 'exam', seed: 42 }), rightChoice);
    const b = runThrough(createDrill([home], { mode: 'exam', seed: 42 }), rightChoice);
    expect(a.questions).toEqual(b.questions);
    expect(a.questions).toHaveLength(20);
  });

  it('asks different questions for a different seed', () => {
    const a = runThrough(createDrill([home], { mode: 'exam', seed: 1 }), rightChoice);
    const b = runThrough(createDrill([home], { mode: 'exam', seed: 2 }), rightChoice);
    expect(a.questions.map((q) => q.itemId)).not.toEqual(b.questions.map((q) => q.itemId));
  });

  it('keeps returning the waiting question until it is answered', () => {
    const first = next(createDrill([home], { mode: 'scenario', seed: 5 }));
    const again = next(first.state);
    expect(again.question).toBe(first.question);
    expect(again.state).toBe(first.state);
  });

  it('grades right and wrong answers and counts them in the report', () => {
    const { state } = runThrough(createDrill([home], { mode: 'exam', seed: 9, questions: 10 }), (q, i) => (i % 2 === 0 ? rightChoice(q) : wrongChoice(q)));
    const report = drillReport(state, 80);
    expect(report.total).toBe(10);
    expect(report.correct).toBe(5);
    expect(report.percent).toBe(50);
    expect(report.passed).toBe(false);
    expect(report.misses).toHaveLength(5);
    expect(report.phases.reduce((n, p) => n + p.total, 0)).toBe(10);
    expect(report.phases.reduce((n, p) => n + p.correct, 0)).toBe(5);
    for (const miss of report.misses) expect(miss.correctText).not.toBe(miss.chosenText);
  });

  it('rejects an option that does not exist and an order that skips an entry', () => {
    const { state, question } = next(createDrill([home], { mode: 'order', seed: 3 }));
    expect(question?.type).toBe('order');
    expect(() => answer(state, [0, 0, 1])).toThrow(RangeError);
    const choice = next(createDrill([home], { mode: 'scenario', seed: 3 }));
    expect(() => answer(choice.state, 17)).toThrow(RangeError);
  });

  it('brings a missed item back once in practice, never in an exam, and the report counts those retries', () => {
    const practice = runThrough(createDrill([home], { mode: 'scenario', seed: 11, questions: 5 }), (q, i) => (i === 0 ? wrongChoice(q) : rightChoice(q)));
    expect(practice.questions).toHaveLength(6);
    expect(practice.questions.filter((q) => q.itemId === practice.questions[0]!.itemId)).toHaveLength(2);
    expect(drillReport(practice.state, 80)).toMatchObject({ total: 6, retries: 1 });
    const alwaysWrong = runThrough(createDrill([home], { mode: 'scenario', seed: 11, questions: 5 }), wrongChoice);
    expect(alwaysWrong.questions).toHaveLength(10);
    expect(drillReport(alwaysWrong.state, 80)).toMatchObject({ total: 10, retries: 5 });
    const exam = runThrough(createDrill([home], { mode: 'exam', seed: 11, questions: 5 }), wrongChoice);
    expect(exam.questions).toHaveLength(5);
    expect(drillReport(exam.state, 80)).toMatchObject({ total: 5, retries: 0 });
  });

  it('counts unanswered questions as misses when time is up', () => {
    let state = createDrill([home], { mode: 'exam', seed: 4, questions: 8 });
    for (let i = 0; i < 3; i++) {
      const step = next(state);
      state = answer(step.state, rightChoice(step.question!)).state;
    }
    const report = drillReport(finish(state), 80);
    expect(report).toMatchObject({ correct: 3, answered: 3, total: 8, unanswered: 5, percent: 37.5 });
    expect(next(finish(state)).question).toBeNull();
  });

  it('puts due reviews first, then new items, then items not yet due; a changed text counts as new', () => {
    const bank = buildItemBank([home]);
    const remedies = bank.order.filter((id) => id.endsWith('#remedy'));
    const [dueA, dueB, later, changed] = remedies as [string, string, string, string];
    const hash = (id: string) => bank.items.get(id)!.hash;
    const schedule = new Map([
      [dueA, { hash: hash(dueA), due: 500 }],
      [dueB, { hash: hash(dueB), due: 100 }],
      [later, { hash: hash(later), due: 5000 }],
      [changed, { hash: 'sha256:old', due: 5000 }],
    ]);
    const state = createDrill(bank, { mode: 'scenario', seed: 1, questions: bank.order.length, schedule, now: 1000 });
    expect(state.queue.slice(0, 2)).toEqual([dueB, dueA]);
    expect(state.queue.at(-1)).toBe(later);
    expect(state.queue.indexOf(changed)).toBeLessThan(state.queue.length - 1);
    expect(state.queue.indexOf(changed)).toBeGreaterThan(1);
  });

  it('asks authored scenarios before generated questions', () => {
    const state = createDrill([smallProcess()], { mode: 'scenario', seed: 8 });
    expect(state.queue[0]).toBe('small-visit/s4/c1#scenario');
    const { question } = next(state);
    expect(question?.type === 'choice' && question.options.map((o) => o.text).sort()).toEqual(['电话联系客户', '直接离开', '继续敲']);
    expect(question?.explanation).toBe('5 分钟后电话联系。');
    expect(question?.sopText).toEqual(['电话联系客户']);
  });

  it('treats compiled JSON without a scenarios array as having none', () => {
    const { scenarios: _, ...older } = smallProcess();
    const bank = buildItemBank([older as typeof older & { scenarios: never[] }]);
    expect([...bank.items.keys()].some((id) => id.endsWith('#scenario'))).toBe(false);
    expect(bank.items.size).toBeGreaterThan(5);
  });

  it('plans every ordering question in order mode and nothing else', () => {
    const state = createDrill([home], { mode: 'order', seed: 2 });
    const kinds = new Set(state.queue.map((id) => state.bank.items.get(id)!.kind));
    expect(kinds).toEqual(new Set(['phase-order', 'remedy-order']));
    expect(state.queue).toContain('home-service-visit/s8/p2/r1#order');
  });

  it('samples every phase in an exam', () => {
    const state = createDrill([home], { mode: 'exam', seed: 6, questions: 12 });
    const phases = new Set(state.queue.map((id) => state.bank.items.get(id)!.place.phaseId));
    expect(phases.size).toBe(home.phases.length);
  });
});
