// Moving parts of a tree within the text: every span under a node moved by the length an edit added or removed.

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
 * Moves, in place, every span reachable from `roots` by `delta`; a span reached twice moves once (a line's keyword is
 * held by its node and by the document's keyword list, a misplaced line's head is its keyword's span). Only for a tree
 * about to be replaced: see reparse().
 */
export function shiftInPlace(roots: readonly object[], delta: number): void {
  if (delta === 0) return;
  const moved = new Set<object>();
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) visit(item);
      return;
    }
    const record = value as { start?: unknown; end?: unknown };
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      if (moved.has(record)) return;
      moved.add(record);
      record.start += delta;
      record.end += delta;
      return;
    }
    for (const key in value) {
      const field = (value as Record<string, unknown>)[key];
      if (typeof field === 'object' && field !== null) visit(field);
    }
  };
  for (const root of roots) visit(root);
}
