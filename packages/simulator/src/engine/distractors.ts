// Wrong options for a question: real remedies and branch answers from elsewhere, the most plausible first (same decision, same step, same phase, same process),
// never a right answer of the situation nor one that is right in substance (see `alsoRight`), and no two saying the same thing.
import { alsoRight, rightAnswersOf, sameAnswerShare } from './also-right.js';
import { normalise } from './normalise.js';
import { shuffle, type RngState } from './prng.js';
import { saySame } from './shared-goals.js';
import type { Candidate, DrillItem } from './types.js';

type ChoiceItem = Extract<DrillItem, { kind: 'remedy' | 'decision' }>;

/** Every right answer of the item's situation: the branch's answer, and the remedies of its problem. */
export function rightAnswers(item: ChoiceItem): string[] {
  return [...(item.kind === 'decision' ? [item.answer] : []), ...(item.problem?.remedies.map((r) => r.text) ?? [])];
}

/** Normalised texts that must never be offered as wrong options: every right answer of the item's situation. */
export function excludedTexts(item: ChoiceItem): Set<string> {
  return new Set(['', ...rightAnswers(item).map(normalise)]);
}

/** 0 = same decision, 1 = same step, 2 = same phase, 3 = same process, 4 = another process. */
function tier(item: ChoiceItem, candidate: Candidate): number {
  const place = item.place;
  if (item.kind === 'decision' && candidate.decisionId === item.decision.id) return 0;
  if (candidate.place.processId !== place.processId) return 4;
  if (place.stepId !== null && candidate.place.stepId === place.stepId) return 1;
  if (place.phaseId !== null && candidate.place.phaseId === place.phaseId) return 2;
  return 3;
}

function tiers(item: ChoiceItem, candidates: readonly Candidate[]): Candidate[][] {
  const out: Candidate[][] = [[], [], [], [], []];
  for (const candidate of candidates) out[tier(item, candidate)]!.push(candidate);
  return out;
}

/**
 * Whether two wrong options say the same thing: one is a branch of a decision inside the other (「直接按地址上门」 and 「改时间打,如再晚
 * 就不能按约定时间到达则直接按地址上门」), or one says most of the other (「跟踪服务直至客户满意为止」 and 「客户不满意则跟踪服务直至客户满意为止」).
 * Offered together they would give each other away: only one option is right, so both must be wrong.
 */
export function sayAlike(a: Candidate, b: Candidate): boolean {
  const within = (part: Candidate, whole: Candidate) => part.decisionId !== null && whole.holds.includes(part.decisionId);
  return within(a, b) || within(b, a) || saySame(a.tokens, b.tokens, sameAnswerShare);
}

/** Picks up to `count` distinct wrong options, shuffling within each plausibility tier. */
export function pickDistractors(item: ChoiceItem, candidates: readonly Candidate[], count: number, rng: RngState): [Candidate[], RngState] {
  let state = rng;
  const chosen = select(item, candidates, count, (group) => {
    let shuffled: Candidate[];
    [shuffled, state] = shuffle(group, state);
    return shuffled;
  });
  return [chosen, state];
}

/** The wrong options available to an item (up to `count`), in tier order without shuffling. */
export function availableDistractors(item: ChoiceItem, candidates: readonly Candidate[], count: number): Candidate[] {
  return select(item, candidates, count, (group) => group);
}

function select(item: ChoiceItem, candidates: readonly Candidate[], count: number, arrange: (group: Candidate[]) => Candidate[]): Candidate[] {
  const taken = excludedTexts(item);
  const right = rightAnswersOf(item);
  const chosen: Candidate[] = [];
  for (const group of tiers(item, candidates)) {
    if (chosen.length >= count) break;
    for (const candidate of arrange(group)) {
      if (chosen.length >= count) break;
      if (taken.has(candidate.norm) || alsoRight(right, candidate) !== null || chosen.some((c) => sayAlike(c, candidate))) continue;
      taken.add(candidate.norm);
      chosen.push(candidate);
    }
  }
  return chosen;
}
