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
  const where = lines ? `${visible(path)}:${start.line}:${start.column}` : visible(path);
  const head = `${paint(style, pc.bold, `${where}:`)} ${paint(style, severityColor[diagnostic.severity], diagnostic.severity)} ${paint(style, pc.dim, `${diagnostic.code}:`)} ${visible(diagnostic.message)}`;
  if (!lines) return head;
  const line = visible(lines.lineText(start.line));
  const gutter = String(start.line).length;
  const lastColumn = end.line === start.line ? end.column : line.length + 1;
  // A long line is shown as a window around the range, marked with … where it is cut.
  const from = line.length <= excerptLength ? 0 : Math.max(0, Math.min(start.column - 1 - excerptLead, line.length - excerptLength));
  const to = Math.min(line.length, from + excerptLength);
  const cutBefore = from > 0 ? '…' : '';
  const text = `${cutBefore}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
  const before = cutBefore + line.slice(from, start.column - 1);
  const under = line.slice(start.column - 1, Math.min(to, Math.max(start.column, lastColumn) - 1));
  const pad = ' '.repeat(displayWidth(expandTabs(before)));
  const width = Math.max(1, displayWidth(expandTabs(under)));
  const marker = `^${'~'.repeat(width - 1)}`;
  const out = [head, `${' '.repeat(gutter)} |`, `${start.line} | ${expandTabs(text)}`, `${' '.repeat(gutter)} | ${pad}${paint(style, severityColor[diagnostic.severity], marker)}`];
  for (const related of diagnostic.related ?? []) {
    out.push(`${' '.repeat(gutter)} = ${visible(path)}:${related.range.start.line}:${related.range.start.column}: ${visible(related.message)}`);
  }
  return out.join('\n');
}

function expandTabs(text: string): string {
  return text.replace(/\t/g, '    ');
}

/** Characters of a long source line shown around a diagnostic's range, and of them before its start. */
const excerptLength = 120;
const excerptLead = 40;

/**
 * Control characters (other than the tab) as their visible pictures (ESC → ␛), one character each, and characters that
 * reorder or hide text (U+202E …) as �, so that a document or a file name can never drive the terminal (colours, window
 * title, clearing the screen) or disguise what it shows, and carets stay aligned.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
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
    ...(diagnostic.fix && { fix: { title: diagnostic.fix.title, newText: diagnostic.fix.newText, preferred: diagnostic.fix.preferred, range: { start: point(diagnostic.fix.range.start), end: point(diagnostic.fix.range.end) } } }),
  };
}
