// Moving parts of a tree within the text: every span under a node moved by the length an edit added or removed.
import type { KeywordUse, StepNode } from './nodes.js';
import { shiftStep } from './shift-step.js';

/**
 * A deep copy of plain data in which every `start`/`end` number (the fields of a Span, the only numbers so named in the
 * tree and in pending diagnostics) is moved by `delta`. The input is not changed.
 */
export function shifted<T>(value: T, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shifted(value[i], delta);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === 'number') out[key] = key === 'start' || key === 'end' ? field + delta : field;
    else out[key] = typeof field === 'object' ? shifted(field, delta) : field;
  }
  return out as T;
}

/**
 * Moves, in place, every span under `nodes` and the spans of `keywords` (from index `from`) by `delta`. Each span belongs to one node, except
 * the keyword opening a line (a KeywordUse: an image, no type, not inline), which its node shares with the document's
 * keyword list: those move through the list only. (Tested on real and random documents.) Only for a tree about to be
 * replaced: see reparse().
 */
export function shiftInPlace(nodes: readonly object[], keywords: readonly KeywordUse[], delta: number, from = 0): void {
  if (delta === 0) return;
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    const record = value as { start?: unknown; end?: unknown; type?: unknown; image?: unknown; inline?: unknown };
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      record.start += delta;
      record.end += delta;
      return;
    }
    if (record.type === 'step') return shiftStep(value as StepNode, delta);
    if (record.type === undefined && typeof record.image === 'string' && record.inline === undefined) return;
    for (const key in value) {
      const field = (value as Record<string, unknown>)[key];
      if (typeof field === 'object' && field !== null) visit(field);
    }
  };
  for (const node of nodes) visit(node);
  for (let i = from; i < keywords.length; i++) {
    const span = keywords[i]!.span as { start: number; end: number };
    span.start += delta;
    span.end += delta;
  }
}
