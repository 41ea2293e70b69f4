// Picks distinct wrong options tier by tier (most plausible first), shuffled with the drill's generator within each tier.
import { shuffle, type RngState } from './prng.js';

/** A possible wrong option: its text as shown and its normalised form for comparison. */
export interface Tiered<T> {
  readonly value: T;
  readonly norm: string;
}

/** Up to `count` entries with distinct `norm`s not in `taken`, tiers in order, each tier shuffled. */
export function pickTiered<T>(tiers: readonly (readonly Tiered<T>[])[], taken: ReadonlySet<string>, count: number, rng: RngState): [T[], RngState] {
  const seen = new Set(taken);
  const chosen: T[] = [];
  let state = rng;
  for (const tier of tiers) {
    if (chosen.length >= count) break;
    let group: Tiered<T>[];
    [group, state] = shuffle(tier, state);
    for (const entry of group) {
      if (chosen.length >= count) break;
      if (seen.has(entry.norm)) continue;
      seen.add(entry.norm);
      chosen.push(entry.value);
    }
  }
  return [chosen, state];
}
