// Learn mode: one page per step (phase, owners, standards, problems and remedies, decisions, timings) as typed lines the UI styles and wraps.
import type { ActionJson, DecisionJson, Language, ProcessJson, StepJson, TimingJson } from '@sopkit/core';
import { actionLabel, branchAnswer, branchLabel, keyword, keywordLine } from './branch-answer.js';
import type { ItemPlace } from './types.js';

/** What a learn line shows, for styling. */
export type LearnLineKind = 'owner' | 'label' | 'standard' | 'problem' | 'remedy' | 'item' | 'timing' | 'action' | 'decision' | 'branch';

/** One logical line of a learn page (the UI wraps it to the terminal width). */
export interface LearnLine {
  readonly kind: LearnLineKind;
  readonly text: string;
  /** Nesting depth, for indentation. */
  readonly depth: number;
}

/** One step, ready to show. */
export interface LearnPage {
  readonly place: ItemPlace;
  /** False when the step's phase has no order between its steps (`顺序: 不分先后`): its pages are not a sequence. */
  readonly ordered: boolean;
  readonly lines: readonly LearnLine[];
}

/** The learn pages of every step of every process, in document order. */
export function learnPages(processes: readonly ProcessJson[]): LearnPage[] {
  return processes.flatMap((process) => {
    const phases = new Map(process.phases.map((p) => [p.id, p]));
    return process.steps.map((step) => {
      const phase = step.phase ? phases.get(step.phase) : undefined;
      const place: ItemPlace = {
        processId: process.id, processTitle: process.title, language: process.language,
        phaseId: phase?.id ?? null, phaseTitle: phase?.title ?? null,
        stepId: step.id, stepNumber: step.number, stepTitle: step.title,
      };
      return { place, ordered: phase?.ordered !== false, lines: stepLines(step, process.language) };
    });
  });
}

function stepLines(step: StepJson, language: Language): LearnLine[] {
  const lines: LearnLine[] = [];
  const push = (kind: LearnLineKind, text: string, depth: number) => lines.push({ kind, text, depth });
  const timings = (list: readonly TimingJson[], depth: number) => list.forEach((t) => push('timing', keywordLine('timing', t.text, language), depth));
  const actions = (list: readonly ActionJson[], depth: number) => list.forEach((a) => {
    const label = actionLabel(a, language);
    if (label !== null) push('action', label, depth);
  });
  const decisions = (list: readonly DecisionJson[], depth: number) => list.forEach((d) => {
    push('decision', d.question, depth);
    for (const b of d.branches) push('branch', `${branchLabel(b, language)} → ${branchAnswer(b, language) ?? keyword('continue', language)}`, depth + 1);
  });

  if (step.owners.length > 0) push('owner', keywordLine('owner', step.owners.join(language === 'en' ? ', ' : '、'), language), 0);
  timings(step.timings, 0);
  if (step.standards.length > 0) push('label', keyword('standard', language), 0);
  for (const standard of step.standards) {
    push('standard', standard.text, 1);
    standard.items.forEach((item) => push('item', item, 2));
    timings(standard.timings, 2);
  }
  if (step.problems.length > 0) push('label', keyword('problem', language), 0);
  const shown = new Set<string>();
  for (const problem of step.problems) {
    if (shown.has(problem.id)) continue;
    const group = problem.group ?? [problem.id];
    group.forEach((id) => shown.add(id));
    const texts = step.problems.filter((p) => group.includes(p.id)).map((p) => p.text);
    texts.forEach((text, i) => push('problem', i === 0 ? text : `${keyword('alsoProblem', language)} ${text}`, 1));
    timings(problem.timings, 2);
    decisions(problem.decisions, 2);
    for (const remedy of problem.remedies) {
      push('remedy', remedy.text, 2);
      remedy.items.forEach((item, i) => push('item', `${i + 1}. ${item}`, 3));
      timings(remedy.timings, 3);
      actions(remedy.actions, 3);
      decisions(remedy.decisions, 3);
    }
  }
  decisions(step.decisions, 0);
  actions(step.actions, 0);
  return lines;
}
