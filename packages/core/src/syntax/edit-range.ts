// Where an edit lies: the common prefix and suffix of two versions of a text, line starts, and the text a step owns.
import type { Span, StepNode } from '../ast/nodes.js';

/**
 * The length of the common prefix of two strings. Note: a binary search over native comparisons of slices, which for a
 * document of a megabyte is several times faster than comparing character by character.
 */
export function commonPrefix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The length of the common suffix of two strings, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the text a step owns ends: the start of the first line after it that is neither blank nor a comment. */
export function stepTextEnd(text: string, step: StepNode): number {
  const newline = text.indexOf('\n', step.span.end);
  let line = newline < 0 ? text.length : newline + 1;
  while (line < text.length) {
    let i = line;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== 35 /* # */) return line;
    const next = text.indexOf('\n', i);
    line = next < 0 ? text.length : next + 1;
  }
  return text.length;
}

/** A space, tab, ideographic space or CR (what may stand around a line's first token). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0x3000;
}

/** The index of the first node starting at or after `offset` in a list sorted by start. */
export function firstAtOrAfter(nodes: readonly { readonly span: Span }[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid]!.span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
