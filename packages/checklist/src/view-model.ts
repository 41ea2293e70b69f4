// The data a checklist template receives: the compiled process untouched, plus sections, problem groups, totals and labels.
import type { DecisionJson, PhaseJson, ProblemJson, ProcessJson, RemedyJson, ScenarioJson, StandardJson, StepJson } from '@sopkit/core';
import { labelsFor, type LabelLanguage, type Labels } from './labels.js';
import { placeBlocks, profileView, type ProfileView, type SectionBlocks } from './sheet-blocks.js';

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

/**
 * A phase with its profile, its selected steps, and the decision tables, message templates and forms written in it;
 * `phase` is null (and `title` says "other steps") for what comes before the first phase.
 */
export interface Section extends SectionBlocks {
  readonly phase: PhaseJson | null;
  readonly title: string;
  /** False when its steps have no order between them (`顺序: 不分先后`, the phase's own or inherited from the process). */
  readonly ordered: boolean;
  /** 1-based number of the phase on this sheet (0 for steps outside any phase). */
  readonly position: number;
  /** The phase's purpose, expectation, tools, attention points, principles and KPIs; null when it says none. */
  readonly profile: ProfileView | null;
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
  /** The process's purpose, expectation, scope, tools, attention points, principles, KPIs and value tags; null when it says none. */
  readonly profile: ProfileView | null;
  readonly sections: readonly Section[];
  /** The selected steps in order (all steps unless --steps was given). */
  readonly steps: readonly StepView[];
  /** The --steps text, or null when the sheet covers the whole process. */
  readonly selection: string | null;
  /** The step marks used on this sheet (`MOT`, `CSI`), for a legend. */
  readonly marks: readonly string[];
  readonly totals: Totals;
  /** The process diagram as a `data:image/svg+xml` URI, or null when not embedded. */
  readonly diagram: string | null;
}

/** Counts over this sheet. */
export interface Totals {
  readonly steps: number;
  readonly standards: number;
  /** Audit rows from steps: the work standards, or the step itself when it has none. */
  readonly checks: number;
  readonly problems: number;
  readonly remedies: number;
  /** Rules of the decision tables on this sheet. */
  readonly rules: number;
  /** Every audit row: checks plus rules. */
  readonly auditRows: number;
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
  return { id: step.id, text: step.title, items: [], timings: step.timings, references: step.references, notes: [], tags: [], uncertain: [], sources: [], range: step.range };
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
  const blocks = placeBlocks(process, options.language);
  const sections: Section[] = [];
  let phases = 0;
  for (const phase of [null, ...process.phases]) {
    const own = steps.filter((step) => (process.phases.find((p) => p.id === step.phase) ?? null) === phase);
    const placed = blocks.get(phase?.id ?? null)!;
    const profile = phase ? profileView(phase) : null;
    const hasBlocks = placed.tables.length + placed.templates.length + placed.forms.length > 0;
    // Note: with --steps a phase shows only with its chosen steps; the whole sheet also shows phases made of rules or templates alone.
    const shown = own.length > 0 || (phase === null ? hasBlocks : options.includeStep === undefined && (hasBlocks || profile !== null));
    if (!shown) continue;
    const ordered = (phase ?? process).ordered !== false;
    sections.push({ phase, title: phase?.title ?? labels.otherSteps, ordered, position: phase ? ++phases : 0, profile, steps: own, ...placed });
  }
  const count = (pick: (s: StepView) => number) => steps.reduce((sum, s) => sum + pick(s), 0);
  const rules = sections.reduce((sum, section) => sum + section.tables.reduce((n, t) => n + t.rows.length, 0), 0);
  return {
    process,
    template: options.template,
    language: options.language,
    labels,
    profile: profileView(process),
    sections,
    steps,
    selection: options.selection ?? null,
    marks: [...new Set(steps.flatMap((s) => s.marks))],
    totals: {
      steps: steps.length,
      standards: count((s) => s.standards.length),
      checks: count((s) => s.checks.length),
      problems: count((s) => s.problems.length),
      remedies: count((s) => s.problems.reduce((sum, p) => sum + p.remedies.length, 0)),
      rules,
      auditRows: count((s) => s.checks.length) + rules,
    },
    diagram: options.diagram ?? null,
  };
}
