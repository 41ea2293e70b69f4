// Picks distinct wrong options tier by tier (most plausible first), shuffled with the drill's generator within each tier;
// optionally balanced so that the right option cannot be told by its form (see `pickBalanced`).
import { balanceSpare, pickBalanced, type ShownQuestion } from './balanced-pick.js';
import { shuffle, type RngState } from './prng.js';
import { bigrams, sharedCount } from './text-overlap.js';

/** A possible wrong option: its text as shown and its normalised form for comparison. */
export interface Tiered<T> {
  readonly value: T;
  readonly norm: string;
}

/** How to balance a pick: the question as shown, and each option's text. */
export interface Balance<T> {
  readonly shown: ShownQuestion;
  readonly textOf: (value: T) => string;
}

/**
 * Up to `count` entries with distinct `norm`s not in `taken`, tiers in order, each tier shuffled. With `balance`, the most
 * plausible `count + balanceSpare` and the entries sharing the most words with the question are weighed by `pickBalanced`.
 */
export function pickTiered<T>(tiers: readonly (readonly Tiered<T>[])[], taken: ReadonlySet<string>, count: number, rng: RngState, balance?: Balance<T>): [T[], RngState] {
  const seen = new Set(taken);
  const chosen: T[] = [];
  const limit = balance ? Infinity : count;
  let state = rng;
  for (const tier of tiers) {
    if (chosen.length >= limit) break;
    let group: Tiered<T>[];
    [group, state] = shuffle(tier, state);
    for (const entry of group) {
      if (chosen.length >= limit) break;
      if (seen.has(entry.norm)) continue;
      seen.add(entry.norm);
      chosen.push(entry.value);
    }
  }
  if (!balance) return [chosen, state];
  const above = bigrams(balance.shown.above);
  const words = (value: T) => sharedCount(bigrams(balance.textOf(value)), above);
  const window = chosen.slice(0, count + balanceSpare);
  const rest = () => chosen.filter((v) => !window.includes(v));
  window.push(...rest().filter((v) => words(v) > 0).sort((a, b) => words(b) - words(a)).slice(0, balanceSpare));
  return pickBalanced(balance.shown, window.map((value) => ({ value, text: balance.textOf(value) })), count, state);
}
