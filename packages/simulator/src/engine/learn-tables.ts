// Learn lines of a process's decision tables (each rule's conditions and outcome, with its remedies and actions) and message
// templates (body, placeholders with their choices, example), so that what the drill asks about them can be learnt first.
import type { DecisionTableJson, Language, TemplateJson } from '@sopkit/core';
import { keyword } from './branch-answer.js';
import type { LearnLine } from './learn-pages.js';
import { lineSink } from './learn-sink.js';
import { conditionsText } from './table-options.js';

/** The lines of a decision table: each rule (its label and conditions), its outcome, remedies, actions and timings. */
export function tableLines(table: DecisionTableJson, language: Language): LearnLine[] {
  const sink = lineSink(language);
  const colon = language === 'en' ? ': ' : '：';
  for (const rule of table.rules) {
    const conditions = conditionsText(rule, language);
    sink.push('rule', rule.label ? `${rule.label}${colon}${conditions}` : conditions, 0);
    sink.push('outcome', rule.outcome, 1);
    sink.timings(rule.timings, 2);
    sink.remedies(rule.remedies, 2);
    sink.actions(rule.actions, 2);
  }
  return sink.lines;
}

/** The lines of a message template: its body as the document writes it, the choices of its placeholders, and its example. */
export function templateLines(template: TemplateJson, language: Language): LearnLine[] {
  const sink = lineSink(language);
  const colon = language === 'en' ? ': ' : '：';
  sink.push('label', keyword('body', language), 0);
  sink.push('standard', template.body, 1);
  const choices = template.placeholders.filter((p) => p.options.length > 0);
  if (choices.length > 0) sink.push('label', keyword('placeholder', language), 0);
  for (const p of choices) sink.push('item', `{${p.name}}${colon}${p.options.join(' / ')}`, 1);
  if (template.example) {
    sink.push('label', keyword('example', language), 0);
    sink.push('item', template.example.text, 1);
  }
  sink.timings(template.timings, 0);
  return sink.lines;
}
