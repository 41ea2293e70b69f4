// A trainee who does not know the SOP cannot answer by form: over every generated choice question of processes/ and
// examples/ (each file drilled on its own, seeds 0–19), no test-wise heuristic (longest, shortest, most words of the
// question, odd one out, most like the others) is right much more often than chance; each situation is asked once per seed, as
// a session asks it. Report: test/guess-report.ts.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessRates, heuristics, questionsByGroup, type QuestionGroup } from './guessing.js';
import { compileFile, repoRoot } from './helpers.js';

const files = ['processes', 'examples'].flatMap((dir) =>
  readdirSync(`${repoRoot}${dir}`).filter((f) => f.endsWith('.sop')).sort().map((f) => compileFile(`${repoRoot}${dir}/${f}`)),
);
const groups = questionsByGroup(files, 20);

/** How far above chance each group's best heuristic may be. */
const margins: ReadonlyArray<[QuestionGroup, number]> = [
  ['remedy / decision', 0.05],
  // Note: 恕不退换 answers five of the policy's ten rules; asked one per session (one situation), it is no longer the likely answer.
  ['table-case', 0.05],
  // Note: a deadline 「当天」 is the only timing without a number among lengths of time.
  ['timing', 0.12],
];

describe('guessing by form', () => {
  for (const [group, margin] of margins) {
    it(`does not beat chance by more than ${margin * 100} points: ${group}`, () => {
      const rates = guessRates(groups.get(group) ?? []);
      expect(rates.questions).toBeGreaterThanOrEqual(100);
      for (const h of heuristics) expect(rates.rates[h.name], h.name).toBeLessThanOrEqual(rates.chance + margin);
    });
  }

  it('does not beat chance by more than 6 points: template (a template whose title says its body is not asked)', () => {
    const rates = guessRates(groups.get('template') ?? []);
    expect(rates.questions).toBeGreaterThanOrEqual(60);
    for (const h of heuristics) expect(rates.rates[h.name], h.name).toBeLessThanOrEqual(rates.chance + 0.06);
  });

  it('scores a heuristic by its chance among ties', () => {
    const rates = guessRates([{ itemId: 'x', itemHash: '', place: { processId: 'x', processTitle: 'x', language: 'zh-CN', phaseId: null, phaseTitle: null, stepId: null, stepNumber: null, stepTitle: null }, prompt: { ask: 'remedy', situation: '客户不在家', decision: null, table: null, timing: null, titles: null }, sopText: [], explanation: null, type: 'choice', options: [{ text: '电话联系客户', correct: true, origin: null }, { text: '留言', correct: false, origin: null }, { text: '回中心', correct: false, origin: null }] }]);
    expect(rates.chance).toBeCloseTo(1 / 3);
    expect(rates.rates['longest']).toBe(1);
    expect(rates.rates['shortest']).toBe(0);
    expect(rates.rates['most words of the question']).toBe(1);
  });
});
