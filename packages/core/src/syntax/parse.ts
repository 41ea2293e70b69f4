// parse(): text → DocumentNode + diagnostics. Never throws on user input; always returns a tree.
import { Lexer, type ILexingError } from 'chevrotain';
import type { BadLineNode, CommentNode, DocumentNode, KeywordUse, MisplacedNode } from '../ast/nodes.js';
import { LineMap } from '../diagnostics/line-map.js';
import { resolveDiagnostics, sortDiagnostics, wordingFor, type MessageLanguage, type PendingDiagnostic } from '../diagnostics/messages.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { digit } from './digits.js';
import { canonicalWord, languagesOfWord, type KeywordKind, type Language } from './keywords.js';
import { chooseLanguage } from './language.js';
import { placementHint } from './placement.js';
import { badLineHead } from './bad-line.js';
import { firstAtOrAfter } from './edit-range.js';
import { allBadLines, allMisplaced, SopParser, type ParsedBody } from './parser.js';
import { readBody } from './read-body.js';
import { allKeywordSpellings, confidentSuggestion, suggestKeyword } from './suggest.js';
import { keywordTokens, lexerDefinition } from './tokens.js';

export interface ParseOptions {
  /** Names the document in the tree (a path or URI). */
  readonly uri?: string;
  /** The language of messages (zh-TW: zh-CN's words in Traditional characters); defaults to the document's language. */
  readonly messageLanguage?: Language;
  /** Characters read at a time (see read-body.ts); for tests. */
  readonly pieceSize?: number;
}

export interface ParseResult {
  readonly ast: DocumentNode;
  readonly diagnostics: Diagnostic[];
  readonly lines: LineMap;
  /** Diagnostics before wording, for phases that re-word them (e.g. a different --lang). */
  readonly pending: readonly PendingDiagnostic[];
  /** The language the diagnostics are worded in. */
  readonly messageLanguage: MessageLanguage;
}

let lexer: Lexer | undefined;
let parser: SopParser | undefined;

/** Runs only the lexer (for tools and benchmarks): tokens, comment tokens and lexer errors. */
export function lex(text: string) {
  return tools().lexer.tokenize(text);
}

const kindOfToken = new Map([...keywordTokens].map(([kind, token]) => [token, kind]));

/**
 * A document's language as `parse` chooses it (a `# language:` line, else the first keyword that decides), from its
 * tokens alone: for a tool that needs only the language (`sop fmt`'s summary), at a fraction of a parse.
 */
export function documentLanguage(text: string): Language {
  const { tokens, groups } = lex(normaliseSource(text));
  const keywords = tokens.flatMap((token) => {
    const kind = kindOfToken.get(token.tokenType);
    return kind ? [{ kind, image: token.image, span: { start: token.startOffset, end: token.startOffset + token.image.length } }] : [];
  });
  return chooseLanguage(groups['comments'] ?? [], keywords, []).language;
}

const languageNames: Record<MessageLanguage, Record<Language, string>> = {
  'zh-CN': { 'zh-CN': '简体中文', 'zh-TW': '繁体中文', en: '英文' },
  en: { 'zh-CN': 'Simplified Chinese', 'zh-TW': 'Traditional Chinese', en: 'English' },
};

/**
 * The text the lexer reads. Note: a BOM becomes a space, a lone CR (old Mac line ends) a LF, and a no-break space (common
 * in text pasted from Word or Excel) a space; all keep every offset where it was.
 */
export function normaliseSource(text: string): string {
  let source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  if (source.includes('\r')) source = source.replace(/\r(?!\n)/g, '\n');
  return noBreakSpace.test(source) ? source.replace(noBreakSpaces, ' ') : source;
}

const noBreakSpace = /[\u00a0\u202f]/;
const noBreakSpaces = new RegExp(noBreakSpace.source, 'g');
/**
 * Invisible characters: zero-width spaces and joiners, a BOM inside the text, the soft hyphen, the marks, embeddings,
 * overrides and isolates that change the direction text is shown in (`客户 \u202egnp.exe` shows as `客户 exe.png`), line
 * and paragraph separators, Hangul fillers and tag characters.
 */
