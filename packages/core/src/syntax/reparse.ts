// reparse(): the next version of a parsed document, re-reading only the steps an edit touched and reusing the rest of
// the previous tree (moved by the edit's length), as editors' incremental parsers do; anything less local is parsed whole.
import type { CommentNode, DocumentNode, KeywordUse, PhaseNode, Span, StepNode } from '../ast/nodes.js';
import { shifted, shiftInPlace } from '../ast/shift.js';
import { LineMap } from '../diagnostics/line-map.js';
import { messageLanguage, resolveDiagnostics, sortDiagnostics, type PendingDiagnostic } from '../diagnostics/messages.js';
import { languagesOfWord, type KeywordKind } from './keywords.js';
import { chooseLanguage } from './language.js';
import { keywordLanguageDiagnostics, lexerDiagnostics, normaliseSource, parse, tools, type ParseOptions, type ParseResult } from './parse.js';

/**
 * Keyword lines that only a phase or the document accepts: a step ends before them whatever it contains, so an edited
 * step followed by one cannot reach further than before.
 */
const boundaryKinds = new Set<KeywordKind>(['process', 'phase', 'step', 'form', 'template', 'table']);

/**
 * Parses `text`, the next version of the document `previous` was parsed from. Gives the same result as `parse(text)`
 * (tested on random edits); faster when the edit lies within consecutive steps and keeps the document's structure.
 */
export function reparse(previous: ParseResult, text: string, options: ParseOptions = {}): ParseResult {
  const source = normaliseSource(text);
  return reparseSteps(previous, source, options) ?? parse(source, options);
}

