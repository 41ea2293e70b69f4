// What the parser made of each line: the multi-line elements (which own the lines below them), the lines it read, and
// the regions it could not place (misplaced elements), found by walking the tree generically so new node types need nothing.
import type { DocumentNode, Span } from '../ast/nodes.js';
import { walkTree } from '../model/walk.js';

export interface Structure {
  /** Start offsets of the lines the parser read as part of the tree (keyword lines and `-` items). */
  readonly placed: ReadonlySet<number>;
  /** Elements by the offset of their first token, for those that own lines below their own. */
  readonly owners: ReadonlyMap<number, Span>;
  /** Misplaced elements (with everything they own), sorted by start. */
  readonly misplaced: readonly Span[];
}

/** Collects the tree's elements; `lineEnd(offset)` gives the end of the line an offset is on. */
export function readStructure(doc: DocumentNode, lineEnd: (offset: number) => number): Structure {
  const placed = new Set<number>(doc.keywords.map((k) => k.span.start));
  const owners = new Map<number, Span>();
  const misplaced = doc.misplaced.map((m) => m.span).sort((a, b) => a.start - b.start);
  walkTree(doc, (node) => {
    if (node.type === 'misplaced' || node.type === 'comment' || node.type === 'bad-line') return false;
    if (node.type === 'item') placed.add(node.span.start);
    if (node.span.end > lineEnd(node.span.start) && !owners.has(node.span.start)) owners.set(node.span.start, node.span);
  });
  return { placed, owners, misplaced };
}
