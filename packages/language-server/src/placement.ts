// Which keywords may start a new line at a place, asked of the parser itself: each keyword is tried on a probe line after
// the enclosing top-level block, and kept when the parser places it (not misplaced). No grammar table to keep in sync.
import { allSteps, keywordTable, parse, walkTree, type DocumentNode, type KeywordEntry, type Language, type Span } from '@sopkit/core';

export interface Placement {
  readonly entry: KeywordEntry;
  /** How deeply the line would be nested (0 = top level); deeper is more specific to the place. */
  readonly depth: number;
}

/** A minimal well-formed line for a keyword in a language (its canonical spelling unless `word` is given), by the shape of its line. */
export function probeLine(entry: KeywordEntry, language: Language, word = entry.words[language][0]!): string {
  switch (entry.shape) {
    case 'numbered-text': return `${word} 1: x`;
    case 'step-ref': return `${word} 1`;
    case 'condition': return `${word} x: y`;
    case 'optional-text': return word;
    default: return `${word}: x`;
  }
}

/** The text of the top-level block (process, phase or step) that a line at `lineStart` continues. */
function enclosingBlock(doc: DocumentNode, text: string, lineStart: number): string {
  const blocks: { span: Span }[] = [...(doc.process ? [doc.process] : []), ...doc.extraProcesses, ...doc.phases, ...allSteps(doc)];
  let start: number | undefined;
  for (const block of blocks) if (block.span.start < lineStart && (start === undefined || block.span.start > start)) start = block.span.start;
  return start === undefined ? '' : text.slice(start, lineStart);
}

function nestingDepth(doc: DocumentNode, offset: number): number {
  let depth = 0;
  walkTree(doc, (node) => {
    if (node.span.start >= offset || node.span.end < offset) return false;
    if (node.type !== 'phase') depth++;
  });
  return depth;
}

/**
 * The keywords the parser accepts on a new line at `lineStart` of `text` (whose tree is `doc`), deepest first.
 * A second process header is left out when the document already has one.
 */
export function keywordsAt(doc: DocumentNode, text: string, lineStart: number): Placement[] {
  const block = enclosingBlock(doc, text, lineStart);
  const prefix = block === '' || block.endsWith('\n') ? block : `${block}\n`;
  const placements: Placement[] = [];
  for (const entry of keywordTable) {
    if (entry.kind === 'process' && doc.process) continue;
    const probe = parse(prefix + probeLine(entry, doc.language)).ast;
    if (placedAt(probe, prefix.length)) placements.push({ entry, depth: nestingDepth(probe, prefix.length) });
  }
  return placements.sort((a, b) => b.depth - a.depth);
}

/** Whether the parser read the keyword line starting at `offset` into the tree (not misplaced, not a second process). */
export function placedAt(doc: DocumentNode, offset: number): boolean {
  return doc.keywords.some((k) => k.span.start === offset)
    && !doc.misplaced.some((m) => m.span.start <= offset && offset < m.span.end)
    && !doc.extraProcesses.some((p) => p.span.start === offset);
}

/**
 * One small document per keyword that ends with a well-placed line of it (found breadth-first from an empty document),
 * for tools that need to know how the parser treats each keyword in context.
 */
export function keywordContexts(language: Language): Map<KeywordEntry, string> {
  const contexts = new Map<KeywordEntry, string>();
  const queue = [''];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const entry of keywordTable) {
      if (contexts.has(entry)) continue;
      const text = next + probeLine(entry, language);
      if (!placedAt(parse(text).ast, next.length)) continue;
      contexts.set(entry, text);
      queue.push(`${text}\n`);
    }
  }
  return contexts;
}
