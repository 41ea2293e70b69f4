// Learn mode: one page per step (phase, owners, standards, problems and remedies, decisions, timings), decision table and
// message template, in document order, as typed lines the UI styles and wraps; labels in the screen's language, text as written.
import type { Language, MessageLanguage, ProcessJson, StepJson } from '@sopkit/core';
import { keyword, keywordLine } from './branch-answer.js';
import { labelLanguage } from './label-language.js';
import { lineSink } from './learn-sink.js';
import { tableLines, templateLines } from './learn-tables.js';
import type { ItemPlace } from './types.js';

/** What a learn line shows, for styling. */
export type LearnLineKind = 'owner' | 'label' | 'standard' | 'problem' | 'remedy' | 'item' | 'timing' | 'action' | 'decision' | 'branch' | 'rule' | 'outcome';

/** One logical line of a learn page (the UI wraps it to the terminal width). */
export interface LearnLine {
  readonly kind: LearnLineKind;
  readonly text: string;
  /** Nesting depth, for indentation. */
  readonly depth: number;
}

/** What a page is about: a step (named by its place), or a decision table or message template (named by its title). */
export type LearnSubject = { readonly kind: 'step' } | { readonly kind: 'table' | 'template'; readonly title: string };

/** One step, decision table or message template, ready to show. */
export interface LearnPage {
  readonly place: ItemPlace;
  readonly subject: LearnSubject;
  /** False when the page's phase has no order between its steps (`顺序: 不分先后`): its pages are not a sequence. */
  readonly ordered: boolean;
  readonly lines: readonly LearnLine[];
}

/**
 * The learn pages of every step, decision table and message template of every process, in document order, for a screen in
 * `screen`'s language: labels (工作标准 / Standard, 负责 / Owner, 上报 / Escalate, 是 / Yes …) and their punctuation follow the
 * screen (see `labelLanguage`); the SOP's own text stays as written.
 */
export function learnPages(processes: readonly ProcessJson[], screen: MessageLanguage): LearnPage[] {
  return processes.flatMap((process) => {
    const phases = new Map(process.phases.map((p) => [p.id, p]));
    const page = (phaseId: string | null, step: StepJson | null, subject: LearnSubject, lines: LearnLine[]) => {
      const phase = phaseId === null ? undefined : phases.get(phaseId);
      const place: ItemPlace = {
        processId: process.id, processTitle: process.title, language: process.language,
        phaseId: phase?.id ?? null, phaseTitle: phase?.title ?? null,
        stepId: step?.id ?? null, stepNumber: step?.number ?? null, stepTitle: step?.title ?? null,
      };
      return { place, subject, ordered: phase?.ordered !== false, lines };
    };
    const language = labelLanguage(process.language, screen);
    const placed = [
      ...process.steps.map((step) => ({ at: step.range.start.line, page: page(step.phase, step, { kind: 'step' }, stepLines(step, language)) })),
      ...process.tables.map((table) => ({ at: table.range.start.line, page: page(table.phase, null, { kind: 'table', title: table.title }, tableLines(table, language)) })),
      ...process.templates.map((template) => {
        const title = `${template.label ? `${template.label} ` : ''}${template.title}`;
        return { at: template.range.start.line, page: page(template.phase, null, { kind: 'template', title }, templateLines(template, language)) };
      }),
    ];
    return placed.sort((a, b) => a.at - b.at).map((p) => p.page);
  });
}

function stepLines(step: StepJson, language: Language): LearnLine[] {
  const sink = lineSink(language);
  const { push } = sink;
  if (step.owners.length > 0) push('owner', keywordLine('owner', step.owners.join(language === 'en' ? ', ' : '、'), language), 0);
  sink.timings(step.timings, 0);
  if (step.standards.length > 0) push('label', keyword('standard', language), 0);
  for (const standard of step.standards) {
    push('standard', standard.text, 1);
    standard.items.forEach((item) => push('item', item, 2));
    sink.timings(standard.timings, 2);
  }
  if (step.problems.length > 0) push('label', keyword('problem', language), 0);
  const shown = new Set<string>();
  for (const problem of step.problems) {
    if (shown.has(problem.id)) continue;
    const group = problem.group ?? [problem.id];
    group.forEach((id) => shown.add(id));
    const texts = step.problems.filter((p) => group.includes(p.id)).map((p) => p.text);
    texts.forEach((text, i) => push('problem', i === 0 ? text : `${keyword('alsoProblem', language)} ${text}`, 1));
    sink.timings(problem.timings, 2);
    sink.decisions(problem.decisions, 2);
    sink.remedies(problem.remedies, 2);
  }
  sink.decisions(step.decisions, 0);
  sink.actions(step.actions, 0);
  return sink.lines;
}