/** A run of steps of one container (a phase, or the steps outside phases) and the text they own, blank lines included. */
interface Region {
  readonly phase: PhaseNode | undefined;
  readonly steps: readonly StepNode[];
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/** Parses whose trees a reparse has taken over (moved in place): they cannot serve as the previous version again. */
const consumed = new WeakSet<ParseResult>();

function reparseSteps(previous: ParseResult, source: string, options: ParseOptions): ParseResult | undefined {
  if (consumed.has(previous)) return undefined;
  const old = previous.lines.text;
  const doc = previous.ast;
  const msgLanguage = options.messageLanguage ?? messageLanguage(doc.language);
  if (msgLanguage !== previous.messageLanguage || previous.pending.some((d) => d.code === 'SOP1013')) return undefined;

  // The edit: the text between the common prefix and the common suffix of the two versions.
  const from = commonPrefix(old, source);
  const suffix = commonSuffix(old, source, Math.min(old.length, source.length) - from);
  const delta = source.length - old.length;
  const region = editedRegion(doc, old, from, old.length - suffix);
  if (!region || !endsAtBoundary(doc.keywords, old, region.end)) return undefined;

  // The region alone, as a document of its own: it must still be nothing but steps (and comments).
  const { lexer, parser } = tools();
  const slice = source.slice(region.start, region.end + delta);
  const lexed = lexer.tokenize(slice);
  parser.begin(lexed.tokens);
  const body = parser.document();
  if (parser.errors.length > 0 || body.looseSteps.length === 0 || body.process || body.extraProcesses.length > 0 || body.phases.length > 0 ||
    body.lateFields.length > 0 || body.lateKpis.length > 0 || body.forms.length > 0 || body.templates.length > 0 || body.tables.length > 0 ||
    body.misplaced.length > 0 || body.badLines.length > 0) return undefined;

  const at = region.start;
  const steps = body.looseSteps;
  const regionKeywords = parser.keywords;
  // Note: the diagnostics may hold spans of the nodes, so they are copied before the nodes move.
  const regionPending: PendingDiagnostic[] = shifted(parser.diagnostics, at);
  shiftInPlace(steps, regionKeywords, at);
  lexerDiagnostics(lexed.errors.map((e) => ({ ...e, offset: e.offset + at })), source, regionPending);
  const regionComments = (lexed.groups['comments'] ?? []).map((c): CommentNode => ({
    type: 'comment', text: c.image, span: { start: c.startOffset + at, end: c.startOffset + at + c.image.length },
  }));

  // Everything after the region keeps its nodes, moved by the edit's length (collected first, moved at the end).
  const after = region.end;
  const moving: object[] = [];
  const collect = (...lists: readonly (readonly { readonly span: Span }[])[]): void => {
    for (const nodes of lists) for (const node of nodes) if (node.span.start >= after) moving.push(node);
  };
  const keywordsFrom = firstAtOrAfter(doc.keywords, region.start);
  const keywordsAfter = firstAtOrAfter(doc.keywords, after);
  const commentsFrom = firstAtOrAfter(doc.comments, region.start);
  const commentsAfter = firstAtOrAfter(doc.comments, after);
  if (!languageKept(doc, keywordsFrom)) {
    const keywords = [...doc.keywords.slice(0, keywordsFrom), ...regionKeywords, ...doc.keywords.slice(keywordsAfter)];
    const comments = [...doc.comments.slice(0, commentsFrom), ...regionComments, ...doc.comments.slice(commentsAfter)];
    const language = chooseLanguage(
      comments.filter((c) => c.span.start < (keywords[0]?.span.start ?? Infinity)).map((c) => ({ startOffset: c.span.start, image: c.text })),
      keywords, [],
    );
    if (language.language !== doc.language || language.source !== doc.languageSource) return undefined;
  }
  keywordLanguageDiagnostics(regionKeywords, doc.language, msgLanguage, regionPending);

  // From here on the previous tree is taken over: its lists are spliced and its nodes after the region moved in place.
  consumed.add(previous);
  const keywords = doc.keywords as KeywordUse[];
  keywords.splice(keywordsFrom, keywordsAfter - keywordsFrom, ...regionKeywords);
  const comments = doc.comments as CommentNode[];
  comments.splice(commentsFrom, commentsAfter - commentsFrom, ...regionComments);
  const replaceSteps = (list: readonly StepNode[]) => {
    const rest = list.slice(region.last + 1);
    moving.push(rest);
    return [...list.slice(0, region.first), ...steps, ...rest];
  };
  let container: PhaseNode | undefined;
  collect(doc.phases, doc.extraProcesses, doc.forms, doc.templates, doc.tables, doc.misplaced, doc.badLines);
  const phases = doc.phases.map((phase): PhaseNode => {
    if (phase !== region.phase) return phase;
    collect(phase.fields, phase.kpis, phase.annotations);
    container = { ...phase, steps: replaceSteps(phase.steps) };
    return container;
  });
  if (doc.process) {
    if (doc.process.span.start >= after) moving.push(doc.process);
    else collect(doc.process.fields, doc.process.kpis, doc.process.annotations);
  }
  if (region.phase) collect(doc.looseSteps);
  const looseSteps = region.phase ? doc.looseSteps : replaceSteps(doc.looseSteps);
  const pending = [
    ...previous.pending.filter((d) => d.span.start < region.start),
    ...regionPending,
    ...previous.pending.filter((d) => d.span.start >= after).map((d) => shifted(d, delta)),
  ];
  shiftInPlace(moving, keywords, delta, keywordsFrom + regionKeywords.length);
  for (let i = commentsFrom + regionComments.length; i < comments.length; i++) {
    const span = comments[i]!.span as { start: number; end: number };
    span.start += delta;
    span.end += delta;
  }

  const ast: DocumentNode = {
    ...doc,
    uri: options.uri ?? '',
    phases: phases.map((phase) => (phase === container ? withEnd(phase) : phase)),
    looseSteps,
    comments,
    keywords,
    span: { start: 0, end: source.length },
  };
  const lines = new LineMap(source);
  return { ast, diagnostics: sortDiagnostics(resolveDiagnostics(pending, lines, msgLanguage)), lines, pending, messageLanguage: msgLanguage };
}

/**
 * True when the language the document was read in cannot depend on the region starting at keyword `from`: a directive
 * or the first keyword only one language uses lies before it (as in any document that starts with its header).
 */
function languageKept(doc: DocumentNode, from: number): boolean {
  if (from === 0) return false;
  if (doc.languageSource === 'directive') return true;
  for (let i = 0; i < from; i++) {
    const keyword = doc.keywords[i]!;
    if (languagesOfWord(keyword.kind, keyword.image).length === 1) return true;
  }
  return false;
}

/** A phase whose span ends where its last part ends (its steps changed). */
function withEnd(phase: PhaseNode): PhaseNode {
  return { ...phase, span: { start: phase.span.start, end: lastEnd(phase.keyword.span.end, phase.steps, phase.fields, phase.kpis, phase.annotations) } };
}

/** The consecutive steps of one container whose text holds the changed range [from, to) of the old text, if any. */
function editedRegion(doc: DocumentNode, old: string, from: number, to: number): Region | undefined {
  let best: { phase: PhaseNode | undefined; steps: readonly StepNode[]; index: number; start: number } | undefined;
  const consider = (phase: PhaseNode | undefined, steps: readonly StepNode[]) => {
    // The last step whose line starts at or before `from`.
    let low = 0;
    let high = steps.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (lineStart(old, steps[mid]!.span.start) <= from) { found = mid; low = mid + 1; } else high = mid - 1;
    }
    if (found < 0) return;
    const start = lineStart(old, steps[found]!.span.start);
    if (!best || start > best.start) best = { phase, steps, index: found, start };
  };
  for (const phase of doc.phases) consider(phase, phase.steps);
  consider(undefined, doc.looseSteps);
  if (!best) return undefined;
  const { steps, index, start } = best;
  let last = index;
  let end = regionEnd(old, steps[last]!);
  // Note: an edit starting right after the step's text, on a line that is not a step's, belongs to what is there.
  if (end === from && from < old.length) return undefined;
  while (end < to || (end === to && end < old.length)) {
    // The edit reaches past this step's text (or into the line break that ends it): the next step must start right
    // there, in the same container.
    const next = steps[last + 1];
    if (!next || lineStart(old, next.span.start) !== end) return undefined;
    last++;
    end = regionEnd(old, next);
  }
  return { phase: best.phase, steps, first: index, last, start, end };
}

