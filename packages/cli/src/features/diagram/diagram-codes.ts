// Diagram diagnostics (SOP32xx, from core's one catalogue), at a place in the document or without one, in the reader's language.
import { catalogue, formatMessage, type Diagnostic, type MessageLanguage, type RangeJson } from '@sopkit/core';

export type DiagramCode = 'SOP3201' | 'SOP3202' | 'SOP3203' | 'SOP3204';

const origin = { line: 1, column: 1, offset: 0 };

/**
 * A diagram diagnostic in the reader's language, at `range` of the document (its compiled JSON's range) or without a
 * position; arguments fill `{name}` slots.
 */
export function diagramDiagnostic(code: DiagramCode, args: Readonly<Record<string, string>>, language: MessageLanguage, range?: RangeJson): Diagnostic {
  const at = range ? { start: point(range.start), end: point(range.end) } : { start: origin, end: origin };
  return { code, severity: catalogue[code].severity, message: formatMessage(code, args, language), range: at };
}

/** Note: the compiled JSON's points have no offset; no caller of a diagram diagnostic reads one. */
const point = (p: RangeJson['start']) => ({ line: p.line, column: p.column, offset: 0 });
