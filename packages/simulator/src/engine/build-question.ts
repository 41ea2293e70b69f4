// Turns an item into a question: the right option among seeded distractors, or shuffled entries to put back in order.
import type { BranchJson, Language, MessageLanguage } from '@sopkit/core';
import { branchAnswer, branchLabel, branchSituation, keyword } from './branch-answer.js';
import { askableRemedies, maskTitles } from './answer-mask.js';
import { pickDistractors, rightAnswers } from './distractors.js';
import { tableQuestion } from './build-table-question.js';
import { timingQuestion } from './build-timing-question.js';
import { templateQuestion } from './template-items.js';
import { maxOrderEntries } from './item-bank.js';
import { normalise } from './normalise.js';
import { nextInt, shuffle, type RngState } from './prng.js';
import { labelLanguage } from './label-language.js';
import type { Candidate, ChoiceOption, DrillItem, ItemBank, Question } from './types.js';

/** Options per choice question: the right one and up to three wrong ones. */
export const optionsPerQuestion = 4;

/**
 * Builds the question for an item, drawing all randomness from `rng`; its labels (是/否, 工步, 继续 …) worded for a screen in
 * `screen`'s language (see `labelLanguage`), or as the item's document words them when null.
 */
export function buildQuestion(item: DrillItem, bank: ItemBank, rng: RngState, screen: MessageLanguage | null = null): [Question, RngState] {
  const base = { itemId: item.id, itemHash: item.hash, place: item.place, explanation: null };
  const labels = labelsFor(item.place.language, screen);
  switch (item.kind) {
    case 'remedy': {
      const remedies = item.problem.remedies.filter((r) => normalise(r.text) !== '');
      const askable = askableRemedies(item.problem);
      const [index, afterPick] = nextInt(rng, askable.length);
      const right = askable[index]!;
      const origin = { place: item.place, situation: item.problem.text, kind: 'action' } as const;
      const [options, next] = withDistractors(item, bank, { text: right.text, correct: true, origin }, afterPick, screen);
      const titles = maskTitles(item.place, rightAnswers(item));
      const prompt = { ask: item.kind, situation: item.problem.text, decision: null, table: null, timing: null, titles };
      return [{ ...base, type: 'choice', prompt, options, sopText: remedies.map((r) => r.text) }, next];
    }
    case 'decision': {
      const origin = { place: item.place, situation: branchSituation(item.decision, item.branch, labels), kind: 'action' } as const;
      const [options, next] = withDistractors(item, bank, { text: item.answer, correct: true, origin }, rng, screen);
      const { question, branches } = item.decision;
      const decision = { question, branch: item.branch.kind, label: branchLabel(item.branch, labels) };
      const titles = maskTitles(item.place, rightAnswers(item));
      const prompt = { ask: item.kind, situation: item.problem?.text ?? null, decision, table: null, timing: null, titles };
      // Note: a branch's answer stays as the options show it (in the document's words); only the labels around it follow the screen.
      const sopText = [question, ...branches.map((b) => `${branchLabel(b, labels)} → ${branchAnswer(b, item.place.language) ?? keyword('continue', labels)}`)];
      return [{ ...base, type: 'choice', prompt, options, sopText }, next];
    }
    case 'scenario': {
      const seen = new Set<string>();
      const choices = item.scenario.choices.filter((c) => {
        const norm = normalise(c.text);
        if (norm === '' || seen.has(norm)) return false;
        seen.add(norm);
        return true;
      });
      const [options, next] = shuffle(choices.map((c): ChoiceOption => ({ text: c.text, correct: c.correct, origin: null })), rng);
      const prompt = { ask: item.kind, situation: item.scenario.prompt, decision: null, table: null, timing: null, titles: null };
      const sopText = choices.filter((c) => c.correct).map((c) => c.text);
      return [{ ...base, explanation: item.scenario.explanation, type: 'choice', prompt, options, sopText }, next];
    }
    case 'remedy-order': {
      const [entries, answer, next] = scramble(item.remedy.items, rng);
      const prompt = { ask: item.kind, situation: item.problem.text, decision: null, table: null, timing: null, titles: null };
      return [{ ...base, type: 'order', prompt, entries, answer, sopText: item.remedy.items }, next];
    }
    case 'phase-order': {
      const [start, afterWindow] = nextInt(rng, Math.max(1, item.steps.length - maxOrderEntries + 1));
      const steps = item.steps.slice(start, start + maxOrderEntries);
      const [entries, answer, next] = scramble(steps.map((s) => s.title), afterWindow);
      const prompt = { ask: item.kind, situation: null, decision: null, table: null, timing: null, titles: null };
      const stepWord = keyword('step', labels);
      return [{ ...base, type: 'order', prompt, entries, answer, sopText: steps.map((s) => `${stepWord} ${s.number} ${s.title}`) }, next];
    }
    case 'table-case':
      return tableQuestion(item, rng, labels);
    case 'timing':
      return timingQuestion(item, bank, rng);
    case 'template':
      return templateQuestion(item, bank, rng);
  }
}

function withDistractors(item: Extract<DrillItem, { kind: 'remedy' | 'decision' }>, bank: ItemBank, right: ChoiceOption, rng: RngState, screen: MessageLanguage | null): [ChoiceOption[], RngState] {
  const situation = [item.problem?.text, ...(item.kind === 'decision' ? [item.decision.question, branchLabel(item.branch, item.place.language)] : [])];
  const heading = [item.place.phaseTitle, item.place.stepTitle].filter((s): s is string => s !== null);
  const shown = { text: right.text, situation: situation.filter((s): s is string => s !== undefined), heading };
  const [wrong, afterPick] = pickDistractors(item, bank.candidates, optionsPerQuestion - 1, rng, shown);
  const origin = (c: Candidate) => (c.branch === null ? c.situation : `${c.situation ?? ''} → ${branchLabel(c.branch, labelsFor(c.place.language, screen))}`);
  const options = [right, ...wrong.map((c): ChoiceOption => ({ text: c.text, correct: false, origin: { place: c.place, situation: origin(c), kind: 'action' } }))];
  return shuffle(options, afterPick);
}

/** The language labels are worded in for a document's item on a screen (the document's own when there is no screen language). */
function labelsFor(document: Language, screen: MessageLanguage | null): Language {
  return screen === null ? document : labelLanguage(document, screen);
}

/** Shuffles entries so that their order differs from the right one; returns the entries and the right order as entry indices. */
function scramble(texts: readonly string[], rng: RngState): [string[], number[], RngState] {
  const indices = texts.map((_, i) => i);
  const inOrder = (perm: readonly number[]) => perm.every((p, i) => normalise(texts[p]!) === normalise(texts[i]!));
  let state = rng;
  let perm = indices;
  for (let attempt = 0; attempt < 8 && inOrder(perm); attempt++) [perm, state] = shuffle(indices, state);
  if (inOrder(perm)) perm = [...indices.slice(1), 0];
  const entries = perm.map((p) => texts[p]!);
  const answer = indices.map((i) => perm.indexOf(i));
  return [entries, answer, state];
}

