// reparse(): the next version of a parsed document, re-reading only the steps an edit touched and reusing the rest of
// the previous tree (moved by the edit's length), as editors' incremental parsers do; anything less local is parsed whole.
import type { CommentNode, DocumentNode, KeywordUse, PhaseNode, Span, StepNode } from '../ast/nodes.js';
import { shifted, shiftInPlace } from '../ast/shift.js';
import { LineMap } from '../diagnostics/line-map.js';
import { resolveDiagnostics, sortDiagnostics, wordingFor, type PendingDiagnostic } from '../diagnostics/messages.js';
import type { KeywordKind } from './keywords.js';
import { chooseLanguage, decidedLanguage } from './language.js';
import { keywordLanguageDiagnostics, lexerDiagnostics, normaliseSource, parse, structureDiagnostics, tools, type ParseOptions, type ParseResult } from './parse.js';
import { allBadLines, allMisplaced, type ParsedBody, type PhaseParts } from './parser.js';
import { commonPrefix, commonSuffix, firstAtOrAfter, isSpace, lineStart, stepTextEnd } from './edit-range.js';
import { BadHeader, keywordToken } from './tokens.js';

/**
 * Keyword lines that open an element of the document's own (a process header, a phase): whatever the lines before them
 * were, the document reads on alike after them.
 */
const documentKinds = new Set<KeywordKind>(['process', 'phase']);

/**
 * Parses `text`, the next version of the document `previous` was parsed from. Gives the same result as `parse(text)`
 * (tested on random edits), re-reading only from the step the edit starts in: to the end of the steps it touched when
 * they stay steps of the same phase, else to the next phase or process line.
 */
export function reparse(previous: ParseResult, text: string, options: ParseOptions = {}): ParseResult {
  const source = normaliseSource(text);
  return reparseRegion(previous, source, options) ?? parse(source, options);
}

/** Parses whose trees a reparse has taken over (moved in place): they cannot serve as the previous version again. */
const consumed = new WeakSet<ParseResult>();

/** What a region of the new text holds, read as the continuation of the phase it starts in (or of the document). */
interface RegionRead {
  readonly phase: PhaseParts | undefined;
  readonly body: ParsedBody;
  readonly keywords: KeywordUse[];
  readonly comments: CommentNode[];
  readonly pending: PendingDiagnostic[];
}

