// Checklist diagnostics (SOP31xx, from core's one catalogue) in the reader's language.
import { catalogue, formatMessage, type Diagnostic, type MessageLanguage, type Range } from '@sopkit/core';

export type ChecklistCode = 'SOP3101' | 'SOP3102' | 'SOP3103' | 'SOP3104' | 'SOP3105' | 'SOP3106' | 'SOP3107' | 'SOP3108' | 'SOP3109';

const origin = { line: 1, column: 1, offset: 0 };

/** A checklist diagnostic in the reader's language; arguments fill `{name}` slots. */
export function checklistDiagnostic(
  code: ChecklistCode,
  args: Readonly<Record<string, string>>,
  language: MessageLanguage,
  range: Range = { start: origin, end: origin },
): Diagnostic {
  return { code, severity: catalogue[code].severity, message: formatMessage(code, args, language), range };
}
