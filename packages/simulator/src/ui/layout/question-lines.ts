// A question screen: on top where it happens, the situation and what is asked; below, the numbered options or entries.
import type { Question } from '../../engine/types.js';
import type { UiStrings } from '../strings.js';
import { blank, paragraph, type StyledLine } from './styled-line.js';

/** What the trainee has done so far on the current question. */
export interface QuestionInput {
  /** Highlighted option or entry. */
  readonly cursor: number;
  /** Ordering questions: entry indices picked so far. */
  readonly picked: readonly number[];
}

/**
 * The heading of a question: phase, step (or the process) and table, titles as the question shows them; led by the process
 * when `withProcess` (several processes are drilled together, and 「其他 / 工步 35」 alone does not say whose).
 */
export function headingOf(question: Question, strings: UiStrings, withProcess = false): string {
  const { prompt } = question;
  const place = prompt.titles ? { ...question.place, ...prompt.titles } : question.place;
  const parts = [place.phaseTitle, place.stepNumber === null ? null : strings.step(place)].filter((s): s is string => s !== null);
  const where = (parts.length === 0 || withProcess ? [place.processTitle, ...parts] : parts).join(' / ');
  return prompt.table ? `${where} / ${strings.table(prompt.table.shownTitle)}` : where;
}

/** Where the question happens and what it is about (shared with the feedback screen); `withProcess` as for `headingOf`. */
export function situationLines(question: Question, strings: UiStrings, width: number, withProcess = false): StyledLine[] {
  const { prompt } = question;
  const lines = paragraph(headingOf(question, strings, withProcess), width, { color: 'cyan', bold: true });
  if (prompt.table) lines.push(...paragraph(strings.facts(prompt.table.facts), width, { bold: true, color: 'yellow' }));
  if (prompt.situation) lines.push(...paragraph(prompt.situation, width, { bold: true }));
  if (prompt.timing?.text) lines.push(...paragraph(prompt.timing.text, width, prompt.situation ? {} : { bold: true }));
  if (prompt.decision) {
    lines.push(...paragraph(`${prompt.decision.question} → ${prompt.decision.label}`, width, { bold: true, color: 'yellow' }));
  }
  return lines;
}

/** What stays on top of an unanswered question: where, the situation, and what is asked; `withProcess` as for `headingOf`. */
export function questionHead(question: Question, strings: UiStrings, width: number, withProcess = false): StyledLine[] {
  const ask = strings.ask(question.prompt, question.place.phaseTitle);
  return [...situationLines(question, strings, width, withProcess), ...(ask === null ? [] : paragraph(ask, width)), blank];
}

/** The numbered options or entries (the one under the cursor marked to stay in view), and the entries picked so far. */
export function answerLines(question: Question, input: QuestionInput, strings: UiStrings, width: number): StyledLine[] {
  const lines: StyledLine[] = [];
  if (question.type === 'choice') {
    question.options.forEach((option, i) => {
      const on = i === input.cursor;
      lines.push(...paragraph(option.text, width, on ? { color: 'cyan', bold: true, focus: true } : {}, `${on ? '>' : ' '} ${i + 1}. `));
    });
    return lines;
  }
  question.entries.forEach((entry, i) => {
    const at = input.picked.indexOf(i);
    const on = i === input.cursor;
    const style = at >= 0 ? { dim: true } : on ? { color: 'cyan' as const, bold: true } : {};
    lines.push(...paragraph(entry, width, { ...style, ...(on && { focus: true }) }, `${on ? '>' : ' '} ${i + 1}. ${at >= 0 ? `[${at + 1}] ` : ''}`));
  });
  if (input.picked.length > 0) {
    lines.push(blank);
    lines.push(...paragraph(input.picked.map((i) => i + 1).join(' → '), width, { color: 'yellow' }, strings.picked));
  }
  return lines;
}
