// Which items ask about the same situation: an authored scenario and the generated question whose right answer the scenario's right answer or explanation says (same step).
import { rightAnswers } from './distractors.js';
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
 * Groups the items that ask about the same situation: item id → the id of its group (one of its authored scenarios).
 * Items alone in their situation are not in the map.
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
  return new Map([...groups.keys()].map((id) => [id, root(id)]));
}
