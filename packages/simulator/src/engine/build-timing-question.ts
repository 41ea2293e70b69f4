// A timing question: the element's text with the timing blanked out (for a rule's deadline: one of its fair cases), the
// timing in words among other timings of the processes.
import { casePrompt } from './build-table-question.js';
import { optionsPerQuestion } from './build-question.js';
import { nextInt, shuffle, type RngState } from './prng.js';
import { timingAnswer, timingDistractors } from './timing-options.js';
import type { ChoiceOption, DrillItem, ItemBank, Prompt, Question } from './types.js';

type TimingItem = Extract<DrillItem, { kind: 'timing' }>;

/** Builds the question for a `<element id>#timing-<n>` item. */
export function timingQuestion(item: TimingItem, bank: ItemBank, rng: RngState): [Question, RngState] {
  let state = rng;
  let table: Prompt['table'] = null;
  if (item.rule) {
    let index: number;
    [index, state] = nextInt(state, item.rule.cases.length);
    table = casePrompt(item.rule, item.rule.cases[index]!);
  }
  const [wrong, afterPick] = timingDistractors(item, bank.timings, optionsPerQuestion - 1, state);
  const right: ChoiceOption = { text: timingAnswer(item), correct: true, origin: null };
  const [options, next] = shuffle([right, ...wrong], afterPick);
  const prompt: Prompt = { ask: 'timing', situation: item.situation, decision: null, table, timing: { kind: item.timing.kind, text: item.text }, titles: item.titles };
  return [{ itemId: item.id, itemHash: item.hash, place: item.place, explanation: null, type: 'choice', prompt, options, sopText: item.sopText }, next];
}
