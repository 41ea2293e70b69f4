// Template mistakes as positioned diagnostics: Handlebars' parse and strict-mode errors, unknown helpers and partials, unescaped output.
import { LineMap, type Diagnostic, type MessageLanguage, type Range } from '@sopkit/core';
import Handlebars from 'handlebars';
import { checklistDiagnostic } from './checklist-diagnostic.js';
import { HelperMisuse } from './helpers.js';
import type { TemplateFile } from './template-files.js';

/** Diagnostics about one template file (a built-in partial or the trainer's own file). */
export interface TemplateProblem {
  readonly file: TemplateFile;
  readonly lines: LineMap;
  readonly diagnostics: readonly Diagnostic[];
}

type Loc = { start: { line: number; column: number }; end: { line: number; column: number } };
type AnyNode = { type: string; loc?: Loc; [key: string]: unknown };

/** Handlebars' 1-based line, 0-based column → our range. */
function rangeOf(lines: LineMap, loc: Loc): Range {
  const point = (p: { line: number; column: number }) => lines.point(lines.offsetAt(p.line, p.column + 1));
  return { start: point(loc.start), end: point(loc.end) };
}

function wholeLine(lines: LineMap, line: number): Range {
  const start = lines.offsetAt(line, 1);
  return lines.range({ start, end: start + lines.lineText(line).length });
}

/** Every node of a template's syntax tree, depth first. */
function walk(node: unknown, visit: (node: AnyNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as AnyNode;
  if (typeof n.type === 'string') visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && value && typeof value === 'object') walk(value, visit);
}

/** Where a name is first used: in a path, or as a partial. */
function findUse(text: string, name: string, kind: 'path' | 'partial'): Loc | undefined {
  let ast: unknown;
  try {
    ast = Handlebars.parse(text);
  } catch {
    return undefined;
  }
  let found: Loc | undefined;
  walk(ast, (node) => {
    if (found || !node.loc) return;
    if (kind === 'partial' && (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement')) {
      if ((node['name'] as { original?: unknown }).original === name) found = node.loc;
    } else if (kind === 'path' && node.type === 'PathExpression' && (node['parts'] as unknown[]).includes(name)) {
      found = node.loc;
    }
  });
  return found;
}

/** Helpers that Handlebars itself provides. */
const handlebarsHelpers = ['if', 'unless', 'each', 'with', 'lookup', 'log'];

/**
 * What can be found before running a template: syntax errors, unescaped outputs (`{{{x}}}`, `{{& x}}`, refused because all SOP
 * text must be escaped), and helpers or partials that do not exist.
 */
export function staticProblems(file: TemplateFile, known: { helpers: readonly string[]; partials: readonly string[] }, language: MessageLanguage): TemplateProblem | undefined {
  let ast: unknown;
  try {
    ast = Handlebars.parse(file.text);
  } catch (error) {
    return syntaxProblem(file, error, language);
  }
  const lines = new LineMap(file.text);
  const diagnostics: Diagnostic[] = [];
  const helpers = [...handlebarsHelpers, ...known.helpers];
  walk(ast, (node) => {
    if (!node.loc) return;
    const range = rangeOf(lines, node.loc);
    if (node.type === 'MustacheStatement' && node['escaped'] === false) {
      const expression = file.text.slice(range.start.offset, range.end.offset);
      const inner = expression.replace(/^\{\{\{?&?~?\s*|\s*~?\}?\}\}$/g, '');
      diagnostics.push(checklistDiagnostic('SOP3103', { expression, name: inner }, language, range));
    }
    const path = node['path'] as { type?: string; original?: unknown; parts?: unknown[]; data?: boolean } | undefined;
    const called = ['MustacheStatement', 'BlockStatement', 'SubExpression'].includes(node.type)
      && path?.type === 'PathExpression' && path.parts?.length === 1 && !path.data
      && ((node['params'] as unknown[]).length > 0 || node['hash'] !== undefined || node.type !== 'MustacheStatement');
    if (called && !helpers.includes(String(path.original))) {
      const name = String(path.original);
      const what = language === 'en' ? 'helper' : '辅助函数';
      diagnostics.push(checklistDiagnostic('SOP3104', { what, name, hint: hint(name, helpers, language) }, language, range));
    }
    const partial = node['name'] as { type?: string; original?: unknown } | undefined;
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && partial?.type === 'PathExpression') {
      const name = String(partial.original);
      if (name !== '@partial-block' && !known.partials.includes(name)) {
        const what = language === 'en' ? 'partial' : '片段';
        diagnostics.push(checklistDiagnostic('SOP3104', { what, name, hint: hint(name, known.partials, language) }, language, range));
      }
    }
  });
  return diagnostics.length > 0 ? { file, lines, diagnostics } : undefined;
}