function reparseRegion(previous: ParseResult, source: string, options: ParseOptions): ParseResult | undefined {
  if (consumed.has(previous)) return undefined;
  const old = previous.lines.text;
  const doc = previous.ast;
  const wording = wordingFor(doc.language, options.messageLanguage);
  const msgLanguage = wording.language;
  if (msgLanguage !== previous.messageLanguage || previous.pending.some((d) => d.code === 'SOP1013')) return undefined;

  // The edit: the text between the common prefix and the common suffix of the two versions.
  const from = commonPrefix(old, source);
  const to = old.length - commonSuffix(old, source, Math.min(old.length, source.length) - from);
  const delta = source.length - old.length;
  const first = stepAt(doc, old, from);
  if (!first) return undefined;
  const start = first.start;
  const phase = first.phase;

  // First the steps the edit touched, when the text after them starts with a step and the container reads on alike;
  // else everything up to the next line only the document accepts.
  let end = stepsEnd(old, first.steps, first.index, from, to);
  let read: RegionRead | undefined;
  if (end !== undefined && startsLine(doc.keywords, old, end, (kind) => kind === 'step' || documentKinds.has(kind))) {
    read = readRegion(source.slice(start, end + delta), start, phase !== undefined);
    const stepFollows = end < old.length && !startsLine(doc.keywords, old, end, (kind) => documentKinds.has(kind));
    if (read && stepFollows && !readsOnAlike(read)) read = undefined;
  }
  if (!read) {
    // Note: the line break before the region's end must be one the edit left alone.
    end = documentLineAfter(doc.keywords, old, Math.max(to, from) + 1);
    read = readRegion(source.slice(start, end + delta), start, phase !== undefined);
  }
  if (!read || end === undefined) return undefined;
  const after = end;
  // The process header and lines that belong to it are placed by a whole parse only.
  const process = doc.process;
  const inRegion = (node: { readonly span: Span }) => node.span.start >= start && node.span.start < after;
  if (process && (inRegion(process) || process.fields.some(inRegion) || process.kpis.some(inRegion) || process.annotations.some(inRegion))) return undefined;

  const keywordsFrom = firstAtOrAfter(doc.keywords, start);
  const keywordsAfter = firstAtOrAfter(doc.keywords, after);
  const commentsFrom = firstAtOrAfter(doc.comments, start);
  const commentsAfter = firstAtOrAfter(doc.comments, after);
  if (!languageKept(doc, keywordsFrom)) {
    const keywords = [...doc.keywords.slice(0, keywordsFrom), ...read.keywords, ...doc.keywords.slice(keywordsAfter)];
    const comments = [...doc.comments.slice(0, commentsFrom), ...read.comments, ...doc.comments.slice(commentsAfter)];
    const language = chooseLanguage(
      comments.filter((c) => c.span.start < (keywords[0]?.span.start ?? Infinity)).map((c) => ({ startOffset: c.span.start, image: c.text })),
      keywords, [],
    );
    if (language.language !== doc.language || language.source !== doc.languageSource) return undefined;
  }
  keywordLanguageDiagnostics(read.keywords, doc.language, msgLanguage, read.pending);
  structureDiagnostics({ ...read.body, keywords: read.keywords }, doc.language, msgLanguage, read.pending, elementBefore(doc, start)?.type === 'bad-line');
  // Note: pending diagnostics may hold spans of the nodes, so those after the region are copied before the nodes move.
  const pending = [
    ...previous.pending.filter((d) => d.span.start < start),
    ...read.pending,
    ...previous.pending.filter((d) => d.span.start >= after).map((d) => shifted(d, delta)),
  ];

  // From here on the previous tree is taken over: its lists are spliced and its nodes after the region moved in place.
  consumed.add(previous);
  const keywords = doc.keywords as KeywordUse[];
  keywords.splice(keywordsFrom, keywordsAfter - keywordsFrom, ...read.keywords);
  const comments = doc.comments as CommentNode[];
  comments.splice(commentsFrom, commentsAfter - commentsFrom, ...read.comments);
  const moving: object[] = [];
  const replace = <T extends { readonly span: Span }>(list: readonly T[], inserted: readonly T[]): T[] => {
    const rest = list.slice(firstAtOrAfter(list, after));
    moving.push(rest);
    return [...list.slice(0, firstAtOrAfter(list, start)), ...inserted, ...rest];
  };
  const { body } = read;
  const phases = replace(doc.phases, body.phases);
  const container = phase && phases.indexOf(phase);
  if (phase) {
    const parts = read.phase!;
    phases[container!] = ({
      ...phase,
      steps: replace(phase.steps, parts.steps), fields: replace(phase.fields, parts.fields), kpis: replace(phase.kpis, parts.kpis),
      annotations: replace(phase.annotations, parts.annotations),
    });
  }
  if (process) {
    if (process.span.start >= after) moving.push(process);
    else for (const list of [process.fields, process.kpis, process.annotations]) moving.push(list.filter((node) => node.span.start >= after));
  }
  const ast: DocumentNode = {
    ...doc,
    uri: options.uri ?? '',
    extraProcesses: replace(doc.extraProcesses, []),
    phases,
    looseSteps: replace(doc.looseSteps, body.looseSteps),
    forms: replace(doc.forms, body.forms),
    templates: replace(doc.templates, body.templates),
    tables: replace(doc.tables, body.tables),
    misplaced: replace(doc.misplaced, allMisplaced(body)),
    badLines: replace(doc.badLines, allBadLines(body)),
    comments,
    keywords,
    span: { start: 0, end: source.length },
  };
  shiftInPlace(moving, keywords, delta, keywordsFrom + read.keywords.length);
  for (let i = commentsFrom + read.comments.length; i < comments.length; i++) {
    const span = comments[i]!.span as { start: number; end: number };
    span.start += delta;
    span.end += delta;
  }
  // Note: the phase the region started in ends where its parts end, read once they have moved.
  if (container !== undefined) phases[container] = withEnd(phases[container]!, headerEnd(source, phase!.keyword.span.start));
  const lines = new LineMap(source);
  return { ast, diagnostics: sortDiagnostics(resolveDiagnostics(pending, lines, msgLanguage, wording.traditional)), lines, pending, messageLanguage: msgLanguage };
}

/**
 * Lexes and parses a region of the new text starting at offset `at` with a step line, as the rest of a phase (`inPhase`)
 * or of the document; its nodes are moved to their offsets in the whole text. Undefined when the region holds what
 * only a whole parse can place (a process header or process lines, or a syntax error the parser recovered from).
 */
function readRegion(slice: string, at: number, inPhase: boolean): RegionRead | undefined {
  const { lexer, parser } = tools();
  const lexed = lexer.tokenize(slice);
  // Note: the region must open with a line no element of the step before it can own (else it would join that step).
  const opening = lexed.tokens[0]?.tokenType;
  if (opening && opening !== BadHeader && ![...documentKinds, 'step' as const].some((kind) => keywordToken(kind) === opening)) return undefined;
  parser.begin(lexed.tokens, slice);
  let phase: PhaseParts | undefined;
  let body: ParsedBody;
  if (inPhase) ({ phase, body } = parser.phaseContinued());
  else body = parser.document();
  if (parser.errors.length > 0 || body.process || body.extraProcesses.length > 0 || body.lateFields.length > 0 || body.lateKpis.length > 0) return undefined;
  // Note: the diagnostics may hold spans of the nodes, so they are copied (and moved) before the nodes move.
  const found = [...parser.diagnostics];
  lexerDiagnostics(lexed.errors, slice, found);
  const pending: PendingDiagnostic[] = shifted(found, at);
  const keywords = parser.keywords;
  shiftInPlace([phase ?? {}, body.phases, body.looseSteps, body.forms, body.templates, body.tables, body.misplaced, body.strays, body.badLines, body.nestedBadLines], keywords, at);
  const comments = (lexed.groups['comments'] ?? []).map((c): CommentNode => ({
    type: 'comment', text: c.image, span: { start: c.startOffset + at, end: c.startOffset + at + c.image.length },
  }));
  return { phase, body, keywords, comments, pending };
}

