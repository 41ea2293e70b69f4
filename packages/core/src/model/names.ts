// Closest-name suggestions for role names and the like.
import { editDistance } from '../syntax/suggest.js';

/**
 * The candidate closest to `name`, when it is close enough to be a typo, or when one contains the other and is not
 * much longer (`中心` for `中心协调员`, not a whole pasted paragraph that happens to contain it).
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
    const [shorter, longer] = name.length <= candidate.length ? [name, candidate] : [candidate, name];
    const contained = longer.length <= 3 * shorter.length + 6 && longer.includes(shorter);
    const distance = contained ? 1 : editDistance(name, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