/** A Handlebars parse or compile error as a diagnostic on its line. */
export function syntaxProblem(file: TemplateFile, error: unknown, language: MessageLanguage): TemplateProblem {
  const lines = new LineMap(file.text);
  const message = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
  const line = located.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const range = located.lineNumber !== undefined && located.column !== undefined
    ? rangeOf(lines, { start: { line, column: located.column }, end: { line: located.endLineNumber ?? line, column: located.endColumn ?? located.column + 1 } })
    : wholeLine(lines, line);
  const detail = message.split('\n').pop()!.replace(/ - \d+:\d+$/, '');
  return { file, lines, diagnostics: [checklistDiagnostic('SOP3101', { detail }, language, range)] };
}

/** Every key in a value (for "did you mean"). */
function keysOf(value: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8 || !value || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) keysOf(item, into, depth + 1);
    return into;
  }
  for (const [key, item] of Object.entries(value)) {
    into.add(key);
    keysOf(item, into, depth + 1);
  }
  return into;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function hint(name: string, candidates: Iterable<string>, language: MessageLanguage): string {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: { candidate: string; score: [number, number] } | undefined;
  for (const candidate of new Set(candidates)) {
    const score: [number, number] = [distance(name.toLowerCase(), candidate.toLowerCase()), Math.abs(candidate.length - name.length)];
    if (score[0] > limit || score[0] === 0) continue;
    if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { candidate, score };
  }
  if (!best) return '';
  return language === 'en' ? ` Did you mean “${best.candidate}”?` : `是不是要写「${best.candidate}」？`;
}

export interface RunFailure {
  readonly error: unknown;
  /** The templates the error passed through, innermost first (a partial, …, the template that was run). */
  readonly files: readonly TemplateFile[];
  readonly context: unknown;
  readonly partials: readonly string[];
}

/**
 * The file an error belongs to: the innermost whose line at the error's place names what failed. (The content of a partial
 * block, `{{#> page}}…{{/page}}`, runs inside the partial but is written in the template that calls it.)
 */
function fileOf(error: unknown, message: string, files: readonly TemplateFile[]): TemplateFile {
  const line = error instanceof HelperMisuse ? error.loc?.start.line : (error as { lineNumber?: number }).lineNumber;
  const name = error instanceof HelperMisuse ? error.helper : /^"(.+)" not defined in/.exec(message)?.[1];
  if (line === undefined || name === undefined) return files[0]!;
  return files.find((f) => new LineMap(f.text).lineText(line).includes(name)) ?? files[0]!;
}

/** An error thrown while a template ran, as a diagnostic naming the field, helper or partial and its place. */
export function runProblem({ error, files, context, partials }: RunFailure, language: MessageLanguage): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const file = fileOf(error, message, files);
  const lines = new LineMap(file.text);
  const at = (loc: Loc | undefined) => (loc ? rangeOf(lines, loc) : undefined);
  const problem = (diagnostic: Diagnostic): TemplateProblem => ({ file, lines, diagnostics: [diagnostic] });

  if (error instanceof HelperMisuse) return problem(checklistDiagnostic('SOP3105', { detail: error.message }, language, at(error.loc)));

  const strict = /^"(.+)" not defined in (.+?)(?: - \d+:\d+)?$/.exec(message);
  const located = error as { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
  if (strict) {
    const range = located.lineNumber !== undefined
      ? rangeOf(lines, { start: { line: located.lineNumber, column: located.column ?? 0 }, end: { line: located.endLineNumber ?? located.lineNumber, column: located.endColumn ?? (located.column ?? 0) + 1 } })
      : at(findUse(file.text, strict[1]!, 'path'));
    const expression = range ? file.text.slice(range.start.offset, range.end.offset) : strict[1]!;
    const segments = expression.split(/[./]/).filter((s) => s !== '' && s !== 'this' && s !== '..' && !s.startsWith('@'));
    const index = segments.lastIndexOf(strict[1]!);
    // Note: Handlebars does not check the first segment of a path; `nope.deep` fails on "deep" in undefined.
    const field = strict[2] === 'undefined' && index > 0 ? segments[index - 1]! : strict[1]!;
    return problem(checklistDiagnostic('SOP3102', { field, expression, hint: hint(field, keysOf(context), language) }, language, range));
  }
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) {
    const what = language === 'en' ? 'partial' : '片段';
    return problem(checklistDiagnostic('SOP3104', { what, name: partial[1]!, hint: hint(partial[1]!, partials, language) }, language, at(findUse(file.text, partial[1]!, 'partial'))));
  }
  const intoText = /Cannot use 'in' operator to search for '(.+)' in/.exec(message);
  if (intoText) {
    const range = at(findUse(file.text, intoText[1]!, 'path'));
    const expression = range ? file.text.slice(range.start.offset, range.end.offset) : intoText[1]!;
    return problem(checklistDiagnostic('SOP3102', { field: intoText[1]!, expression, hint: '' }, language, range));
  }
  if (located.lineNumber !== undefined || message.startsWith('Parse error')) return syntaxProblem(file, error, language);
  return problem(checklistDiagnostic('SOP3105', { detail: message }, language));
}
