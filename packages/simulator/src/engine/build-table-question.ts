// A decision-table question: one of the rule's fair cases (seeded), the rule's outcome among other outcomes, the rule as the SOP writes it.
import type { Language } from '@sopkit/core';
import { maskAnswers } from './answer-mask.js';
import { actionLabel } from './branch-answer.js';
import { optionsPerQuestion } from './build-question.js';
import { nextInt, shuffle, type RngState } from './prng.js';
import { outcomeDistractors, ruleLine } from './table-options.js';
import type { ChoiceOption, DrillItem, Prompt, Question, RuleCases } from './types.js';
import type { TableCase } from './table-logic.js';

type TableItem = Extract<DrillItem, { kind: 'table-case' }>;

/** The case a question shows, fact by fact, as the prompt carries it. */
export function casePrompt(rule: RuleCases, c: TableCase): NonNullable<Prompt['table']> {
  return { title: rule.table.title, shownTitle: rule.table.title, facts: c.facts.map((f) => ({ fact: f.fact, value: f.text })) };
}

/** Builds the question for a `<rule id>#case` item, its labels (a rule's punctuation, actions) in `labels`. */
export function tableQuestion(item: TableItem, rng: RngState, labels: Language): [Question, RngState] {
  const usable = item.cases.filter((c) => outcomeDistractors(item, c, 1, 0, labels)[0].length > 0);
  const [index, afterCase] = nextInt(rng, usable.length);
  const c = usable[index]!;
  const [wrong, afterPick] = outcomeDistractors(item, c, optionsPerQuestion - 1, afterCase, labels);
  const right: ChoiceOption = { text: item.rule.outcome, correct: true, origin: { place: item.place, situation: ruleLine(item.table, item.rule, labels), kind: 'action' } };
  const [options, next] = shuffle([right, ...wrong], afterPick);
  const actions = item.rule.actions.map((a) => actionLabel(a, labels)).filter((a): a is string => a !== null);
  const sopText = [`${ruleLine(item.table, item.rule, labels)} → ${item.rule.outcome}`, ...item.rule.remedies.map((r) => r.text), ...actions];
  // Note: a table whose every rule has one outcome is often titled with it (「恕不退换」); the heading must not say the answer.
  const table = casePrompt(item, c);
  const prompt: Prompt = { ask: 'table-case', situation: null, decision: null, table: { ...table, shownTitle: maskAnswers(table.title, [item.rule.outcome]) }, timing: null, titles: null };
  return [{ itemId: item.id, itemHash: item.hash, place: item.place, explanation: null, type: 'choice', prompt, options, sopText }, next];
}
