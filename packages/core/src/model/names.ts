// Closest-name suggestions for role names and the like.
import { editDistance } from '../syntax/suggest.js';

/** The candidate closest to `name`, when it is close enough to be a typo (or one contains the other). */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = candidate.includes(name) || name.includes(candidate) ? 1 : editDistance(name, candidate);
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
