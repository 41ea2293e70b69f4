// check(): parse + validate in one call, the diagnostics a user sees for one file; recheck() does the same for an edit.
import type { DocumentNode } from './ast/nodes.js';
import type { LineMap } from './diagnostics/line-map.js';
import { sortDiagnostics } from './diagnostics/messages.js';
import type { Language } from './syntax/keywords.js';
import type { Diagnostic } from './diagnostics/types.js';
import { parse, type ParseResult } from './syntax/parse.js';
import { reparse } from './syntax/reparse.js';
import { validate } from './validate/validate.js';

export interface CheckResult {
  readonly ast: DocumentNode;
  readonly lines: LineMap;
  readonly diagnostics: Diagnostic[];
  /** The parse this result is based on (what recheck() reuses). */
  readonly parsed: ParseResult;
}

export interface CheckOptions {
  readonly uri?: string;
  /** The language of messages (zh-TW: zh-CN's words in Traditional characters); defaults to the document's language. */
  readonly messageLanguage?: Language;
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  return validated(parse(text, options), options);
}

/**
 * check() for the next version of a document already checked: the steps an edit touched are parsed again and the rest
 * of the tree is reused (see reparse()); the result is the same as check(text, options).
 */
export function recheck(previous: CheckResult, text: string, options: CheckOptions = {}): CheckResult {
  return validated(reparse(previous.parsed, text, options), options);
}

function validated(parsed: ParseResult, options: CheckOptions): CheckResult {
  const more = validate(parsed.ast, parsed.lines, options.messageLanguage);
  return { ast: parsed.ast, lines: parsed.lines, diagnostics: sortDiagnostics([...parsed.diagnostics, ...more]), parsed };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
