// format(): canonical layout of a .sop file from its tokens and tree; comments and unparsable lines are kept as written.
import type { Span } from '../ast/nodes.js';
import { parse } from '../syntax/parse.js';
import { majorityColon } from './colons.js';
import { indentUnit } from './nesting.js';
import { planLines, type LinePlan } from './plan-lines.js';
import { printLine } from './print-line.js';
import { sourceLines, type SourceLine } from './source-lines.js';
import { readStructure } from './structure.js';

export interface FormatOptions {
  /** Format only the lines this range of offsets touches (range formatting); the whole text when absent. */
  readonly range?: Span;
}

/** Replace `span` (offsets into the original text) with `newText`. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

const bom = '\uFEFF';

/**
 * The edits that bring `text` (or the lines of `options.range`) into canonical form: two spaces per nesting level,
 * the file's majority colon (followed by one space after `:`; a full-width `：` carries its own space), one blank line before each phase and step (and the comments
 * directly above it), no runs of blank lines, one line break at the end. Comment text, unrecognised lines and
 * misplaced elements are kept as written; a comment line takes the indentation of the keyword line directly below it.
 */
export function formatEdits(text: string, options: FormatOptions = {}): TextEdit[] {
  const shift = text.startsWith(bom) ? 1 : 0;
  const body = shift ? text.slice(1) : text;
  const parsed = parse(body);
  const source = parsed.lines.text;
  const lines = sourceLines(source);
  const structure = readStructure(parsed.ast, (offset) => {
    const newline = source.indexOf('\n', offset);
    return newline === -1 ? source.length : newline;
  });
  const plans = planLines(lines, structure);
  const colon = majorityColon(lines.flatMap((line) => line.tokens));
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const outputs = layout(lines, plans, colon, eol);
  const range = options.range && { start: options.range.start - shift, end: options.range.end - shift };
  const edits: TextEdit[] = [];
  for (const [i, line] of lines.entries()) {
    const end = lines[i + 1]?.start ?? body.length;
    if (range && !touches(line.start, end, range)) continue;
    const original = body.slice(line.start, end);
    const output = outputs[i]!;
    if (original !== output) edits.push({ span: { start: line.start + shift, end: end + shift }, newText: output });
  }
  return edits;
}

/** Whether a line [start, end) is in a range; a range ending at the very start of a line leaves that line out. */
function touches(start: number, end: number, range: Span): boolean {
  return start <= range.end && end > range.start && (start < range.end || range.start === range.end);
}

/** The canonically formatted text (see {@link formatEdits}). */
export function format(text: string, options: FormatOptions = {}): string {
  return applyEdits(text, formatEdits(text, options));
}

/** Applies non-overlapping edits (sorted or not) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, edit.span.start) + edit.newText;
    at = edit.span.end;
  }
  return out + text.slice(at);
}

/** The new text of each line, line break included ('' when the line goes away). */
function layout(lines: readonly SourceLine[], plans: readonly LinePlan[], colon: string, eol: string): string[] {
  const outputs: string[] = lines.map(() => '');
  let written = false;
  let pendingBlank: number | undefined;
  let blankRun = false;
  for (const [i, plan] of plans.entries()) {
    if (plan.kind === 'blank') {
      if (!blankRun) pendingBlank = i;
      blankRun = true;
      continue;
    }
    const content = lineContent(lines, plans, i, colon);
    const wantsBlank = written && (pendingBlank !== undefined || opensBlock(plans, i));
    if (wantsBlank && pendingBlank !== undefined) outputs[pendingBlank] = eol;
    outputs[i] = (wantsBlank && pendingBlank === undefined ? eol : '') + content + eol;
    written = true;
    pendingBlank = undefined;
    blankRun = false;
  }
  return outputs;
}

function lineContent(lines: readonly SourceLine[], plans: readonly LinePlan[], i: number, colon: string): string {
  const plan = plans[i]!;
  const line = lines[i]!;
  if (plan.kind === 'code') return printLine(plan.tokens, indentUnit.repeat(plan.depth), colon);
  if (plan.kind === 'comment') {
    const below = codeBelow(plans, i);
    return below ? indentUnit.repeat(below.depth) + plan.text : line.text;
  }
  return line.text;
}

/** The keyword line directly below a run of comment lines (no blank line between), if there is one. */
function codeBelow(plans: readonly LinePlan[], i: number): Extract<LinePlan, { kind: 'code' }> | undefined {
  for (let j = i + 1; j < plans.length; j++) {
    const plan = plans[j]!;
    if (plan.kind === 'comment') continue;
    return plan.kind === 'code' ? plan : undefined;
  }
  return undefined;
}

/** Whether line `i` starts a block: a block line, or the first of the comment lines directly above one. */
function opensBlock(plans: readonly LinePlan[], i: number): boolean {
  const plan = plans[i]!;
  if (plan.kind === 'code') return plan.block && plans[i - 1]?.kind !== 'comment';
  if (plan.kind !== 'comment' || plans[i - 1]?.kind === 'comment') return false;
  return codeBelow(plans, i)?.block ?? false;
}
