// Chooses wrong options so that the right one cannot be told by its form: where it ranks by width, by words shared with the
// question and by words shared with the other options is drawn at random for each question, and it is as rarely as possible the only option with (or without) a number,
// a negation or a clause.
import { displayWidth } from '@sopkit/core';
import { nextInt, type RngState } from './prng.js';
import { bigrams, sharedCount } from './text-overlap.js';

/** How many options of each kind beyond those needed a balanced pick may choose among (see the callers' windows). */
export const balanceSpare = 5;

/** What the question shows: its right option, and the text above the options (heading, situation, case, what is asked). */
export interface ShownQuestion {
  readonly right: string;
  readonly above: string;
}

/** A possible wrong option and its text as shown. */
export interface BalanceEntry<T> {
  readonly value: T;
  readonly text: string;
}

/** What a balanced pick must respect beyond form: options that may not be shown together, and a cost that outweighs form. */
export interface BalanceRules<T> {
  readonly compatible?: (a: T, b: T) => boolean;
  /** A cost for a whole choice (how often the right option gives itself away by rules of the caller), weighed above form. */
  readonly penalty?: (chosen: readonly T[]) => number;
}

const negation = /[不无没未非勿]|\b(?:not|no|never|without|cannot)\b|n't\b/iu;

/** Surface features a test-wise reader compares options by. */
const features: readonly ((text: string) => boolean)[] = [
  (text) => /\p{N}/u.test(text),
  (text) => negation.test(text),
  (text) => /[,，;；、]/u.test(text),
];

interface Form {
  readonly width: number;
  readonly words: number;
  readonly flags: readonly boolean[];
  readonly tokens: ReadonlySet<string>;
}

function formOf(text: string, above: ReadonlySet<string>): Form {
  const tokens = bigrams(text);
  return { width: displayWidth(text), words: sharedCount(tokens, above), flags: features.map((has) => has(text)), tokens };
}

/** How many words each option shares with the other options shown, the right one first. */
function likeness(right: Form, wrong: readonly Form[]): number[] {
  const all = [right, ...wrong];
  return all.map((a, i) => all.reduce((sum, b, j) => (i === j ? sum : sum + sharedCount(a.tokens, b.tokens)), 0));
}

/** Where the right value ranks from the top among all values, ties counted as the middle of their places (0 = alone on top). */
function rank(right: number, others: readonly number[]): number {
  return others.filter((v) => v > right).length + others.filter((v) => v === right).length / 2;
}

/**
 * How far a choice leaves the right option from its drawn ranks (by width, by words shared with the question, by words shared
 * with the other options), plus how many features it alone has or lacks.
 */
function formCost(right: Form, wrong: readonly Form[], targets: readonly [number, number, number]): number {
  let cost = Math.abs(rank(right.width, wrong.map((w) => w.width)) - targets[0]);
  if (right.words > 0 || wrong.some((w) => w.words > 0)) cost += Math.abs(rank(right.words, wrong.map((w) => w.words)) - targets[1]);
  const [own = 0, ...others] = likeness(right, wrong);
  if (own > 0 || others.some((n) => n > 0)) cost += Math.abs(rank(own, others) - targets[2]);
  return cost + features.filter((_, i) => wrong.length >= 2 && wrong.every((w) => w.flags[i] !== right.flags[i])).length;
}

/** Every way of taking `size` of `n` indices, in lexicographic order (so the most plausible come first). */
function* combinations(n: number, size: number): Generator<number[]> {
  const pick = Array.from({ length: size }, (_, i) => i);
  if (size > n) return;
  while (true) {
    yield [...pick];
    let i = size - 1;
    while (i >= 0 && pick[i] === n - size + i) i--;
    if (i < 0) return;
    pick[i]!++;
    for (let j = i + 1; j < size; j++) pick[j] = pick[j - 1]! + 1;
  }
}

/**
 * Picks up to `count` of `entries` (listed most plausible first): the choice with the lowest penalty, then the lowest form
 * cost, then the most plausible; fewer only when no `count` of them may be shown together. The right option's rank by width,
 * by words shared with the question and by words shared with the other options is drawn from `rng`, uniformly over the places,
 * so that over many questions neither the longest, the shortest, the option sharing the most words with the question, nor the
 * one most like the others is right much more often than chance —
 * rather than always the middle, which would teach a trainee to strike out the extremes.
 */
export function pickBalanced<T>(shown: ShownQuestion, entries: readonly BalanceEntry<T>[], count: number, rng: RngState, rules: BalanceRules<T> = {}): [T[], RngState] {
  const most = Math.min(count, entries.length);
  const [widthTarget, afterWidth] = nextInt(rng, most + 1);
  const [wordsTarget, afterWords] = nextInt(afterWidth, most + 1);
  const [likeTarget, next] = nextInt(afterWords, most + 1);
  const above = bigrams(shown.above);
  const right = formOf(shown.right, above);
  const forms = entries.map((e) => formOf(e.text, above));
  const clash = entries.map((a, i) => entries.map((b, j) => j > i && rules.compatible !== undefined && !rules.compatible(a.value, b.value)));
  for (let size = most; size > 0; size--) {
    let best: { cost: readonly [number, number]; pick: number[] } | null = null;
    for (const pick of combinations(entries.length, size)) {
      if (pick.some((i) => pick.some((j) => clash[i]![j]))) continue;
      const values = pick.map((i) => entries[i]!.value);
      const cost = [rules.penalty?.(values) ?? 0, formCost(right, pick.map((i) => forms[i]!), [widthTarget, wordsTarget, likeTarget])] as const;
      if (best === null || cost[0] < best.cost[0] || (cost[0] === best.cost[0] && cost[1] < best.cost[1])) best = { cost, pick };
    }
    if (best !== null) return [best.pick.map((i) => entries[i]!.value), next];
  }
  return [[], next];
}
