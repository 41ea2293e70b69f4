// Keeps a question from saying its own answer: right answers are blanked out of the titles in its heading (a step titled
// 「如维修商品无法修复,应取得顾客谅解,请示上级予以善后处理。」 asked about 「维修商品无法修复」), and a situation that already
// says a right answer makes no question at all.
import type { ProblemJson } from '@sopkit/core';
import { normalise } from './normalise.js';
import { blankMark } from './timing-mask.js';
import type { ShownTitles } from './types.js';

const punctuation = /[\s\p{P}\p{S}]/u;

/** A pattern for `answer` as written in other text: its letters in any case, any punctuation or spacing between them. */
function answerPattern(answer: string): RegExp | null {
  const parts: string[] = [];
  for (const char of answer) {
    if (punctuation.test(char)) {
      if (parts.length > 0 && parts[parts.length - 1] !== '[\\s\\p{P}\\p{S}]*') parts.push('[\\s\\p{P}\\p{S}]*');
    } else {
      parts.push(char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
  }
  while (parts[parts.length - 1] === '[\\s\\p{P}\\p{S}]*') parts.pop();
  // Note: a one-character answer (「是」) would blank ordinary words out of a title; it cannot give a question away by itself.
  return parts.length < 2 ? null : new RegExp(parts.join(''), 'giu');
}

/** `text` with every right answer in it replaced by `＿＿`. */
export function maskAnswers(text: string, answers: readonly string[]): string {
  let masked = text;
  for (const answer of answers) {
    const pattern = answerPattern(answer);
    if (pattern) masked = masked.replace(pattern, blankMark);
  }
  return masked;
}

/** The phase and step titles with the right answers blanked out. */
export function maskTitles(titles: ShownTitles, answers: readonly string[]): ShownTitles {
  return {
    phaseTitle: titles.phaseTitle === null ? null : maskAnswers(titles.phaseTitle, answers),
    stepTitle: titles.stepTitle === null ? null : maskAnswers(titles.stepTitle, answers),
  };
}

/** Whether `situation` already says `answer` (so asking for it would be no question). */
export function saysAnswer(situation: string | null, answer: string): boolean {
  const said = normalise(answer);
  return situation !== null && said.length > 1 && normalise(situation).includes(said);
}

/** The remedies of a problem that can be the right option: not empty, and not already said by the problem itself. */
export function askableRemedies(problem: ProblemJson): ProblemJson['remedies'] {
  return problem.remedies.filter((r) => normalise(r.text) !== '' && !saysAnswer(problem.text, r.text));
}
