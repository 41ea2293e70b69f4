// What the parser made of each line: the multi-line elements (which own the lines below them), the lines it read, and
// the regions it could not place (misplaced elements), found by walking the tree generically so new node types need nothing.
import type { DocumentNode, Span } from '../ast/nodes.js';

export interface Structure {
  /** Start offsets of the lines the parser read as part of the tree (keyword lines and `-` items). */
  readonly placed: ReadonlySet<number>;
  /** Elements by the offset of their first token, for those that own lines below their own. */
  readonly owners: ReadonlyMap<number, Span>;
  /** Misplaced elements (with everything they own), sorted by start. */
  readonly misplaced: readonly Span[];
}

interface NodeLike {
  readonly type: string;
  readonly span: Span;
}

function isNode(value: unknown): value is NodeLike {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
    && typeof (value as { span?: unknown }).span === 'object';
}

/** Collects the tree's elements; `lineEnd(offset)` gives the end of the line an offset is on. */
export function readStructure(doc: DocumentNode, lineEnd: (offset: number) => number): Structure {
  const placed = new Set<number>(doc.keywords.map((k) => k.span.start));
  const owners = new Map<number, Span>();
  const misplaced = doc.misplaced.map((m) => m.span).sort((a, b) => a.start - b.start);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (isNode(value)) {
      if (value.type === 'misplaced' || value.type === 'comment' || value.type === 'bad-line') return;
      if (value.type === 'item') placed.add(value.span.start);
      if (value.span.end > lineEnd(value.span.start) && !owners.has(value.span.start)) owners.set(value.span.start, value.span);
    }
    for (const key in value) if (key !== 'span' && key !== 'keywords') visit((value as Record<string, unknown>)[key]);
  };
  visit([doc.process, doc.extraProcesses, doc.phases, doc.looseSteps, doc.forms, doc.templates, doc.tables]);
  return { placed, owners, misplaced };
}
