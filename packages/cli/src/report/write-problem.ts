// A failed write of an output file as a diagnostic (SOP4003), in the reader's language.
import { formatMessage, type Diagnostic, type MessageLanguage } from '@sopkit/core';
import { describe } from '../io/sources.js';

const origin = { line: 1, column: 1, offset: 0 };

/** "Cannot write out/x.pdf: permission denied". */
export function writeProblem(path: string, error: unknown, language: MessageLanguage): Diagnostic {
  return { code: 'SOP4003', severity: 'error', message: formatMessage('SOP4003', { path, detail: describe(error, language) }, language), range: { start: origin, end: origin } };
}
