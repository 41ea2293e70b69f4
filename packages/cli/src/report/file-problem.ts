// File-level problems (SOP4xxx) as diagnostics without a position.
import { catalogue, formatMessage, type Diagnostic, type MessageLanguage } from '@sopkit/core/check';
import type { FileProblem } from '../io/sources.js';

const origin = { line: 1, column: 1, offset: 0 };

export function fileProblemDiagnostic(problem: FileProblem, language: MessageLanguage): Diagnostic {
  const args = { detail: problem.detail[language], path: problem.path };
  return { code: problem.code, severity: catalogue[problem.code].severity, message: formatMessage(problem.code, args, language), range: { start: origin, end: origin } };
}
