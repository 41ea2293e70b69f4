// compileProcess(): the whole checked path for one file — parse, validate, compile, schema-check.
import { check } from '../check.js';
import type { DocumentNode } from '../ast/nodes.js';
import type { LineMap } from '../diagnostics/line-map.js';
import { resolveDiagnostics, wordingFor } from '../diagnostics/messages.js';
import type { Language } from '../syntax/keywords.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { compileDocument } from './compile.js';
import type { ProcessJson } from './process-json.js';
import { schemaProblems } from './schema-check.js';

export interface CompileResult {
  /** The compiled process; undefined when there were errors. */
  readonly process: ProcessJson | undefined;
  readonly diagnostics: Diagnostic[];
  readonly lines: LineMap;
  readonly ast: DocumentNode;
}

export function compileProcess(text: string, options: { uri?: string; messageLanguage?: Language } = {}): CompileResult {
  const checked = check(text, options);
  if (checked.diagnostics.some((d) => d.severity === 'error')) return { process: undefined, diagnostics: checked.diagnostics, lines: checked.lines, ast: checked.ast };
  const process = compileDocument(checked.ast, checked.lines);
  const problems = schemaProblems(process);
  if (problems.length > 0) {
    const wording = wordingFor(checked.ast.language, options.messageLanguage);
    const internal = resolveDiagnostics([{ code: 'SOP3001', span: { start: 0, end: 0 }, args: { detail: problems.join('; ') } }], checked.lines, wording.language, wording.traditional);
    return { process: undefined, diagnostics: [...checked.diagnostics, ...internal], lines: checked.lines, ast: checked.ast };
  }
  return { process, diagnostics: checked.diagnostics, lines: checked.lines, ast: checked.ast };
}
