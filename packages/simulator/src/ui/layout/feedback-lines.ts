// The body after an answer: right or wrong, what was chosen (and where that text really belongs) and the right option, or the
// right order marked where the trainee's differs, the SOP's own text, and where it comes from.
import type { AnsweredQuestion, Question } from '../../engine/types.js';
import type { UiStrings } from '../strings.js';
import { blank, paragraph, type StyledLine } from './styled-line.js';
import { situationLines } from './question-lines.js';

/** Where an item comes from, as `process / phase / step`. */
export function sourceOf(answered: AnsweredQuestion, strings: UiStrings): string {
  const { place, prompt } = answered.question;
  const table = prompt.table ? strings.table(prompt.table.title) : null;
  return [place.processTitle, place.phaseTitle, place.stepNumber === null ? null : strings.step(place), table].filter((s): s is string => s !== null).join(' / ');
}

/** The feedback body for one answered question, headed as the question was (`withProcess`: see `headingOf`). */
export function feedbackLines(answered: AnsweredQuestion, strings: UiStrings, width: number, withProcess = false): StyledLine[] {
  const { question } = answered;
  const lines = [...situationLines(question, strings, width, withProcess), blank];
  lines.push({ text: answered.correct ? strings.right : strings.wrong, color: answered.correct ? 'green' : 'red', bold: true });
  if (!answered.correct) {
    if (question.type === 'choice') {
      lines.push(...paragraph(answered.chosenText, width, { color: 'red' }, strings.yourChoice));
      const chosen = typeof answered.choice === 'number' ? question.options[answered.choice] : undefined;
      if (chosen?.origin) lines.push(...paragraph(strings.chosenFrom(chosen.origin.place, chosen.origin.situation, chosen.origin.kind), width, { dim: true }));
      // Note: the SOP's text below does not always say which option was right: a timing in other words, one of several remedies, a rule's outcome.
      const right = question.options.filter((o) => o.correct).map((o) => o.text);
      if (question.sopText.length !== 1 || question.sopText[0] !== right.join(' / ')) lines.push(...paragraph(right.join(' / '), width, { color: 'green' }, strings.report.correct));
    }
  }
  lines.push(blank);
  if (question.type === 'order') {
    lines.push(...rightOrderLines(question, answered, strings, width));
  } else {
    lines.push({ text: strings.sopSays, bold: true });
    question.sopText.forEach((text) => lines.push(...paragraph(text, width, { color: 'green' }, '  - ')));
  }
  if (question.explanation) lines.push(...paragraph(question.explanation, width, {}, strings.why));
  lines.push(...paragraph(sourceOf(answered, strings), width, { dim: true }, strings.from));
  return lines;
}

/**
 * The right order, one entry per line. After a wrong order each line is marked: ✓ where the trainee put that entry, ✗ and
 * where the trainee put it otherwise — as long as the right order, where the chosen order written out would be as long again.
 */
function rightOrderLines(question: Extract<Question, { type: 'order' }>, answered: AnsweredQuestion, strings: UiStrings, width: number): StyledLine[] {
  const chosen = typeof answered.choice === 'number' ? [] : answered.choice;
  const lines: StyledLine[] = [{ text: answered.correct ? strings.rightOrder : strings.rightOrderMarked, bold: true }];
  question.sopText.forEach((text, i) => {
    const at = chosen.indexOf(question.answer[i]!);
    if (answered.correct) return lines.push(...paragraph(text, width, { color: 'green' }, `  ${i + 1}. `));
    const placed = at === i;
    lines.push(...paragraph(placed ? text : `${text}${strings.yourPlace(at + 1)}`, width, { color: placed ? 'green' : 'yellow' }, `  ${placed ? '✓' : '✗'} ${i + 1}. `));
  });
  return lines;
}
