// Whether a wrong option would, in substance, also be a right answer of the asked situation, so that it must not be offered:
// it says most of a right answer, it is part of the asked problem's own remedy, it hands the matter to whom a right answer
// does, it reschedules where a right answer does, or it answers a problem of another step that threatens
// the same goal.
import { escalatedRoles } from './branch-answer.js';
import { saySame } from './shared-goals.js';
import { bigrams, overlap } from './text-overlap.js';
import type { ActionJson } from '@sopkit/core';
import type { Candidate, DrillItem } from './types.js';

type ChoiceItem = Extract<DrillItem, { kind: 'remedy' | 'decision' }>;

/** How much of the shorter text a wrong option and a right answer may share (CJK character or word bigrams) before the option counts as saying the right answer. */
export const sameAnswerShare = 0.7;

/** Why a wrong option is also right. */
export type AlsoRightReason = 'says-right-answer' | 'part-of-remedy' | 'same-escalation' | 'reschedules' | 'same-goal';

/** What the right answers of a question are, as the rules compare them. */
export interface RightAnswers {
  readonly tokens: readonly ReadonlySet<string>[];
  readonly escalates: ReadonlySet<string>;
  readonly reschedules: readonly ReadonlySet<string>[];
  /** The decisions inside the asked problem's remedy (a remedy question only): their branches are parts of the right answer. */
  readonly ownDecisions: ReadonlySet<string>;
  readonly stepId: string | null;
  readonly goal: string | null;
}

/**
 * The right answers of an item: a problem's remedies, or a branch's answer. Note: a branch is answered by its own words and
 * actions only; the problem's whole remedy, which holds the other branches too, is left out of the comparison, or the other
 * branches (the best wrong options) would all count as right.
 */
export function rightAnswersOf(item: ChoiceItem): RightAnswers {
  const remedies = item.kind === 'remedy' ? item.problem.remedies : [];
  const actions = item.kind === 'decision' ? item.branch.actions : remedies.flatMap((r) => r.actions);
  return {
    tokens: (item.kind === 'decision' ? [item.answer] : remedies.map((r) => r.text)).map(bigrams),
    escalates: new Set(escalatedRoles(actions)),
    reschedules: reschedulings(actions),
    ownDecisions: new Set([...(item.kind === 'remedy' ? item.problem.decisions : []), ...remedies.flatMap((r) => r.decisions)].map((d) => d.id)),
    stepId: item.place.stepId,
    goal: item.goal,
  };
}

/** The reschedulings (`改约`) among actions: the bigrams of each one's condition (「在征得客户同意的前提下」), empty for one without. */
export function reschedulings(actions: readonly ActionJson[]): ReadonlySet<string>[] {
  return actions.flatMap((a) => (a.type === 'reschedule' ? [bigrams(a.text ?? '')] : []));
}

/** The bigrams of what a text says to do once the conditions of its reschedulings are taken out (「在征得客户同意的前提下改约时间」 → 改约时间). */
export function unconditioned(text: string, actions: readonly ActionJson[]): Set<string> {
  const conditions = actions.flatMap((a) => (a.type === 'reschedule' && a.text ? [a.text] : []));
  return bigrams(conditions.reduce((rest, condition) => rest.split(condition).join(' '), text));
}

/**
 * Whether a wrong option reschedules as a right answer does: without a condition (rescheduling is what it says to do), on
 * the same condition, or — where a right answer reschedules with no condition — on a condition, saying little else (most of
 * what is left once the condition is taken out is in a right answer: 「在征得客户同意的前提下改约时间」 for 「改约时间,留下联系方式」).
 * Note: a remedy that reschedules only in the end (「特殊情况下改约」, 「如客户就是不让进门，则同客户改约时间」) or as one of
 * several ways (「…或自行前往或改约重新上门」) is not the same answer as one that reschedules first, so it stays a fair wrong option.
 */
function sameRescheduling(right: RightAnswers, candidate: Candidate): boolean {
  if (right.reschedules.length === 0) return false;
  if (candidate.reschedules.some((c) => c.size === 0 || right.reschedules.some((r) => r.size > 0 && saySame(r, c, sameAnswerShare)))) return true;
  const unconditional = right.reschedules.some((r) => r.size === 0);
  const rest = candidate.unconditioned;
  return unconditional && candidate.reschedules.length > 0 && (rest.size === 0 || right.tokens.some((t) => overlap(rest, t) >= sameAnswerShare));
}

/** Why a candidate is, in substance, also a right answer, or null when it is a fair wrong option. */
export function alsoRight(right: RightAnswers, candidate: Candidate): AlsoRightReason | null {
  if (candidate.decisionId !== null && right.ownDecisions.has(candidate.decisionId)) return 'part-of-remedy';
  if (candidate.escalates.some((role) => right.escalates.has(role))) return 'same-escalation';
  if (sameRescheduling(right, candidate)) return 'reschedules';
  if (right.tokens.some((tokens) => saySame(tokens, candidate.tokens, sameAnswerShare))) return 'says-right-answer';
  if (right.goal !== null && candidate.goal === right.goal && candidate.place.stepId !== right.stepId) return 'same-goal';
  return null;
}
