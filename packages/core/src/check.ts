// check(): parse + validate in one call, the diagnostics a user sees for one file.
import type { DocumentNode } from './ast/nodes.js';
import type { LineMap } from './diagnostics/line-map.js';
import { sortDiagnostics, type MessageLanguage } from './diagnostics/messages.js';
import type { Diagnostic } from './diagnostics/types.js';
import { parse } from './syntax/parse.js';
import { validate } from './validate/validate.js';

export interface CheckResult {
  readonly ast: DocumentNode;
  readonly lines: LineMap;
  readonly diagnostics: Diagnostic[];
}

export function check(text: string, options: { uri?: string; messageLanguage?: MessageLanguage } = {}): CheckResult {
  const parsed = parse(text, options);
  const more = validate(parsed.ast, parsed.lines, options.messageLanguage);
  return { ast: parsed.ast, lines: parsed.lines, diagnostics: sortDiagnostics([...parsed.diagnostics, ...more]) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
