// Diagram diagnostics (SOP32xx, from core's one catalogue) without a source position, in the reader's language.
import { catalogue, formatMessage, type Diagnostic, type MessageLanguage } from '@sopkit/core';

export type DiagramCode = 'SOP3201' | 'SOP3202' | 'SOP3203' | 'SOP3204';

const origin = { line: 1, column: 1, offset: 0 };

/** A diagram diagnostic (without a position) in the reader's language; arguments fill `{name}` slots. */
export function diagramDiagnostic(code: DiagramCode, args: Readonly<Record<string, string>>, language: MessageLanguage): Diagnostic {
  return { code, severity: catalogue[code].severity, message: formatMessage(code, args, language), range: { start: origin, end: origin } };
}
