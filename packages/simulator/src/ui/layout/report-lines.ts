// The body of the final report: total, pass or fail, score per phase, and every miss with the right answer.
import type { DrillReport } from '../../engine/exam-report.js';
import type { DrillMode, Question } from '../../engine/types.js';
import type { UiStrings } from '../strings.js';
import { displayWidth, padEnd } from '../wrap-text.js';
import { sourceOf } from './feedback-lines.js';
import { headingOf } from './question-lines.js';
import { blank, paragraph, type StyledLine } from './styled-line.js';

/** The report body; `timeUp` adds the time-up notice. */
export function reportLines(report: DrillReport, mode: DrillMode, strings: UiStrings, width: number, timeUp: boolean): StyledLine[] {
  const r = strings.report;
  const lines: StyledLine[] = [{ text: r.title(mode), bold: true, color: 'cyan' }];
  if (timeUp) lines.push({ text: strings.timeUp, color: 'yellow', bold: true });
  lines.push({ text: r.total(report.correct, report.total, report.percent), bold: true });
  if (report.retries > 0) lines.push({ text: r.retries(report.retries), dim: true });
  if (mode === 'exam') lines.push(report.passed ? { text: r.passed(report.passMark), color: 'green', bold: true } : { text: r.failed(report.passMark), color: 'red', bold: true });
  if (report.unanswered > 0) lines.push({ text: r.unanswered(report.unanswered), color: 'yellow' });
  lines.push(blank, { text: r.phases, bold: true });
  const several = new Set(report.phases.map((p) => p.processId)).size > 1;
  const titleOf = (p: DrillReport['phases'][number]) => (several && p.phaseId !== null ? `${p.processTitle} / ${p.title}` : p.title);
  const titleWidth = Math.min(width - 12, Math.max(...report.phases.map((p) => displayWidth(titleOf(p))), 4));
  for (const phase of report.phases) {
    const color = phase.correct === phase.total ? 'green' : phase.correct === 0 ? 'red' : 'yellow';
    lines.push({ text: `  ${padEnd(titleOf(phase), titleWidth)}  ${phase.correct}/${phase.total}`, color });
  }
  lines.push(blank, { text: r.misses, bold: true });
  if (report.misses.length === 0) lines.push({ text: r.noMisses, color: 'green' });
  report.misses.forEach((miss, i) => {
    const number = `${i + 1}. `;
    const indent = ' '.repeat(displayWidth(number));
    lines.push(...paragraph(askedText(miss.question, strings), width, { bold: true }, number));
    lines.push(...paragraph(sourceOf(miss, strings), width, { dim: true }, indent));
    lines.push(...paragraph(miss.chosenText, width, { color: 'red' }, `${indent}${r.answer}`));
    lines.push(...paragraph(miss.correctText, width, { color: 'green' }, `${indent}${r.correct}`));
  });
  return lines;
}

/**
 * What a missed question asked, on one line, as it was shown: the case, the situation, the timed text, the decision and
 * branch (「客户不同意维修… · 符合退机或换机条件? → 特殊情况」); a timing adds its question (多久一次？), and a question with
 * none of these is named by its heading and question.
 */
export function askedText(question: Question, strings: UiStrings): string {
  const { prompt } = question;
  const parts = [
    prompt.table && strings.facts(prompt.table.facts),
    prompt.situation,
    prompt.timing?.text,
    prompt.decision && `${prompt.decision.question} → ${prompt.decision.label}`,
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  const ask = strings.ask(prompt, question.place.phaseTitle);
  if (parts.length === 0) return [headingOf(question, strings), ask].filter((part): part is string => part !== null).join(' · ');
  return [...parts, ...(prompt.timing && ask !== null ? [ask] : [])].join(' · ');
}