/** True when a region read leaves its container as it found it: the phase still open, or no new phase begun. */
function readsOnAlike(read: RegionRead): boolean {
  const { body } = read;
  if (read.phase) {
    return body.phases.length + body.looseSteps.length + body.forms.length + body.templates.length + body.tables.length + body.misplaced.length +
      body.badLines.length === 0;
  }
  return body.phases.length === 0;
}

/**
 * True when the language the document was read in cannot depend on the region starting at keyword `from`: a directive
 * or a keyword that decides the language (chooseLanguage) lies before it, as in any document that starts with its header.
 */
function languageKept(doc: DocumentNode, from: number): boolean {
  if (from === 0) return false;
  if (doc.languageSource === 'directive') return true;
  for (let i = 0; i < from; i++) if (decidedLanguage(doc.keywords[i]!)) return true;
  return false;
}

/** A phase whose span ends where its header line or its last part ends (its parts changed). */
function withEnd(phase: PhaseNode, header: number): PhaseNode {
  return { ...phase, span: { start: phase.span.start, end: lastEnd(header, phase.steps, phase.fields, phase.kpis, phase.annotations) } };
}

/** Where the last token of the line whose keyword starts at `start` ends (the end of that line's span). */
function headerEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const tokens = tools().lexer.tokenize(text.slice(start, newline < 0 ? text.length : newline)).tokens;
  const last = tokens[tokens.length - 1]!;
  return start + last.startOffset + last.image.length;
}

/** The step whose text holds offset `from` of the old text (its line and what it owns, blank lines included). */
function stepAt(doc: DocumentNode, old: string, from: number): { phase: PhaseNode | undefined; steps: readonly StepNode[]; index: number; start: number } | undefined {
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
  // Note: an edit starting right after the step's text, on a line that is not a step's, belongs to what is there.
  const end = stepTextEnd(old, best.steps[best.index]!);
  return end === from && from < old.length ? undefined : best;
}

/** Where the text of the consecutive steps from `index` that hold the changed range [from, to) ends, if they do. */
function stepsEnd(old: string, steps: readonly StepNode[], index: number, from: number, to: number): number | undefined {
  let last = index;
  let end = stepTextEnd(old, steps[last]!);
  if (end === from && from < old.length) return undefined;
  while (end < to || (end === to && end < old.length)) {
    // The edit reaches past this step's text (or into the line break that ends it): the next step must start right
    // there, in the same container.
    const next = steps[last + 1];
    if (!next || lineStart(old, next.span.start) !== end) return undefined;
    last++;
    end = stepTextEnd(old, next);
  }
  return end;
}

/** The start of the first line after offset `after` of the old text that opens with a keyword only the document accepts. */
function documentLineAfter(keywords: readonly KeywordUse[], old: string, after: number): number {
  for (let i = firstAtOrAfter(keywords, after); i < keywords.length; i++) {
    const keyword = keywords[i]!;
    const start = lineStart(old, keyword.span.start);
    if (start >= after && documentKinds.has(keyword.kind)) return start;
  }
  return old.length;
}

/**
 * The last element before `offset` among those structureDiagnostics() sees side by side (process, phases, loose steps,
 * misplaced and unrecognised lines).
 */
function elementBefore(doc: DocumentNode, offset: number): { type: string } | undefined {
  let last: { type: string; span: Span } | undefined;
  for (const list of [doc.process ? [doc.process] : [], doc.phases, doc.looseSteps, doc.misplaced, doc.badLines]) {
    let index = firstAtOrAfter(list, offset) - 1;
    while (list === doc.badLines && index >= 0 && doc.badLines[index]!.nested) index--;
    const node = list[index];
    if (node && (!last || node.span.start > last.span.start)) last = node;
  }
  return last;
}

/** True when the old text ends at `end`, or its line there opens with a keyword of a kind `accepts`. */
function startsLine(keywords: readonly KeywordUse[], old: string, end: number, accepts: (kind: KeywordKind) => boolean): boolean {
  if (end >= old.length) return true;
  const keyword = keywords[firstAtOrAfter(keywords, end)];
  if (!keyword || !accepts(keyword.kind)) return false;
  for (let i = end; i < keyword.span.start; i++) if (!isSpace(old.charCodeAt(i))) return false;
  return true;
}

function lastEnd(end: number, ...groups: readonly (readonly { readonly span: Span }[])[]): number {
  for (const group of groups) for (const node of group) if (node.span.end > end) end = node.span.end;
  return end;
}
