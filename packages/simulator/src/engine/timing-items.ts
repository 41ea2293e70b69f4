// Timing questions: every timing attached to a step, standard, problem, remedy, decision, branch or table rule becomes an
// item (「敲门无人应答 … 每隔多久？」 → 每隔 30 秒), with the timing blanked out of the text shown; a step's or standard's
// timing only where the SOP says it in words. The timings are also the pool of wrong options.
import { contentHash, type DecisionJson, type DecisionTableJson, type Language, type ProblemJson, type ProcessJson, type StandardJson, type StepJson, type TimingJson } from '@sopkit/core';
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
  /**
   * For a step or a work standard, whose text may be a mere heading (「日常工作」): the lines of its work that say a timing
   * (a standard, or a standard's sub-item after the standard). When neither the titles nor `text` say the timing, these
   * are shown instead, and with none the timing is not asked. Null for elements whose own text names what is timed.
   */
  readonly worded: ((says: (line: string) => boolean) => string[]) | null;
}

const colons: Record<Language, string> = { 'zh-CN': '：', 'zh-TW': '：', en: ': ' };

/** The lines of a standard that say a timing: its text, else each sub-item that does, after the text (「对帐：每日与维修人员对帐」). */
function wordedLines(standard: StandardJson, language: Language, says: (line: string) => boolean): string[] {
  if (says(standard.text)) return [standard.text];
  const lead = standard.text.replace(/[\s:：;；,，.。]+$/u, '');
  return standard.items.filter(says).map((item) => (lead === '' ? item : `${lead}${colons[language]}${item}`));
}

/** The timing items and wrong-option candidates of one process; `stepPlace` places a step, `tableRules` gives each askable rule's cases. */
export function collectTimings(
  process: ProcessJson,
  stepPlace: (step: StepJson) => ItemPlace,
  processPlace: ItemPlace,
  tableRules: readonly RuleCases[],
): { items: DrillItem[]; candidates: TimingCandidate[] } {
  const sites: TimedSite[] = [];
  const site = (ownerId: string, place: ItemPlace, timings: readonly TimingJson[], situation: string | null, text: string | null, sopText = [situation, text], worded: TimedSite['worded'] = null) => {
    if (timings.length > 0) sites.push({ ownerId, place, timings, situation, text, sopText: sopText.filter((t): t is string => t !== null && t.trim() !== ''), rule: null, worded });
  };
  const decisions = (list: readonly DecisionJson[], place: ItemPlace, problem: ProblemJson | null) => {
    for (const decision of list) {
      site(decision.id, place, decision.timings, problem?.text ?? null, decision.question);
      for (const branch of decision.branches) site(branch.id, place, branch.timings, decision.question, branchAnswer(branch, place.language));
    }
  };
  for (const step of process.steps) {
    const place = stepPlace(step);
    // Note: a step's own timing needs no text of its own when the heading's title says it (blanked like the rest).
    site(step.id, place, step.timings, null, null, [step.title], (says) => step.standards.flatMap((s) => wordedLines(s, process.language, says)));
    for (const standard of step.standards) site(standard.id, place, standard.timings, null, standard.text, undefined, (says) => wordedLines(standard, process.language, says));
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
    const entry: TimedSite = { ownerId: rule.rule.id, place: processPlace, timings: rule.rule.timings, situation: null, text: rule.rule.outcome, sopText: [`${rule.table.title}${rule.rule.label ? ` ${rule.rule.label}` : ''}：${conditions}`, rule.rule.outcome], rule, worded: null };
    if (entry.timings.length > 0) sites.push(entry);
  }

  const items: DrillItem[] = [];
  const candidates: TimingCandidate[] = [];
  for (const s of sites) {
    s.timings.forEach((timing, index) => {
      candidates.push({ timing, ownerId: s.ownerId, place: s.place });
      const item = timingItem(s, timing, index);
      if (item) items.push(item);
    });
  }
  return { items, candidates };
}

/** The item asking one timing of a site, or null when the site is a step or standard whose text never says it. */
function timingItem(s: TimedSite, timing: TimingJson, index: number): DrillItem | null {
  const mask = (text: string | null) => (text === null ? null : maskTiming(text, timing));
  const says = (text: string | null) => text !== null && mask(text) !== text;
  const titles = { phaseTitle: mask(s.place.phaseTitle), stepTitle: mask(s.place.stepTitle) };
  let text = mask(s.text);
  let sopText = s.sopText;
  if (s.worded && ![s.place.phaseTitle, s.place.stepTitle, s.text].some(says)) {
    const lines = s.worded(says);
    if (lines.length === 0) return null;
    text = lines.map((line) => maskTiming(line, timing)).join('\n');
    sopText = [...new Set([...s.sopText.filter((t) => t !== s.text), ...lines])];
  }
  const timed: TimedText = { timing, titles, ownerId: s.ownerId, situation: mask(s.situation), text, sopText, rule: s.rule };
  const value = { k: timing.kind, d: timing.duration, m: timing.durationMax ?? null, t: timing.time ?? null, c: timing.count ?? null };
  const hash = contentHash({ s: sopText, v: value, r: s.rule ? tableContent(s.rule.table) : null });
  return { kind: 'timing', id: `${s.ownerId}#timing-${index + 1}`, hash, place: s.place, ...timed };
}

/** What a table's questions depend on (every rule decides which cases are fair). */
export function tableContent(table: DecisionTableJson): object {
  return { t: table.title, f: table.facts, r: table.rules.map((r) => [r.outcome, r.conditions.map((c) => c.text), r.uncertain]), g: table.gaps };
}
