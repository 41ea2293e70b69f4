// The formatter's one structural table: which keyword lines open a top-level block. Everything else is indented by the
// tree the parser builds (one level below the element that owns the line), so a new nested keyword needs no entry here.
import type { KeywordKind } from '../syntax/keywords.js';

/** Spaces per nesting level. */
export const indentUnit = '  ';

/**
 * Keyword lines that open a top-level block: they stand at column 0 (a phase owns its steps without indenting them)
 * and are preceded by one blank line.
 */
export const blockKinds: ReadonlySet<KeywordKind> = new Set<KeywordKind>(['process', 'phase', 'step', 'table', 'form', 'template']);

/** Lines that belong to an element but read as its siblings: `或:` is another problem sharing the remedies below. */
export const siblingKinds: ReadonlySet<KeywordKind> = new Set<KeywordKind>(['alsoProblem']);
