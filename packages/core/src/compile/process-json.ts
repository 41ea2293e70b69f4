// TypeScript types of the compiled JSON; packages/core/schema/process.schema.json is the published contract they mirror.
import type { Language } from '../syntax/keywords.js';
import type { TimingKind } from '../syntax/timing.js';

export interface PointJson { line: number; column: number }
export interface RangeJson { start: PointJson; end: PointJson }

export interface TimingJson { kind: TimingKind; duration: string; durationMax?: string; time?: string; count?: number; workingDays?: true; text: string }

/** Fields every element carries. */
export interface AnnotationsJson {
  timings: TimingJson[];
  references: string[];
  notes: string[];
  tags: string[];
  uncertain: string[];
  sources: string[];
  range: RangeJson;
}

export type ActionJson =
  | { type: 'escalate' | 'notify'; roles: string[] }
  | { type: 'goto' | 'return'; step: string; number: string }
  | { type: 'reschedule' | 'continue' | 'end'; text: string | null };

export interface BranchJson extends AnnotationsJson {
  id: string;
  kind: 'yes' | 'no' | 'when' | 'otherwise';
  condition: string | null;
  text: string | null;
  items: string[];
  actions: ActionJson[];
}

export interface DecisionJson extends AnnotationsJson { id: string; question: string; branches: BranchJson[] }

export interface RemedyJson extends AnnotationsJson {
  id: string;
  text: string;
  items: string[];
  actions: ActionJson[];
  decisions: DecisionJson[];
}

export interface ProblemJson extends AnnotationsJson {
  id: string;
  text: string;
  group: string[] | null;
  remedies: RemedyJson[];
  decisions: DecisionJson[];
}

export interface StandardJson extends AnnotationsJson { id: string; text: string; items: string[] }

export interface StepJson extends AnnotationsJson {
  id: string;
  number: string;
  numberExplicit: boolean;
  title: string;
  phase: string | null;
  owners: string[];
  /** `MOT` and/or `CSI`. */
  marks: string[];
  /** Core value tags (便捷、专业 …). */
  values: string[];
  /** What the source is missing at this step (`缺失:`). */
  missing: string[];
  standards: StandardJson[];
  problems: ProblemJson[];
  decisions: DecisionJson[];
  actions: ActionJson[];
}

export interface ScenarioJson extends AnnotationsJson {
  id: string;
  step: string;
  prompt: string;
  choices: { text: string; correct: boolean }[];
  explanation: string | null;
}

export interface KpiJson extends AnnotationsJson { id: string; name: string; definition: string | null; target: string | null }

/** What a process or a phase says about itself (001 gives each sub-process its own). */
export interface ProfileJson {
  purpose: string | null;
  expectation: string | null;
  scope: string | null;
  tools: string[];
  attention: string[];
  principles: string[];
  kpis: KpiJson[];
}

export interface PhaseJson extends AnnotationsJson, ProfileJson { id: string; title: string; steps: string[] }

export interface FormJson extends AnnotationsJson { id: string; title: string; phase: string | null; fields: { label: string; options: string[] }[] }

export interface TemplateJson extends AnnotationsJson {
  id: string;
  label: string | null;
  title: string;
  /** The phase it is written in (the last phase line above it), or null. */
  phase: string | null;
  placeholders: { name: string; type: string; options: string[] }[];
  body: string;
  /** Example values and the body filled with them (sample data, printed in checklists). */
  example: { values: Record<string, string>; text: string } | null;
}

export interface ConditionJson {
  fact: string;
  op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';
  values: string[];
  /** For values with a time unit: ISO 8601. */
  duration: string | null;
  text: string;
}

export interface RuleJson extends AnnotationsJson {
  id: string;
  label: string | null;
  outcome: string;
  conditions: ConditionJson[];
  remedies: RemedyJson[];
  actions: ActionJson[];
}

export interface DecisionTableJson extends AnnotationsJson {
  id: string;
  title: string;
  /** The phase it is written in (the last phase line above it), or null. */
  phase: string | null;
  facts: { name: string; kind: 'number' | 'boolean' | 'enum'; values: string[]; unit: string | null; declared: boolean }[];
  rules: RuleJson[];
  /** Found by the checker: values no rule of a family covers, and rules that can both apply. */
  gaps: { fact: string; uncovered: string[]; context: string; rules: string[] }[];
  overlaps: { rules: [string, string]; witness: string }[];
}

export interface ProcessJson extends AnnotationsJson, ProfileJson {
  $schema: string;
  schemaVersion: 1;
  id: string;
  title: string;
  language: Language;
  version: string | null;
  owner: string | null;
  roles: string[];
  /** Declared core value tags. */
  values: string[];
  phases: PhaseJson[];
  steps: StepJson[];
  scenarios: ScenarioJson[];
  forms: FormJson[];
  templates: TemplateJson[];
  tables: DecisionTableJson[];
  hash: string;
}

export const schemaId = 'https://sopkit.dev/schema/process/v1.json';