const invisibleCharacter = /[\u00ad\u115f\u1160\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]/u;
/** Control characters other than the tab and line ends, and invisible ones. */
const strayCharacter = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${invisibleCharacter.source.slice(1, -1)}]`, 'u');
const strayCharacters = new RegExp(`${strayCharacter.source}+`, 'gu');

/**
 * SOP1012 for each run of characters the lexer could not read, and for each run of control or invisible characters
 * (named by code point, with a fix that deletes them): they cannot be seen in an editor, yet they break keywords and would
 * reach every output.
 */
export function lexerDiagnostics(errors: readonly ILexingError[], source: string, pending: PendingDiagnostic[]): void {
  for (const error of errors) {
    pending.push({ code: 'SOP1012', span: { start: error.offset, end: error.offset + Math.max(1, error.length) }, args: { text: source.substr(error.offset, Math.max(1, error.length)) } });
  }
  if (!strayCharacter.test(source)) return;
  for (const match of source.matchAll(strayCharacters)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const codes = [...match[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    const invisible = invisibleCharacter.test(String.fromCodePoint(match[0].codePointAt(0)!));
    pending.push({
      code: 'SOP1012', span, fix: { span, newText: '', preferred: true },
      args: { text: `${codes}（${invisible ? '看不见的字符' : '控制字符'}）`, textEn: `${codes} (${invisible ? 'an invisible character' : 'a control character'})` },
    });
  }
}

/**
 * SOP1001/SOP1002 for unrecognised lines, SOP1004 for misplaced ones and SOP2015 for extra process headers. Misplaced
 * lines right after an unrecognised one most likely belong to it (`工部 9:` then its standards and problems; `判段:` then
 * its branches): one error is enough. After one between elements, that holds up to the next element; after one inside a
 * step, up to the next line read in its place.
 * `afterBadLine` says the element before the first of `body` is an unrecognised line between elements.
 */
export function structureDiagnostics(
  body: Pick<ParsedBody, 'process' | 'extraProcesses' | 'phases' | 'looseSteps' | 'misplaced' | 'strays' | 'badLines' | 'nestedBadLines' | 'keywords'>,
  language: Language, msgLanguage: MessageLanguage, pending: PendingDiagnostic[], afterBadLine = false,
): void {
  for (const bad of allBadLines(body)) {
    const item = /^([-•·])(?=[^\s\-•·])/.exec(bad.text);
    if (item) {
      const at = { start: bad.span.start + 1, end: bad.span.start + 1 };
      pending.push({ code: 'SOP1018', span: { start: bad.span.start, end: bad.span.start + 1 }, args: { marker: item[1]!, text: bad.text.length > 13 ? `${bad.text.slice(1, 13)}…` : bad.text.slice(1) }, fix: { span: at, newText: ' ', preferred: true } });
      continue;
    }
    const head = badLineHead.exec(bad.text);
    const word = head?.[1];
    // Note: a keyword made unknown by an invisible character in it is SOP1012's alone (its fix deletes the character).
    if (word && strayCharacter.test(word)) continue;
    const next = body.keywords[firstAtOrAfter(body.keywords, bad.span.end)]?.kind;
    const suggestion = word ? suggestKeyword(word, language, head?.[2] !== undefined, next) : undefined;
    if (word && suggestion) {
      const span = { start: bad.span.start, end: bad.span.start + word.length };
      const preferred = confidentSuggestion(word, suggestion, allKeywordSpellings);
      pending.push({ code: 'SOP1001', span, args: { word, suggestion }, fix: { span, newText: suggestion, ...(preferred && { preferred }) } });
    } else if (word && word.length <= longestKeywordLike) {
      pending.push({ code: 'SOP1021', span: { start: bad.span.start, end: bad.span.start + word.length }, args: { word } });
    } else {
      pending.push({ code: 'SOP1002', span: bad.span });
    }
  }
  const misplaced = allMisplaced(body);
  dropIndentationInside(misplaced, pending);
  if (misplaced.length > 0) {
    const items = [...misplaced, ...body.badLines, ...(body.process ? [body.process] : []), ...body.extraProcesses, ...body.phases, ...body.looseSteps]
      .sort((a, b) => a.span.start - b.span.start);
    const ownedByNested = ownedByNestedBadLines(body.nestedBadLines, misplaced, body.keywords);
    let belongsToBadLine = afterBadLine;
    for (const item of items) {
      if (item.type === 'bad-line') belongsToBadLine = true;
      if (item.type !== 'misplaced') {
        belongsToBadLine &&= item.type === 'bad-line';
        continue;
      }
      if (belongsToBadLine || ownedByNested.has(item)) continue;
      pending.push({ code: 'SOP1004', span: item.headSpan, args: { keyword: item.image, where: placementHint(item.kind)[msgLanguage] } });
    }
  }
  for (const extra of body.extraProcesses) pending.push({ code: 'SOP2015', span: extra.keyword.span });
}

/** SOP1020 inside a misplaced element is not said: the element itself is the error, and `sop fmt` leaves it as written. */
function dropIndentationInside(misplaced: readonly MisplacedNode[], pending: PendingDiagnostic[]): void {
  if (misplaced.length === 0) return;
  for (let i = pending.length - 1; i >= 0; i--) {
    const item = pending[i]!;
    if (item.code !== 'SOP1020') continue;
    const container = misplaced[firstAtOrAfter(misplaced, item.span.start + 1) - 1];
    if (container && item.span.start < container.span.end) pending.splice(i, 1);
  }
}

/** The misplaced lines that follow an unreadable line inside an element, before the next keyword line read in its place. */
function ownedByNestedBadLines(nested: readonly BadLineNode[], misplaced: readonly MisplacedNode[], keywords: readonly KeywordUse[]): Set<MisplacedNode> {
  const owned = new Set<MisplacedNode>();
  for (const bad of nested) {
    let until = Infinity;
    let m = firstAtOrAfter(misplaced, bad.span.end);
    for (let k = firstAtOrAfter(keywords, bad.span.end); k < keywords.length; k++) {
      const at = keywords[k]!.span.start;
      while (m < misplaced.length && misplaced[m]!.span.end <= at) m++;
      if (m === misplaced.length || at < misplaced[m]!.span.start) {
        until = at;
        break;
      }
    }
    for (let i = firstAtOrAfter(misplaced, bad.span.end); i < misplaced.length && misplaced[i]!.span.start < until; i++) owned.add(misplaced[i]!);
  }
  return owned;
}

/** The longest word before a colon still named as an unknown keyword (longer ones are a sentence: SOP1002). */
const longestKeywordLike = 8;

/** SOP1008 for each keyword written in another language than the document's. */
export function keywordLanguageDiagnostics(keywords: readonly KeywordUse[], language: Language, msgLanguage: MessageLanguage, pending: PendingDiagnostic[]): void {
  // Note: a file spells each keyword mostly one way; the spelling last found fine for a kind skips the lookup.
  const fine = new Map<KeywordKind, string>();
  for (const keyword of keywords) {
    if (fine.get(keyword.kind) === keyword.image) continue;
    const langs = languagesOfWord(keyword.kind, keyword.image);
    if (langs.includes(language)) {
      fine.set(keyword.kind, keyword.image);
      continue;
    }
    const suggestion = canonicalWord(keyword.kind, language);
    pending.push({
      code: 'SOP1008', span: keyword.span,
      args: { word: keyword.image, wordLanguage: languageNames[msgLanguage][langs[0]!], language: languageNames[msgLanguage][language], suggestion },
      fix: { span: keyword.span, newText: suggestion, preferred: true },
    });
  }
}

/** The lexer and the parser, created once and reused (by parse and reparse). */
export function tools(): { lexer: Lexer; parser: SopParser } {
  lexer ??= new Lexer(lexerDefinition, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true });
  parser ??= new SopParser();
  return { lexer, parser };
}

/** Parses SOP source text. */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const { lexer, parser } = tools();
  const source = normaliseSource(text);
  let read = readBody(source, lexer, parser, options.pieceSize);
  // Note: error recovery may read past a piece's end differently than past the next step line; such texts are read whole.
  if (read.parseErrors.length > 0 && read.pieces > 1) read = readBody(source, lexer, parser, Infinity);
  const { body, comments } = read;
  const pending: PendingDiagnostic[] = [...read.diagnostics];

  lexerDiagnostics(read.lexErrors, source, pending);
  for (const error of read.parseErrors) {
    const token = error.token;
    const start = Number.isFinite(token.startOffset) ? token.startOffset : source.length;
    pending.push({ code: 'SOP1013', span: { start, end: start + (token.image?.length ?? 0) }, args: { detail: token.image ? `「${token.image}」` : 'EOF' } });
  }

  const keywords = body.keywords; // in source order: each line records its keyword as it is consumed
  const choice = chooseLanguage(comments, keywords, pending);

  const wording = wordingFor(choice.language, options.messageLanguage);
  const msgLanguage = wording.language;
  structureDiagnostics(body, choice.language, msgLanguage, pending);
  keywordLanguageDiagnostics(keywords, choice.language, msgLanguage, pending);

  const ast: DocumentNode = {
    type: 'document',
    uri: options.uri ?? '',
    language: choice.language,
    languageSource: choice.source,
    process: body.process && {
      ...body.process,
      fields: [...body.process.fields, ...body.lateFields],
      kpis: [...body.process.kpis, ...body.lateKpis],
    },
    extraProcesses: body.extraProcesses,
    phases: body.phases,
    looseSteps: body.looseSteps,
    forms: body.forms,
    templates: body.templates,
    tables: body.tables,
    misplaced: allMisplaced(body),
    badLines: allBadLines(body),
    comments: comments.map((c): CommentNode => ({ type: 'comment', text: c.image, span: { start: c.startOffset, end: c.startOffset + c.image.length } })),
    keywords,
    span: { start: 0, end: source.length },
  };
  const lines = new LineMap(source);
  return { ast, diagnostics: sortDiagnostics(resolveDiagnostics(pending, lines, msgLanguage, wording.traditional)), lines, pending, messageLanguage: msgLanguage };
}
