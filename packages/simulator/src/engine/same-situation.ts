// Which items ask about the same situation: an authored scenario and the generated question whose right answer the scenario's
// right answer or explanation says (same step); the rules of one decision table that share an outcome.
import { rightAnswers } from './distractors.js';
import { normalise } from './normalise.js';
import { bigrams, overlap } from './text-overlap.js';
import type { DrillItem } from './types.js';

/** How much of the shorter text the longer must say (bigram overlap) for a scenario to ask what a generated item asks. */
export const sameAnswerOverlap = 0.5;

type ScenarioItem = Extract<DrillItem, { kind: 'scenario' }>;
type ChoiceItem = Extract<DrillItem, { kind: 'remedy' | 'decision' }>;

/** The texts a generated item's right answer can be said by: the problem's remedies, or the branch's answer. */
function answerTexts(item: ChoiceItem): string[] {
  return item.kind === 'decision' ? [item.answer] : rightAnswers(item);
}

/** Whether a scenario asks what a generated item asks: the same step, and its right choice or its explanation says one of the item's right answers. */
export function asksSameAs(scenario: ScenarioItem, item: ChoiceItem): boolean {
  const { place } = scenario;
  if (place.stepId === null || place.processId !== item.place.processId || place.stepId !== item.place.stepId) return false;
  const said = [...scenario.scenario.choices.filter((c) => c.correct).map((c) => c.text), ...(scenario.scenario.explanation === null ? [] : [scenario.scenario.explanation])].map(bigrams);
  return answerTexts(item).some((answer) => {
    const tokens = bigrams(answer);
    return said.some((s) => overlap(s, tokens) >= sameAnswerOverlap);
  });
}

/**
 * Groups the items that ask about the same situation: item id → the id of its group (one of its authored scenarios, or the
 * first rule of a table with that outcome). Items alone in their situation are not in the map.
 * Note: the rules of a table that share an outcome (the policy's five rules of 「恕不退换」) are asked one per session, each
 * with its own card; asked together, the outcome would be the answer to half of a session's table questions, and a trainee
 * could learn to pick it whenever it is offered.
 */
export function sameSituations(items: readonly DrillItem[]): Map<string, string> {
  const scenarios = items.filter((i): i is ScenarioItem => i.kind === 'scenario');
  const generated = items.filter((i): i is ChoiceItem => i.kind === 'remedy' || i.kind === 'decision');
  const groups = new Map<string, string>();
  const root = (id: string): string => {
    const parent = groups.get(id);
    return parent === undefined || parent === id ? id : root(parent);
  };
  for (const scenario of scenarios) {
    for (const item of generated) {
      if (!asksSameAs(scenario, item)) continue;
      const [a, b] = [root(scenario.id), root(item.id)];
      groups.set(a, a);
      groups.set(b, a);
    }
  }
  const byOutcome = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind !== 'table-case') continue;
    const key = `${item.table.id}\u0000${normalise(item.rule.outcome)}`;
    byOutcome.set(key, [...(byOutcome.get(key) ?? []), item.id]);
  }
  for (const [first, ...rest] of byOutcome.values()) for (const id of rest) groups.set(id, first!).set(first!, first!);
  return new Map([...groups.keys()].map((id) => [id, root(id)]));
}
