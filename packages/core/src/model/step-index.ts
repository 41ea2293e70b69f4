// The steps of a document with their effective numbers (explicit, or the previous number + 1), shared by validation and compile.
import type { DocumentNode, PhaseNode, StepNode } from '../ast/nodes.js';

export interface IndexedStep {
  readonly node: StepNode;
  /** The number as written, or derived from the step before it. */
  readonly number: string;
  readonly explicit: boolean;
  readonly phase: PhaseNode | undefined;
  readonly ordinal: number;
}

export interface StepIndex {
  readonly steps: readonly IndexedStep[];
  /** The first step with a number, however written (`08` finds step `8`). */
  readonly find: (number: string) => IndexedStep | undefined;
}

/** A step number without leading zeros, as steps are named and looked up: `08` is step `8`, `2.01` is `2.1`. */
export function canonicalStepNumber(number: string): string {
  return number.replace(/(^|\.)0+(?=\d)/g, '$1');
}

export function indexSteps(doc: DocumentNode): StepIndex {
  const steps: IndexedStep[] = [];
  const byNumber = new Map<string, IndexedStep>();
  let previous = 0;
  const add = (node: StepNode, phase: PhaseNode | undefined) => {
    const explicit = node.number !== undefined;
    const number = node.number?.value ?? String(Math.floor(previous) + 1);
    const leading = Number.parseFloat(number);
    if (Number.isFinite(leading)) previous = Math.floor(leading);
    const entry: IndexedStep = { node, number, explicit, phase, ordinal: steps.length };
    steps.push(entry);
    const key = canonicalStepNumber(number);
    if (!byNumber.has(key)) byNumber.set(key, entry);
  };
  // The phases' steps and the loose steps, merged in source order (each list is in source order already).
  let loose = 0;
  for (const phase of doc.phases) {
    for (const step of phase.steps) {
      while (loose < doc.looseSteps.length && doc.looseSteps[loose]!.span.start < step.span.start) add(doc.looseSteps[loose++]!, undefined);
      add(step, phase);
    }
  }
  while (loose < doc.looseSteps.length) add(doc.looseSteps[loose++]!, undefined);
  return { steps, find: (number) => byNumber.get(canonicalStepNumber(number)) };
}

/** Compares dotted step numbers (`2` < `2.1` < `10`). */
export function compareStepNumbers(a: string, b: string): number {
  if (!a.includes('.') && !b.includes('.')) return Number(a) - Number(b);
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
