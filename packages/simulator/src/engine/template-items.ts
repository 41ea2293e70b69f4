// Template questions: for each message template, 「待件的信息：应该按哪种格式写？」 with its body among the bodies of other
// templates (same process first); placeholders are shown as the document writes them (`{备件}`). A template whose title says its body is not asked.
import { contentHash, type ProcessJson, type TemplateJson } from '@sopkit/core';
import { optionsPerQuestion } from './build-question.js';
import { normalise } from './normalise.js';
import { shuffle, type RngState } from './prng.js';
import { bigrams, sharedCount } from './text-overlap.js';
import { pickTiered, type Tiered } from './tiered-pick.js';
import type { ChoiceOption, DrillItem, ItemBank, ItemPlace, Prompt, Question } from './types.js';

type TemplateItem = Extract<DrillItem, { kind: 'template' }>;

/**
 * Whether a template's title picks out its body by the words they share: more of them than with any other template's body of the
 * process (「按用户要求上门的信息」 → 「按用户要求{日}号{上下午}{点}点上门」). Asked by its title, such a template is a free point
 * for anyone matching words, like a remedy its problem already says; it is read on its learn page instead.
 */
export function titleSaysBody(template: TemplateJson, process: ProcessJson): boolean {
  const title = bigrams(template.title);
  const own = sharedCount(title, bigrams(template.body));
  return own > 0 && process.templates.every((other) => other === template || sharedCount(title, bigrams(other.body)) < own);
}

/** One `<template id>#template` item per template with a body, unless its title says it (see `titleSaysBody`). */
export function templateItems(process: ProcessJson, place: ItemPlace): DrillItem[] {
  return process.templates
    .filter((t) => normalise(t.body) !== '' && !titleSaysBody(t, process))
    .map((template) => ({ kind: 'template', id: `${template.id}#template`, hash: contentHash({ t: template.title, b: template.body }), place, template }));
}

/** The template as a line: 「T4 待件的信息」. */
function templateName(template: TemplateJson): string {
  return `${template.label ? `${template.label} ` : ''}${template.title}`;
}

/** Up to `count` other templates' bodies, those of the same process first, balanced so that the right one cannot be told by its form. */
export function templateDistractors(item: TemplateItem, processes: readonly ProcessJson[], count: number, rng: RngState): [ChoiceOption[], RngState] {
  const tiers: Tiered<ChoiceOption>[][] = [[], []];
  for (const process of processes) {
    for (const template of process.templates) {
      if (template === item.template) continue;
      const origin = { place: { ...item.place, processId: process.id, processTitle: process.title }, situation: templateName(template), kind: 'template' } as const;
      tiers[process.id === item.place.processId ? 0 : 1]!.push({ value: { text: template.body, correct: false, origin }, norm: normalise(template.body) });
    }
  }
  const shown = { right: item.template.body, above: item.template.title };
  return pickTiered(tiers, new Set([normalise(item.template.body), '']), count, rng, { shown, textOf: (option) => option.text });
}

/** Builds the question for a `<template id>#template` item. */
export function templateQuestion(item: TemplateItem, bank: ItemBank, rng: RngState): [Question, RngState] {
  const [wrong, afterPick] = templateDistractors(item, bank.processes, optionsPerQuestion - 1, rng);
  const right: ChoiceOption = { text: item.template.body, correct: true, origin: { place: item.place, situation: templateName(item.template), kind: 'template' } };
  const [options, next] = shuffle([right, ...wrong], afterPick);
  const prompt: Prompt = { ask: 'template', situation: item.template.title, decision: null, table: null, timing: null, titles: null };
  const sopText = [templateName(item.template), item.template.body, ...(item.template.example ? [item.template.example.text] : [])];
  return [{ itemId: item.id, itemHash: item.hash, place: item.place, explanation: null, type: 'choice', prompt, options, sopText }, next];
}
