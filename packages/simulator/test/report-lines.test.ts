// The final report names each miss by what was asked — the decision and branch, the timed text and its question, the case —
// and lines its entries up under their numbers, also from 10 on.
import { describe, expect, it } from 'vitest';
import { answer, createDrill, drillReport, next, type DrillState } from '../src/index.js';
import { reportLines } from '../src/ui/layout/report-lines.js';
import { uiStrings } from '../src/ui/strings.js';
import { displayWidth } from '../src/ui/wrap-text.js';
import { homeServiceVisit, realProcesses } from './helpers.js';

/** An exam answered wrong throughout. */
function missedExam(processes: Parameters<typeof createDrill>[0], seed: number, questions: number): DrillState {
  let state = createDrill(processes, { mode: 'exam', seed, questions });
  for (let step = next(state); step.question; step = next(state)) {
    const q = step.question;
    state = answer(step.state, q.type === 'choice' ? q.options.findIndex((o) => !o.correct) : [...q.answer].reverse()).state;
  }
  return state;
}

describe('report', () => {
  const strings = uiStrings('zh-CN');

  it('names a missed branch by its decision, and a missed timing by its text and question', () => {
    const state = missedExam([homeServiceVisit()], 5, 40);
    const report = drillReport(state, 80);
    const text = reportLines(report, 'exam', strings, 1000, false).map((l) => l.text).join('\n');
    const decisions = report.misses.filter((m) => m.question.prompt.decision);
    const timings = report.misses.filter((m) => m.question.prompt.timing);
    expect(decisions.length).toBeGreaterThan(0);
    expect(timings.length).toBeGreaterThan(0);
    for (const miss of decisions) expect(text).toContain(`${miss.question.prompt.decision!.question} → ${miss.question.prompt.decision!.label}`);
    for (const miss of timings) {
      const { timing, situation } = miss.question.prompt;
      expect(text).toContain([situation, timing!.text, strings.ask(miss.question.prompt, null)].filter((s) => s).join(' · '));
    }
  });

  it('keeps a missed question whose step title says the timing blanked, as it was asked', () => {
    const policy = realProcesses().filter((p) => p.id === 'after-sales-policy');
    const state = missedExam(policy, 2, 20);
    const report = drillReport(state, 80);
    const titled = report.misses.find((m) => m.question.prompt.timing && !m.question.prompt.timing.text && !m.question.prompt.situation);
    expect(titled, 'a timing said only in its step title').toBeDefined();
    const text = reportLines(report, 'exam', strings, 1000, false).map((l) => l.text).join('\n');
    expect(text).toContain(`工步 ${titled!.question.place.stepNumber} ${titled!.question.prompt.titles!.stepTitle} · ${strings.ask(titled!.question.prompt, null)}`);
  });

  it('indents every line of a miss under its text, from miss 10 on too', () => {
    const state = missedExam([homeServiceVisit()], 5, 12);
    const lines = reportLines(drillReport(state, 80), 'exam', strings, 80, false).map((l) => l.text);
    const tenth = lines.findIndex((l) => l.startsWith('10. '));
    expect(tenth).toBeGreaterThan(0);
    const entry = lines.slice(tenth + 1, lines.findIndex((l, i) => i > tenth && l.startsWith('11. ')));
    expect(entry.length).toBeGreaterThanOrEqual(3);
    for (const line of entry) expect(line.slice(0, 4), line).toBe('    ');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('says under the total how many questions were misses asked again', () => {
    let state = createDrill([homeServiceVisit()], { mode: 'scenario', seed: 11, questions: 3 });
    for (let step = next(state); step.question; step = next(state)) {
      const q = step.question;
      state = answer(step.state, q.type === 'choice' ? q.options.findIndex((o) => !o.correct) : [...q.answer].reverse()).state;
    }
    const lines = reportLines(drillReport(state, 80), 'scenario', strings, 80, false).map((l) => l.text);
    expect(lines.slice(1, 3)).toEqual(['总分 0/6（0%）', '含 3 道错题重做']);
  });
});
