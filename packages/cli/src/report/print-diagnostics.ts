// Compiler-style diagnostic output: `path:line:col: severity SOPxxxx: message`, the source line, and ^~~~ under the range.
import { displayWidth, type Diagnostic, type LineMap } from '@sopkit/core/check';
import picocolors from 'picocolors';

export interface Style {
  readonly color: boolean;
}

/** Colours only for a terminal that wants them (NO_COLOR respected, FORCE_COLOR honoured). */
export function outputStyle(stream: NodeJS.WriteStream): Style {
  if (process.env['NO_COLOR']) return { color: false };
  if (process.env['FORCE_COLOR'] && process.env['FORCE_COLOR'] !== '0') return { color: true };
  return { color: Boolean(stream.isTTY) };
}

function paint(style: Style, fn: (s: string) => string, text: string): string {
  return style.color ? fn(text) : text;
}

/** Note: colours are always created and applied only when wanted, so a start-up snapshot made without a terminal still colours. */
const pc = picocolors.createColors(true);
const severityColor = { error: pc.red, warning: pc.yellow, info: pc.cyan } as const;

/** Formats one diagnostic with its source excerpt. */
export function formatDiagnostic(path: string, diagnostic: Diagnostic, lines: LineMap | undefined, style: Style): string {
  const { start, end } = diagnostic.range;
  const where = lines ? `${path}:${start.line}:${start.column}` : path;
  const head = `${paint(style, pc.bold, `${where}:`)} ${paint(style, severityColor[diagnostic.severity], diagnostic.severity)} ${paint(style, pc.dim, `${diagnostic.code}:`)} ${diagnostic.message}`;
  if (!lines) return head;
  const text = lines.lineText(start.line);
  const gutter = String(start.line).length;
  const before = text.slice(0, start.column - 1);
  const lastColumn = end.line === start.line ? end.column : text.length + 1;
  const under = text.slice(start.column - 1, Math.max(start.column, lastColumn) - 1);
  const pad = ' '.repeat(displayWidth(expandTabs(before)));
  const width = Math.max(1, displayWidth(expandTabs(under)));
  const marker = `^${'~'.repeat(width - 1)}`;
  const out = [head, `${' '.repeat(gutter)} |`, `${start.line} | ${expandTabs(text)}`, `${' '.repeat(gutter)} | ${pad}${paint(style, severityColor[diagnostic.severity], marker)}`];
  for (const related of diagnostic.related ?? []) {
    out.push(`${' '.repeat(gutter)} = ${path}:${related.range.start.line}:${related.range.start.column}: ${related.message}`);
  }
  return out.join('\n');
}

function expandTabs(text: string): string {
  return text.replace(/\t/g, '    ');
}

/** The JSON form of one diagnostic for `--format json`. */
export function diagnosticJson(file: string, diagnostic: Diagnostic) {
  const point = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });
  return {
    file,
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    range: { start: point(diagnostic.range.start), end: point(diagnostic.range.end) },
    ...(diagnostic.related && { related: diagnostic.related.map((r) => ({ message: r.message, range: { start: point(r.range.start), end: point(r.range.end) } })) }),
    ...(diagnostic.fix && { fix: { title: diagnostic.fix.title, newText: diagnostic.fix.newText, range: { start: point(diagnostic.fix.range.start), end: point(diagnostic.fix.range.end) } } }),
  };
}
