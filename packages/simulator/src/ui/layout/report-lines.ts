// The body of the final report: total, pass or fail, score per phase, and every miss with the right answer.
import type { DrillReport } from '../../engine/exam-report.js';
import type { DrillMode } from '../../engine/types.js';
import type { UiStrings } from '../strings.js';
import { displayWidth, padEnd } from '../wrap-text.js';
import { sourceOf } from './feedback-lines.js';
import { blank, paragraph, type StyledLine } from './styled-line.js';

/** The report body; `timeUp` adds the time-up notice. */
export function reportLines(report: DrillReport, mode: DrillMode, strings: UiStrings, width: number, timeUp: boolean): StyledLine[] {
  const r = strings.report;
  const lines: StyledLine[] = [{ text: r.title(mode), bold: true, color: 'cyan' }];
  if (timeUp) lines.push({ text: strings.timeUp, color: 'yellow', bold: true });
  lines.push({ text: r.total(report.correct, report.total, report.percent), bold: true });
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
    const { prompt, place } = miss.question;
    const situation = (prompt.table && strings.facts(prompt.table.facts)) ?? prompt.situation ?? prompt.timing?.text ?? strings.ask(prompt, place.phaseTitle) ?? '';
    lines.push(...paragraph(situation, width, { bold: true }, `${i + 1}. `));
    lines.push(...paragraph(sourceOf(miss, strings), width, { dim: true }, '   '));
    lines.push(...paragraph(miss.chosenText, width, { color: 'red' }, `   ${r.answer}`));
    lines.push(...paragraph(miss.correctText, width, { color: 'green' }, `   ${r.correct}`));
  });
  return lines;
}
