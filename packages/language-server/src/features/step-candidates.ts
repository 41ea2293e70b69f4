// Which steps a go-to or return may name, for completion: filtered by what is typed (a number prefix or title words),
// nearest first (the steps around the cursor, then onwards in the keyword's direction), and capped.
import { canonicalStepNumber, firstAtOrAfter, type DocumentNode, type IndexedStep, type StepIndex } from '@sopkit/core';

/** What is typed after the keyword, read as a filter. */
export type StepQuery =
  | { readonly kind: 'any' }
  | { readonly kind: 'number'; readonly prefix: string }
  | { readonly kind: 'title'; readonly terms: readonly string[] };

export interface StepCandidates {
  /** At most `cap` steps, best first. */
  readonly steps: readonly IndexedStep[];
  /** False when more steps matched than were returned. */
  readonly complete: boolean;
}

/**
 * The steps matching `query`, in the order a trainer looks for them from `cursor`: a step whose number is exactly the
 * typed one; the step after and the step before the one being edited (before first for `back`, as a return goes back);
 * then the rest in that direction, nearest first; then the other direction; the step being edited last. Only the first
 * step with a number is offered (a reference reaches that one).
 */
export function stepCandidates(doc: DocumentNode, index: StepIndex, cursor: number, direction: 'forward' | 'back', query: StepQuery, cap: number): StepCandidates {
  const steps = index.steps;
  const started = firstAtOrAfter(steps.map((s) => s.node), cursor);
  const current = steps[started - 1];
  const inside = current !== undefined && !startsBetween(doc, current.node.span.start, cursor);
  const before = inside ? started - 2 : started - 1;
  const after = started;
  const onward: number[] = [];
  const backward: number[] = [];
  for (let i = after; i < steps.length; i++) onward.push(i);
  for (let i = before; i >= 0; i--) backward.push(i);
  const [first, second] = direction === 'forward' ? [onward, backward] : [backward, onward];
  const order = [...first.slice(0, 1), ...second.slice(0, 1), ...first.slice(1), ...second.slice(1), ...(inside ? [started - 1] : [])];

  const matches = matcher(query);
  const exact = query.kind === 'number' ? index.find(query.prefix) : undefined;
  const found: IndexedStep[] = exact && matches(exact) ? [exact] : [];
  let complete = true;
  for (const i of order) {
    const step = steps[i]!;
    if (step === exact || index.find(step.number) !== step || !matches(step)) continue;
    if (found.length === cap) {
      complete = false;
      break;
    }
    found.push(step);
  }
  return { steps: found, complete };
}

/**
 * Whether a phase, table, template or form starts between two offsets. Note: a half-typed line is not yet in its step's
 * span, so the step being edited is the last one started before the cursor unless another block started since.
 */
function startsBetween(doc: DocumentNode, start: number, end: number): boolean {
  return [doc.phases, doc.tables, doc.templates, doc.forms].some((blocks) => blocks.some((b) => b.span.start > start && b.span.start < end));
}

function matcher(query: StepQuery): (step: IndexedStep) => boolean {
  switch (query.kind) {
    case 'any': return () => true;
    case 'number': {
      const canonical = canonicalStepNumber(query.prefix);
      return (step) => step.number.startsWith(query.prefix) || canonicalStepNumber(step.number).startsWith(canonical);
    }
    case 'title': {
      const terms = query.terms.map((t) => t.toLowerCase());
      return (step) => {
        const title = step.node.value.text.toLowerCase();
        return terms.every((t) => title.includes(t));
      };
    }
  }
}
