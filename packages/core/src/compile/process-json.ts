// TypeScript types of the compiled JSON; packages/core/schema/process.schema.json is the published contract they mirror.
import type { Language } from '../syntax/keywords.js';
import type { TimingKind } from '../syntax/timing.js';

export interface PointJson { line: number; column: number }
export interface RangeJson { start: PointJson; end: PointJson }

export interface TimingJson { kind: TimingKind; duration: string; durationMax?: string; text: string }

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
  | { type: 'escalate'; roles: string[] }
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

export interface PhaseJson extends AnnotationsJson { id: string; title: string; steps: string[] }

export interface ProcessJson extends AnnotationsJson {
  $schema: string;
  schemaVersion: 1;
  id: string;
  title: string;
  language: Language;
  version: string | null;
  owner: string | null;
  purpose: string | null;
  expectation: string | null;
  roles: string[];
  tools: string[];
  kpis: string[];
  phases: PhaseJson[];
  steps: StepJson[];
  scenarios: ScenarioJson[];
  hash: string;
}

export const schemaId = 'https://sopkit.dev/schema/process/v1.json';
