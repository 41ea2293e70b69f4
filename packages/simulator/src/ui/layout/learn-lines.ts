// The body of a learn page: the step's lines, styled by what they are and indented by depth.
import type { LearnLineKind, LearnPage } from '../../engine/learn-pages.js';
import type { UiStrings } from '../strings.js';
import { paragraph, type LineStyle, type StyledLine } from './styled-line.js';

const styles: Record<LearnLineKind, LineStyle> = {
  owner: { color: 'magenta' },
  label: { bold: true, color: 'cyan' },
  standard: {},
  problem: { color: 'yellow', bold: true },
  remedy: { color: 'green' },
  item: {},
  timing: { color: 'blue' },
  action: { color: 'magenta' },
  decision: { color: 'yellow' },
  branch: {},
  rule: { color: 'yellow' },
  outcome: { color: 'green', bold: true },
};

const bullets: Record<LearnLineKind, string> = {
  owner: '', label: '', standard: '- ', problem: '? ', remedy: '> ', item: '', timing: '', action: '=> ', decision: '<> ', branch: '',
  rule: '', outcome: '→ ',
};

/** The heading of a learn page: phase (said to be in no order when its steps have none) and step, decision table or template. */
export function learnHeading(page: LearnPage, strings: UiStrings): string {
  const { place, subject } = page;
  const phase = place.phaseTitle === null ? null : page.ordered ? place.phaseTitle : strings.unordered(place.phaseTitle);
  const topic = subject.kind === 'step' ? strings.step(place) : subject.kind === 'table' ? strings.table(subject.title) : strings.template(subject.title);
  return [phase, topic].filter((s): s is string => s !== null).join(' / ');
}

/** The heading of a learn page wrapped to `width`, never cut: a long step title is read in full. */
export function learnHead(page: LearnPage, strings: UiStrings, width: number): StyledLine[] {
  return paragraph(learnHeading(page, strings), width, { bold: true, color: 'cyan' });
}

/** The wrapped lines of one learn page. */
export function learnLines(page: LearnPage, width: number): StyledLine[] {
  return page.lines.flatMap((line) => paragraph(line.text, width, styles[line.kind], `${'  '.repeat(line.depth)}${bullets[line.kind]}`));
}
