// TypeScript types of the compiled JSON; packages/core/schema/process.schema.json is the published contract they mirror.
import type { Language } from '../syntax/keywords.js';
import type { TimingKind } from '../syntax/timing.js';

export interface PointJson { line: number; column: number }
export interface RangeJson { start: PointJson; end: PointJson }

export interface TimingJson { kind: TimingKind; duration: string; durationMax?: string; time?: string; count?: number; workingDays?: true; text: string }

/** Fields every element carries. */
export interface AnnotationsJson {
  timings: readonly TimingJson[];
  references: readonly string[];
  notes: readonly string[];
  tags: readonly string[];
  uncertain: readonly string[];
  sources: readonly string[];
  range: RangeJson;
}

export type ActionJson =
  | { type: 'escalate' | 'notify'; roles: readonly string[] }
  | { type: 'goto' | 'return'; step: string; number: string }
  | { type: 'reschedule' | 'continue' | 'end'; text: string | null };

export interface BranchJson extends AnnotationsJson {
  id: string;
  kind: 'yes' | 'no' | 'when' | 'otherwise';
  condition: string | null;
  text: string | null;
  items: readonly string[];
  actions: readonly ActionJson[];
}

export interface DecisionJson extends AnnotationsJson { id: string; question: string; branches: readonly BranchJson[] }

export interface RemedyJson extends AnnotationsJson {
  id: string;
  text: string;
  /** Who carries the remedy out (`负责:` under it), when not the step's owners; empty otherwise. */
  owners: readonly string[];
  items: readonly string[];
  actions: readonly ActionJson[];
  decisions: readonly DecisionJson[];
}

export interface ProblemJson extends AnnotationsJson {
  id: string;
  text: string;
  group: readonly string[] | null;
  remedies: readonly RemedyJson[];
  decisions: readonly DecisionJson[];
}

export interface StandardJson extends AnnotationsJson { id: string; text: string; items: readonly string[] }

export interface StepJson extends AnnotationsJson {
  id: string;
  number: string;
  numberExplicit: boolean;
  title: string;
  phase: string | null;
  owners: readonly string[];
  /** `MOT` and/or `CSI`. */
  marks: readonly string[];
  /** Core value tags (便捷、专业 …). */
  values: readonly string[];
  /** What the source is missing at this step (`缺失:`). */
  missing: readonly string[];
  standards: readonly StandardJson[];
  problems: readonly ProblemJson[];
  decisions: readonly DecisionJson[];
  actions: readonly ActionJson[];
}

export interface ScenarioJson extends AnnotationsJson {
  id: string;
  step: string;
  prompt: string;
  choices: readonly { text: string; correct: boolean }[];
  explanation: string | null;
}

export interface KpiJson extends AnnotationsJson { id: string; name: string; definition: string | null; target: string | null }

/** What a process or a phase says about itself (001 gives each sub-process its own). */
export interface ProfileJson {
  purpose: string | null;
  expectation: string | null;
  scope: string | null;
  tools: readonly string[];
  attention: readonly string[];
  principles: readonly string[];
  kpis: readonly KpiJson[];
  /** Present, and false, when the steps have no order between them (`顺序: 不分先后`); a phase inherits the process's. */
  ordered?: false;
}

export interface PhaseJson extends AnnotationsJson, ProfileJson { id: string; title: string; steps: readonly string[] }

export interface FormJson extends AnnotationsJson { id: string; title: string; phase: string | null; fields: readonly { label: string; options: readonly string[] }[] }

export interface TemplateJson extends AnnotationsJson {
  id: string;
  label: string | null;
  title: string;
  /** The phase it is written in (the last phase line above it), or null. */
  phase: string | null;
  placeholders: readonly { name: string; type: string; options: readonly string[] }[];
  body: string;
  /** Example values and the body filled with them (sample data, printed in checklists). */
  example: { values: Record<string, string>; text: string } | null;
}

export interface ConditionJson {
  fact: string;
  op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';
  values: readonly string[];
  /** For values with a time unit: ISO 8601. */
  duration: string | null;
  /** The days of `duration` are working days. */
  workingDays?: true;
  text: string;
}

export interface RuleJson extends AnnotationsJson {
  id: string;
  label: string | null;
  outcome: string;
  conditions: readonly ConditionJson[];
  remedies: readonly RemedyJson[];
  actions: readonly ActionJson[];
}

export interface DecisionTableJson extends AnnotationsJson {
  id: string;
  title: string;
  /** The phase it is written in (the last phase line above it), or null. */
  phase: string | null;
  facts: readonly { name: string; kind: 'number' | 'boolean' | 'enum'; values: readonly string[]; unit: string | null; declared: boolean }[];
  rules: readonly RuleJson[];
  /** Found by the checker: values no rule of a family covers, and rules that can both apply. */
  gaps: readonly { fact: string; uncovered: readonly string[]; context: string; rules: readonly string[] }[];
  overlaps: readonly { rules: [string, string]; witness: string }[];
}

export interface ProcessJson extends AnnotationsJson, ProfileJson {
  $schema: string;
  schemaVersion: 1;
  id: string;
  title: string;
  language: Language;
  version: string | null;
  owner: string | null;
  roles: readonly string[];
  /** Declared core value tags. */
  values: readonly string[];
  phases: readonly PhaseJson[];
  steps: readonly StepJson[];
  scenarios: readonly ScenarioJson[];
  forms: readonly FormJson[];
  templates: readonly TemplateJson[];
  tables: readonly DecisionTableJson[];
  hash: string;
}

export const schemaId = 'https://sopkit.dev/schema/process/v1.json';
