// Problems that threaten one goal: their steps' work standards say the same thing (home-service-visit 5, 6 and 9: arrive five
// minutes before the agreed time), and each problem breaks that standard, not another one of its step.
import type { ProcessJson, StepJson } from '@sopkit/core';
import { bigrams, overlap, sharedCount } from './text-overlap.js';

/** How much of the shorter of two work standards the other must say for their steps to serve one goal. */
export const sameStandardOverlap = 0.5;
/** Fewest bigrams two standards must share for that (a clause, not a word or two); also what a problem must say of a shared standard to break it. */
export const minSharedBigrams = 4;

/** Whether two texts say the same thing: at least `share` of the shorter's bigrams, and at least `minSharedBigrams` of them, in the other. */
export function saySame(a: ReadonlySet<string>, b: ReadonlySet<string>, share: number): boolean {
  return overlap(a, b) >= share && sharedCount(a, b) >= minSharedBigrams;
}

interface StepStandards {
  readonly step: StepJson;
  readonly tokens: readonly ReadonlySet<string>[];
}

/**
 * Problem id → the id of the goal it threatens (the first step serving that goal), for the problems of steps that share a
 * goal with another step. A problem threatens the goal when its step has no other work standard (whatever goes wrong on
 * the way makes the engineer late), or when it says a clause of the shared standard in the standard's own words, at least
 * `minSharedBigrams` bigrams the step's other standards do not have (step 9's 「迟到,未按约定时间到达」 does; 「客户家临时停电」
 * and 「客户正在吃饭」 do not).
 */
export function sharedGoals(process: ProcessJson): Map<string, string> {
  const steps = process.steps.map((step) => ({ step, tokens: step.standards.map((s) => bigrams(s.text)) }));
  const goals = new Map<string, string>();
  const shared = new Map<string, Set<number>>();
  const mark = (of: StepStandards, index: number) => shared.set(of.step.id, (shared.get(of.step.id) ?? new Set()).add(index));
  for (const [i, a] of steps.entries()) {
    for (const b of steps.slice(i + 1)) {
      const pairs = a.tokens.flatMap((x, ai) => b.tokens.flatMap((y, bi) => (saySame(x, y, sameStandardOverlap) ? [[ai, bi] as const] : [])));
      if (pairs.length === 0) continue;
      pairs.forEach(([ai, bi]) => (mark(a, ai), mark(b, bi)));
      const merged = [goals.get(a.step.id) ?? a.step.id, goals.get(b.step.id) ?? b.step.id];
      const goal = merged[0]!;
      for (const [id, g] of goals) if (merged.includes(g)) goals.set(id, goal);
      goals.set(a.step.id, goal);
      goals.set(b.step.id, goal);
    }
  }
  const problems = new Map<string, string>();
  for (const { step, tokens } of steps) {
    const goal = goals.get(step.id);
    const sayIt = shared.get(step.id);
    if (goal === undefined || sayIt === undefined) continue;
    const own = tokens.filter((_, i) => sayIt.has(i));
    const others = tokens.filter((_, i) => !sayIt.has(i));
    for (const problem of step.problems) {
      const words = [...bigrams(problem.text)].filter((w) => own.some((t) => t.has(w)) && !others.some((t) => t.has(w)));
      if (others.length === 0 || words.length >= minSharedBigrams) problems.set(problem.id, goal);
    }
  }
  return problems;
}
