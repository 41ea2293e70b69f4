// The data a checklist template receives: the compiled process untouched, plus sections, problem groups, totals and labels.
import type { DecisionJson, PhaseJson, ProblemJson, ProcessJson, RemedyJson, ScenarioJson, StandardJson, StepJson } from '@sopkit/core';
import { labelsFor, type LabelLanguage, type Labels } from './labels.js';

/** Problems that share their remedies (`问题 … 或 …`), laid out once. */
export interface ProblemGroup {
  readonly problems: readonly ProblemJson[];
  readonly remedies: readonly RemedyJson[];
  readonly decisions: readonly DecisionJson[];
}

/** A step as templates see it: every field of the compiled step, plus what the renderer works out. */
export type StepView = StepJson & {
  /** The step's problems, those sharing remedies merged into one group. */
  readonly problemGroups: readonly ProblemGroup[];
  /** Authored practice scenarios about this step. */
  readonly scenarios: readonly ScenarioJson[];
  /** What an auditor checks: the work standards, or, for a step without any, the step itself (its title). */
  readonly checks: readonly StandardJson[];
  /** 1-based position of the step on this sheet. */
  readonly position: number;
};

/** A phase and its selected steps; `phase` is null (and `title` says "other steps") for steps before the first phase. */
export interface Section {
  readonly phase: PhaseJson | null;
  readonly title: string;
  /** 1-based number of the phase on this sheet (0 for steps outside any phase). */
  readonly position: number;
  readonly steps: readonly StepView[];
}

/** Everything a template receives as its context. */
export interface ChecklistContext {
  /** The compiled process exactly as `sop compile` prints it. */
  readonly process: ProcessJson;
  /** `training`, `audit`, `card`, or the file name of a custom template. */
  readonly template: string;
  readonly language: LabelLanguage;
  readonly labels: Labels;
  readonly sections: readonly Section[];
  /** The selected steps in order (all steps unless --steps was given). */
  readonly steps: readonly StepView[];
  /** The --steps text, or null when the sheet covers the whole process. */
  readonly selection: string | null;
  readonly totals: { readonly steps: number; readonly standards: number; readonly checks: number; readonly problems: number; readonly remedies: number };
  /** The process diagram as a `data:image/svg+xml` URI, or null when not embedded. */
  readonly diagram: string | null;
}

export interface ContextOptions {
  readonly template: string;
  readonly language: LabelLanguage;
  /** Keeps only the steps whose number it accepts. */
  readonly includeStep?: (number: string) => boolean;
  readonly selection?: string;
  readonly diagram?: string;
}

/** Merges problems that name the same remedy group (`group`) into one entry, in source order. */
export function problemGroups(problems: readonly ProblemJson[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    if (seen.has(problem.id)) continue;
    const members = problem.group ? problems.filter((p) => problem.group!.includes(p.id)) : [problem];
    for (const member of members) seen.add(member.id);
    groups.push({ problems: members, remedies: problem.remedies, decisions: members.flatMap((m) => m.decisions) });
  }
  return groups;
}

/** A step without work standards, checked as a whole. */
function stepAsCheck(step: StepJson): StandardJson {
  return { id: step.id, text: step.title, items: [], timings: step.timings, references: step.references, notes: [], tags: step.tags, uncertain: [], sources: [], range: step.range };
}

/** Builds the template context for one process. */
export function checklistContext(process: ProcessJson, options: ContextOptions): ChecklistContext {
  const labels = labelsFor(options.language);
  const scenarios: readonly ScenarioJson[] = process.scenarios ?? [];
  const selected = process.steps.filter((step) => options.includeStep?.(step.number) ?? true);
  const steps: StepView[] = selected.map((step, index) => ({
    ...step,
    problemGroups: problemGroups(step.problems),
    scenarios: scenarios.filter((s) => s.step === step.id),
    checks: step.standards.length > 0 ? step.standards : [stepAsCheck(step)],
    position: index + 1,
  }));
  const sections: { phase: PhaseJson | null; title: string; position: number; steps: StepView[] }[] = [];
  let phases = 0;
  for (const step of steps) {
    const phase = process.phases.find((p) => p.id === step.phase) ?? null;
    const last = sections[sections.length - 1];
    if (last && last.phase?.id === phase?.id) last.steps.push(step);
    else sections.push({ phase, title: phase?.title ?? labels.otherSteps, position: phase ? ++phases : 0, steps: [step] });
  }
  const count = (pick: (s: StepView) => number) => steps.reduce((sum, s) => sum + pick(s), 0);
  return {
    process,
    template: options.template,
    language: options.language,
    labels,
    sections,
    steps,
    selection: options.selection ?? null,
    totals: {
      steps: steps.length,
      standards: count((s) => s.standards.length),
      checks: count((s) => s.checks.length),
      problems: count((s) => s.problems.length),
      remedies: count((s) => s.problems.reduce((sum, p) => sum + p.remedies.length, 0)),
    },
    diagram: options.diagram ?? null,
  };
}
