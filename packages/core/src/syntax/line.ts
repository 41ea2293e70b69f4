// One keyword line as the parser sees it (keyword, optional step word, number, head words, colon, text), and its checks.
import type { IToken } from 'chevrotain';
import type { KeywordUse, Span, TextValue } from '../ast/nodes.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
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
    if (line.head) {
      diagnostics.push({ code: 'SOP1003', span: line.keyword.span, args: { keyword } });
      return readText(line.head.image, line.head.startOffset);
    }
    if (required) diagnostics.push({ code: 'SOP1003', span: line.keyword.span, args: { keyword } });
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
