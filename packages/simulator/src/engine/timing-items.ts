// Timing questions: every timing attached to a step, standard, problem, remedy, decision, branch or table rule becomes an
// item (「敲门无人应答 … 每隔多久？」 → 每隔 30 秒), with the timing blanked out of the text shown; the timings are also the pool of wrong options.
import { contentHash, type DecisionJson, type DecisionTableJson, type ProblemJson, type ProcessJson, type StepJson, type TimingJson } from '@sopkit/core';
import { branchAnswer } from './branch-answer.js';
import { maskTiming } from './timing-mask.js';
import type { DrillItem, ItemPlace, RuleCases, TimedText, TimingCandidate } from './types.js';

/** An element with timings, and the texts a question about them shows. */
interface TimedSite {
  readonly ownerId: string;
  readonly place: ItemPlace;
  readonly timings: readonly TimingJson[];
  readonly situation: string | null;
  readonly text: string | null;
  readonly sopText: readonly string[];
  readonly rule: RuleCases | null;
}

/** The timing items and wrong-option candidates of one process; `stepPlace` places a step, `tableRules` gives each askable rule's cases. */
export function collectTimings(
  process: ProcessJson,
  stepPlace: (step: StepJson) => ItemPlace,
  processPlace: ItemPlace,
  tableRules: readonly RuleCases[],
): { items: DrillItem[]; candidates: TimingCandidate[] } {
  const sites: TimedSite[] = [];
  const site = (ownerId: string, place: ItemPlace, timings: readonly TimingJson[], situation: string | null, text: string | null, sopText = [situation, text]) => {
    if (timings.length > 0) sites.push({ ownerId, place, timings, situation, text, sopText: sopText.filter((t): t is string => t !== null && t.trim() !== ''), rule: null });
  };
  const decisions = (list: readonly DecisionJson[], place: ItemPlace, problem: ProblemJson | null) => {
    for (const decision of list) {
      site(decision.id, place, decision.timings, problem?.text ?? null, decision.question);
      for (const branch of decision.branches) site(branch.id, place, branch.timings, decision.question, branchAnswer(branch, place.language));
    }
  };
  for (const step of process.steps) {
    const place = stepPlace(step);
    // Note: a step's own timing needs no text of its own: the heading shows the step's title, blanked like the rest.
    site(step.id, place, step.timings, null, null, [step.title]);
    for (const standard of step.standards) site(standard.id, place, standard.timings, null, standard.text);
    for (const problem of step.problems) {
      site(problem.id, place, problem.timings, null, problem.text);
      for (const remedy of problem.remedies) {
        site(remedy.id, place, remedy.timings, problem.text, remedy.text);
        decisions(remedy.decisions, place, problem);
      }
      decisions(problem.decisions, place, problem);
    }
    decisions(step.decisions, place, null);
  }
  for (const rule of tableRules) {
    const conditions = rule.rule.conditions.map((c) => c.text).join('、');
    const entry: TimedSite = { ownerId: rule.rule.id, place: processPlace, timings: rule.rule.timings, situation: null, text: rule.rule.outcome, sopText: [`${rule.table.title}${rule.rule.label ? ` ${rule.rule.label}` : ''}：${conditions}`, rule.rule.outcome], rule };
    if (entry.timings.length > 0) sites.push(entry);
  }

  const items: DrillItem[] = [];
  const candidates: TimingCandidate[] = [];
  for (const s of sites) {
    s.timings.forEach((timing, index) => {
      candidates.push({ timing, ownerId: s.ownerId, place: s.place });
      items.push(timingItem(s, timing, index));
    });
  }
  return { items, candidates };
}

function timingItem(s: TimedSite, timing: TimingJson, index: number): DrillItem {
  const mask = (text: string | null) => (text === null ? null : maskTiming(text, timing));
  const titles = { phaseTitle: mask(s.place.phaseTitle), stepTitle: mask(s.place.stepTitle) };
  const timed: TimedText = { timing, titles, ownerId: s.ownerId, situation: mask(s.situation), text: mask(s.text), sopText: s.sopText, rule: s.rule };
  const value = { k: timing.kind, d: timing.duration, m: timing.durationMax ?? null, t: timing.time ?? null, c: timing.count ?? null };
  const hash = contentHash({ s: s.sopText, v: value, r: s.rule ? tableContent(s.rule.table) : null });
  return { kind: 'timing', id: `${s.ownerId}#timing-${index + 1}`, hash, place: s.place, ...timed };
}

/** What a table's questions depend on (every rule decides which cases are fair). */
export function tableContent(table: DecisionTableJson): object {
  return { t: table.title, f: table.facts, r: table.rules.map((r) => [r.outcome, r.conditions.map((c) => c.text), r.uncertain]), g: table.gaps };
}
