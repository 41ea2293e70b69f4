// The steps of a document with their effective numbers (explicit, or counted on from the step before), shared by validation and compile.
import type { DocumentNode, PhaseNode, StepNode } from '../ast/nodes.js';

export interface IndexedStep {
  readonly node: StepNode;
  /** The number as written, or counted on from the step before it (after `2` comes `3`, after `2.1` comes `2.2`). */
  readonly number: string;
  readonly explicit: boolean;
  readonly phase: PhaseNode | undefined;
  readonly ordinal: number;
}

export interface StepIndex {
  readonly steps: readonly IndexedStep[];
  /**
   * The step with a number, however written (`08` finds step `8`): the first that was written with it, else the first
   * that was counted to it (so an unnumbered step never takes a reference away from a numbered one).
   */
  readonly find: (number: string) => IndexedStep | undefined;
}

/** A step number without leading zeros, as steps are named and looked up: `08` is step `8`, `2.01` is `2.1`. */
export function canonicalStepNumber(number: string): string {
  return number.replace(/(^|\.)0+(?=\d)/g, '$1');
}

export function indexSteps(doc: DocumentNode): StepIndex {
  const steps: IndexedStep[] = [];
  let previous: string | undefined;
  const add = (node: StepNode, phase: PhaseNode | undefined) => {
    const explicit = node.number !== undefined;
    const number = node.number?.value ?? countOn(previous);
    previous = number;
    steps.push({ node, number, explicit, phase, ordinal: steps.length });
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
  const byNumber = new Map<string, IndexedStep>();
  for (const explicit of [true, false]) {
    for (const entry of steps) {
      const key = canonicalStepNumber(entry.number);
      if (entry.explicit === explicit && !byNumber.has(key)) byNumber.set(key, entry);
    }
  }
  return { steps, find: (number) => byNumber.get(canonicalStepNumber(number)) };
}

/** The number of an unnumbered step: the last part of the number before it, plus one (`1` first). */
function countOn(previous: string | undefined): string {
  if (previous === undefined) return '1';
  const parts = canonicalStepNumber(previous).split('.');
  parts[parts.length - 1] = String(BigInt(parts[parts.length - 1]!) + 1n);
  return parts.join('.');
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
