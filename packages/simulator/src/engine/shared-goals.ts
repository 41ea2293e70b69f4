// Steps that serve one goal: their work standards say the same thing (home-service-visit 5, 6 and 9: arrive five minutes before the agreed time).
import type { ProcessJson } from '@sopkit/core';
import { bigrams, overlap, sharedCount } from './text-overlap.js';

/** How much of the shorter of two work standards the other must say for their steps to serve one goal. */
export const sameStandardOverlap = 0.5;
/** Fewest bigrams two standards must share for that (a clause, not a word or two). */
export const minSharedBigrams = 4;

/** Whether two texts say the same thing: at least `share` of the shorter's bigrams, and at least `minSharedBigrams` of them, in the other. */
export function saySame(a: ReadonlySet<string>, b: ReadonlySet<string>, share: number): boolean {
  return overlap(a, b) >= share && sharedCount(a, b) >= minSharedBigrams;
}

/** Step id → the id of its goal (the first step serving it), for the steps that share a goal with another step. */
export function sharedGoals(process: ProcessJson): Map<string, string> {
  const standards = process.steps.map((step) => ({ id: step.id, tokens: step.standards.map((s) => bigrams(s.text)) }));
  const goals = new Map<string, string>();
  for (const [i, a] of standards.entries()) {
    for (const b of standards.slice(i + 1)) {
      if (!a.tokens.some((x) => b.tokens.some((y) => saySame(x, y, sameStandardOverlap)))) continue;
      const merged = [goals.get(a.id) ?? a.id, goals.get(b.id) ?? b.id];
      const goal = merged[0]!;
      for (const [id, g] of goals) if (merged.includes(g)) goals.set(id, goal);
      goals.set(a.id, goal);
      goals.set(b.id, goal);
    }
  }
  return goals;
}
