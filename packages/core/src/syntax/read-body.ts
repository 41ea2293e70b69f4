// Reading a long text in pieces cut just before step lines: each piece is lexed and parsed on its own, so its tokens
// die young instead of filling the heap, and the merged result is the one a single pass gives (tested).
import type { ILexingError, IRecognitionException, IToken, Lexer } from 'chevrotain';
import type { PhaseNode } from '../ast/nodes.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
import type { ParsedBody, PhaseParts, SopParser } from './parser.js';
import { keywordToken } from './tokens.js';
import { append } from '../model/append.js';

/** The size of a piece, in characters (pieces end at the first step line after it). */
export const pieceSize = 64 * 1024;

export interface ReadBody {
  readonly body: ParsedBody;
  /** How many pieces the text was read in. */
  pieces: number;
  readonly comments: IToken[];
  readonly lexErrors: ILexingError[];
  readonly parseErrors: IRecognitionException[];
  readonly diagnostics: PendingDiagnostic[];
}

/** Lexes and parses `source`, in pieces of about `size` characters. */
export function readBody(source: string, lexer: Lexer, parser: SopParser, size = pieceSize): ReadBody {
  const out: ReadBody = {
    body: { process: undefined, extraProcesses: [], phases: [], looseSteps: [], lateFields: [], lateKpis: [], forms: [], templates: [], tables: [], misplaced: [], strays: [], badLines: [], nestedBadLines: [], keywords: [] },
    comments: [], lexErrors: [], parseErrors: [], diagnostics: [], pieces: 0,
  };
  /** The phase the last piece ended in, with the parts the later pieces add to it. */
  let open: { index: number; added: PhaseParts } | undefined;
  for (let start = 0; start < source.length || start === 0;) {
    const end = pieceEnd(source, start + size, lexer);
    out.pieces++;
    const piece = lexer.tokenize(end === source.length && start === 0 ? source : source.slice(start, end));
    if (start > 0) moveTokens(piece.tokens, piece.groups['comments'] ?? [], piece.errors, start);
    parser.begin(piece.tokens, source);
    let body: ParsedBody;
    if (open) {
      const continued = parser.phaseContinued();
      for (const key of ['steps', 'fields', 'kpis', 'annotations'] as const) append(open.added[key] as unknown[], continued.phase[key]);
      body = continued.body;
    } else {
      body = parser.document();
    }
    merge(out.body, body);
    append(out.comments, piece.groups['comments'] ?? []);
    append(out.lexErrors, piece.errors);
    append(out.parseErrors, parser.errors);
    append(out.diagnostics, parser.diagnostics);
    append(out.body.keywords, parser.keywords);
    // Note: a piece ends before a step line, which closes everything up to a phase or the document; which of the two
    // holds the next piece's first lines is decided by what the document's last element is.
    const last = lastElement(out.body);
    const stillOpen = last?.type === 'phase' && open?.index === out.body.phases.length - 1;
    if (open && !stillOpen) {
      closePhase(out.body, open);
      open = undefined;
    }
    if (last?.type === 'phase' && !open) open = { index: out.body.phases.length - 1, added: { steps: [], fields: [], kpis: [], annotations: [] } };
    if (end >= source.length) break;
    start = end;
  }
  if (open) closePhase(out.body, open);
  return out;
}

/** The start of the first line at or after `from` whose first token is a step keyword (or the end of the text). */
function pieceEnd(source: string, from: number, lexer: Lexer): number {
  if (from >= source.length) return source.length;
  let line = source.indexOf('\n', from - 1) + 1;
  const step = keywordToken('step');
  while (line > 0 && line < source.length) {
    const next = source.indexOf('\n', line);
    const text = source.slice(line, next < 0 ? source.length : next);
    if (/^[ \t\u3000]*[^ \t\u3000#\r-]/.test(text) && lexer.tokenize(text).tokens[0]?.tokenType === step) return line;
    line = next + 1;
  }
  return source.length;
}

function moveTokens(tokens: IToken[], comments: IToken[], errors: ILexingError[], by: number): void {
  for (const token of tokens) token.startOffset += by;
  for (const comment of comments) comment.startOffset += by;
  for (const error of errors) (error as { offset: number }).offset += by;
}

/** The element of the document that ends last (the phase, step, form … the next piece's first lines follow). */
function lastElement(body: ParsedBody): { type: string; span: { start: number } } | undefined {
  let last: { type: string; span: { start: number } } | undefined;
  const consider = (items: readonly { type: string; span: { start: number } }[]) => {
    const item = items[items.length - 1];
    if (item && (!last || item.span.start > last.span.start)) last = item;
  };
  consider(body.process ? [body.process] : []);
  for (const items of [body.extraProcesses, body.phases, body.looseSteps, body.lateFields, body.lateKpis, body.forms, body.templates, body.tables, body.misplaced, body.badLines]) consider(items);
  return last;
}

/** The lists of a body that pieces add to (keywords are taken from the parser separately). */
const mergedLists = [
  'extraProcesses', 'phases', 'looseSteps', 'lateFields', 'lateKpis', 'forms', 'templates', 'tables', 'misplaced', 'strays', 'badLines', 'nestedBadLines',
] as const satisfies readonly (keyof ParsedBody)[];

function merge(into: ParsedBody, body: ParsedBody): void {
  if (body.process) {
    if (into.process) into.extraProcesses.push(body.process);
    else into.process = body.process;
  }
  for (const key of mergedLists) append(into[key] as unknown[], body[key]);
}

/** Rebuilds an open phase with what later pieces added to it. */
function closePhase(body: ParsedBody, open: { index: number; added: PhaseParts }): void {
  const phase = body.phases[open.index]!;
  const { added } = open;
  if (added.steps.length + added.fields.length + added.kpis.length + added.annotations.length === 0) return;
  let end = phase.span.end;
  for (const list of [added.steps, added.fields, added.kpis, added.annotations]) for (const node of list) if (node.span.end > end) end = node.span.end;
  const merged: PhaseNode = {
    ...phase,
    steps: [...phase.steps, ...added.steps],
    fields: [...phase.fields, ...added.fields],
    kpis: [...phase.kpis, ...added.kpis],
    annotations: [...phase.annotations, ...added.annotations],
    span: { start: phase.span.start, end },
  };
  body.phases[open.index] = merged;
}