/**
 * The length of the common prefix of two strings. Note: a binary search over native comparisons of slices, which for a
 * document of a megabyte is several times faster than comparing character by character.
 */
function commonPrefix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The length of the common suffix of two strings, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The offset of the start of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the text a step owns ends: the start of the first line after it that is neither blank nor a comment. */
function regionEnd(text: string, step: StepNode): number {
  const newline = text.indexOf('\n', step.span.end);
  let line = newline < 0 ? text.length : newline + 1;
  while (line < text.length) {
    let i = line;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== 35 /* # */) return line;
    const next = text.indexOf('\n', i);
    line = next < 0 ? text.length : next + 1;
  }
  return text.length;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0x3000;
}

/** True when the line at `end` (old text) starts with a keyword that closes any step, or when the text ends there. */
function endsAtBoundary(keywords: readonly KeywordUse[], old: string, end: number): boolean {
  if (end >= old.length) return true;
  const keyword = keywords[firstAtOrAfter(keywords, end)];
  if (!keyword || !boundaryKinds.has(keyword.kind)) return false;
  for (let i = end; i < keyword.span.start; i++) if (!isSpace(old.charCodeAt(i))) return false;
  return true;
}

/** The index of the first node starting at or after `offset` in a list sorted by start. */
function firstAtOrAfter(nodes: readonly { readonly span: Span }[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid]!.span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lastEnd(end: number, ...groups: readonly (readonly { readonly span: Span }[])[]): number {
  for (const group of groups) for (const node of group) if (node.span.end > end) end = node.span.end;
  return end;
}
