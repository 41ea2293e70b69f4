// Wrong options for a question: real remedies and branch answers from elsewhere, the most plausible first (same decision, same step, same phase, same process),
// never a right answer of the situation nor one that is right in substance (see `alsoRight`), no two saying the same thing, and
// none that lets the right one give itself away by its length or words when another would not.
import { displayWidth } from '@sopkit/core';
import { alsoRight, rightAnswersOf, sameAnswerShare } from './also-right.js';
import { balanceSpare, pickBalanced } from './balanced-pick.js';
import { formOf, giveAways, type OptionForm } from './give-away.js';
import { normalise } from './normalise.js';
import { shuffle, type RngState } from './prng.js';
import { saySame } from './shared-goals.js';
import { bigrams, sharedCount } from './text-overlap.js';
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

/** The right option a question shows and the situation above it, for keeping the wrong options from giving it away. */
export interface ShownRight {
  readonly text: string;
  /** The texts the question shows above its options: the problem, the decision's question and branch. */
  readonly situation: readonly string[];
  /** The titles in the question's heading (phase, step). */
  readonly heading?: readonly string[];
}

/**
 * Picks up to `count` distinct wrong options, shuffling within each plausibility tier. When they would let the shown right
 * option give itself away (see `giveAways`), the least plausible ones are swapped, one at a time, for the next options in the
 * same order that make it stand out less; then, among the most plausible options and those, the choice that leaves the right
 * one no easier to tell by its form (see `pickBalanced`) is taken.
 */
export function pickDistractors(item: ChoiceItem, candidates: readonly Candidate[], count: number, rng: RngState, shown?: ShownRight): [Candidate[], RngState] {
  let state = rng;
  const consumed: Candidate[] = [];
  const fair = recorded(fairCandidates(item, candidates, (group) => {
    let shuffled: Candidate[];
    [shuffled, state] = shuffle(group, state);
    return shuffled;
  }), consumed);
  const chosen = select(fair, count, shown);
  if (!shown || chosen.length === 0) return [chosen, state];
  const above = [...(shown.heading ?? []), ...shown.situation].join('\n');
  const window = balanceWindow(consumed, fair, chosen, count, bigrams(above));
  const right = formOf(shown.text);
  const situation = bigrams(shown.situation.join('\n'));
  const penalty = (options: readonly Candidate[]) => giveAways(right, situation, options.map(formOfCandidate));
  return pickBalanced({ right: shown.text, above }, window.map((c) => ({ value: c, text: c.text })), count, state, { compatible: (a, b) => !sayAlike(a, b), penalty });
}

/**
 * The wrong options a balanced pick chooses among: the most plausible (`count + balanceSpare` in tier order), those the
 * give-away swaps took, then from anywhere in the processes the fair options that share the most words with the question —
 * without them a right answer that repeats the situation's words (「地址、或故障现象不符」 → 「按确认后的地址、或故障现象上门」)
 * would always share the most.
 */
function balanceWindow(consumed: Candidate[], fair: Generator<Candidate>, chosen: readonly Candidate[], count: number, above: ReadonlySet<string>): Candidate[] {
  const plausible = count + balanceSpare;
  const window = consumed.filter((c, i) => i < plausible || chosen.includes(c));
  while (!fair.next().done);
  const rest = () => consumed.filter((c) => !window.includes(c));
  const words = (c: Candidate) => sharedCount(c.tokens, above);
  window.push(...rest().filter((c) => words(c) > 0).sort((a, b) => words(b) - words(a)).slice(0, balanceSpare));
  return window;
}

/** A generator that also records what it yields into `into`. */
function* recorded<T>(source: Generator<T>, into: T[]): Generator<T> {
  for (const value of source) {
    into.push(value);
    yield value;
  }
}

/** The wrong options available to an item (up to `count`), in tier order without shuffling. */
export function availableDistractors(item: ChoiceItem, candidates: readonly Candidate[], count: number): Candidate[] {
  return select(fairCandidates(item, candidates, (group) => group), count);
}

/** Every fair wrong option of an item with a distinct text, tier by tier, each tier arranged only once it is reached. */
function* fairCandidates(item: ChoiceItem, candidates: readonly Candidate[], arrange: (group: Candidate[]) => Candidate[]): Generator<Candidate> {
  const taken = excludedTexts(item);
  const right = rightAnswersOf(item);
  for (const group of tiers(item, candidates)) {
    for (const candidate of arrange(group)) {
      if (taken.has(candidate.norm) || alsoRight(right, candidate) !== null) continue;
      taken.add(candidate.norm);
      yield candidate;
    }
  }
}

function select(fair: Generator<Candidate>, count: number, shown?: ShownRight): Candidate[] {
  const chosen: Candidate[] = [];
  while (chosen.length < count) {
    const next = fair.next();
    if (next.done) break;
    if (!chosen.some((c) => sayAlike(c, next.value))) chosen.push(next.value);
  }
  if (!shown || chosen.length === 0) return chosen;
  const right = formOf(shown.text);
  const situation = bigrams(shown.situation.join('\n'));
  const standing = (options: readonly Candidate[]) => giveAways(right, situation, options.map(formOfCandidate));
  const swapped = new Set<Candidate>();
  for (let left = standing(chosen); left > 0;) {
    const next = fair.next();
    if (next.done) break;
    const alternative = next.value;
    for (let i = chosen.length - 1; i >= 0; i--) {
      if (swapped.has(chosen[i]!)) continue;
      const tried = chosen.map((c, j) => (j === i ? alternative : c));
      if (tried.some((c, j) => j !== i && sayAlike(c, alternative)) || standing(tried) >= left) continue;
      chosen.splice(i, 1, alternative);
      swapped.add(alternative);
      left = standing(chosen);
      break;
    }
  }
  return chosen;
}

/** A candidate's form, its bigrams already counted. */
function formOfCandidate(candidate: Candidate): OptionForm {
  return { width: displayWidth(candidate.text), tokens: candidate.tokens };
}
