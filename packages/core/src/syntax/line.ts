// One keyword line as the parser sees it (keyword, optional step word, number, head words, colon, text), what it says, and its checks.
import type { IToken } from 'chevrotain';
import type { KeywordUse, Span, TextValue } from '../ast/nodes.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
import { digit } from './digits.js';
import type { KeywordKind } from './keywords.js';
import { readText } from './text-values.js';

export interface RawLine {
  readonly keyword: KeywordUse;
  readonly stepWord?: IToken;
  readonly number?: IToken;
  readonly head?: IToken;
  readonly colon?: IToken;
  readonly text?: IToken;
}

export function tokenSpan(token: IToken): Span {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

export function keywordUse(kind: KeywordKind, token: IToken): KeywordUse {
  return { kind, image: token.image, span: tokenSpan(token) };
}

/** The span of a whole line, from its keyword to the end of its last token. */
export function lineSpan(line: RawLine): Span {
  const last = line.text ?? line.colon ?? line.head ?? line.number ?? line.stepWord;
  return { start: line.keyword.span.start, end: last ? last.startOffset + last.image.length : line.keyword.span.end };
}

/** The value after the colon (empty when missing). */
export function lineValue(line: RawLine): TextValue {
  if (line.text) return readText(line.text.image, line.text.startOffset);
  const at = line.colon ? line.colon.startOffset + 1 : lineSpan(line).end;
  return { text: '', span: { start: at, end: at }, tags: [] };
}

/**
 * Reads a plain `keyword: text` line: reports a missing colon, words or numbers before the colon,
 * and (when `required`) an empty value. Head words without a colon are taken as the value, so nothing is lost.
 */
export function plainValue(line: RawLine, diagnostics: PendingDiagnostic[], required: boolean): TextValue {
  const keyword = line.keyword.image;
  if (line.stepWord || line.number) {
    const token = line.number ?? line.stepWord!;
    diagnostics.push({ code: 'SOP1007', span: tokenSpan(token), args: { keyword, number: token.image } });
  }
  if (!line.colon) {
    // Note: the fix writes the colon where the keyword ends (`工作标准 按门铃` → `工作标准: 按门铃`).
    const end = line.keyword.span.end;
    if (line.head) {
      diagnostics.push({ code: 'SOP1003', span: line.keyword.span, args: { keyword }, fix: { span: { start: end, end: line.head.startOffset }, newText: ': ', preferred: true } });
      return readText(line.head.image, line.head.startOffset);
    }
    if (required) diagnostics.push({ code: 'SOP1003', span: line.keyword.span, args: { keyword }, fix: { span: { start: end, end }, newText: ':', preferred: true } });
    return lineValue(line);
  }
  if (line.head) {
    const extra = readText(line.head.image, line.head.startOffset);
    if (extra.text) diagnostics.push({ code: 'SOP1006', span: extra.span, args: { keyword, extra: extra.text } });
  }
  const value = lineValue(line);
  if (required && !value.text && value.tags.length === 0) diagnostics.push({ code: 'SOP1005', span: line.keyword.span, args: { keyword } });
  return value;
}

/**
 * A step line written without its colon (`工步 2 开始`): the number its words start with, and the line read as if the
 * colon were there; one SOP1003 that names the number, with a fix that writes the colon. Undefined for any other line.
 */
const leadingNumber = new RegExp(`^(${digit}+(?:\\.${digit}+)*)[ \\t\\u3000]+(?=\\S)`);

export function missingColonAfterNumber(line: RawLine, diagnostics: PendingDiagnostic[]): { number: IToken; line: RawLine } | undefined {
  if (line.colon || line.number || !line.head) return undefined;
  const match = leadingNumber.exec(line.head.image);
  if (!match) return undefined;
  const start = line.head.startOffset;
  const gap = { start: start + match[1]!.length, end: start + match[0].length };
  diagnostics.push({ code: 'SOP1003', span: line.keyword.span, args: { keyword: `${line.keyword.image} ${match[1]!}` }, fix: { span: gap, newText: ': ', preferred: true } });
  return {
    number: { ...line.head, image: match[1]! },
    line: { ...line, head: undefined, colon: { ...line.head, image: '', startOffset: gap.start }, text: { ...line.head, image: line.head.image.slice(match[0].length), startOffset: gap.end } },
  };
}

/** The label written between the keyword and the colon (`规则 R2:`, `模板 T4:`). */
export function headLabel(line: RawLine): TextValue | undefined {
  const raw = line.head ?? line.number ?? line.stepWord;
  if (!raw) return undefined;
  const value = readText(raw.image, raw.startOffset);
  return value.text ? value : undefined;
}

/** The value of a labelled line (`规则 R2: 予以退货`): the text after the colon, required. */
export function labelledValue(line: RawLine, diagnostics: PendingDiagnostic[]): TextValue {
  return plainValue({ ...line, head: undefined, number: undefined, stepWord: undefined }, diagnostics, true);
}

/** A rule condition `当 购买天数 <= 7天`: the words after the keyword (a colon is tolerated, the text after it is the condition then). */
export function conditionValue(line: RawLine, diagnostics: PendingDiagnostic[]): TextValue {
  const raw = line.head ?? line.text ?? line.number;
  if (!raw) {
    diagnostics.push({ code: 'SOP1014', span: line.keyword.span, args: { keyword: line.keyword.image } });
    return lineValue(line);
  }
  const start = line.head ?? line.number ?? line.stepWord ?? raw;
  const last = line.text ?? line.colon ?? raw;
  const end = last.startOffset + last.image.length;
  // Note: a colon's width, spaces around it and runs of spaces carry no meaning in a condition; normalising them keeps it
  // stable under `sop fmt` (which may rewrite the colon).
  const value = readText(sourceSlice(line, start.startOffset, end), start.startOffset);
  return { ...value, text: value.text.replace(/[ \t\u3000]*[:：][ \t\u3000]*/g, ':').replace(/[ \t\u3000]+/g, ' ') };
}

/** Rebuilds the text of a line between two offsets from its tokens (spaces between tokens kept as one space). */
function sourceSlice(line: RawLine, from: number, to: number): string {
  const tokens = [line.stepWord, line.number, line.head, line.colon, line.text]
    .filter((t): t is IToken => t !== undefined && t.startOffset >= from && t.startOffset < to)
    .sort((a, b) => a.startOffset - b.startOffset);
  let out = '';
  let at = from;
  for (const token of tokens) {
    out += ' '.repeat(Math.max(0, token.startOffset - at)) + token.image;
    at = token.startOffset + token.image.length;
  }
  return out;
}

/** Joins two head tokens into one spanning both (for heads such as `工步 工步 3`). */
export function mergeTokens(a: IToken, b: IToken): IToken {
  return { ...a, image: `${a.image}${' '.repeat(Math.max(0, b.startOffset - a.startOffset - a.image.length))}${b.image}` };
}
