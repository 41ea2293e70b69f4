// Selection ranges ("expand selection"): the word under the cursor, the text after the line's keyword and colon, the
// line, then every element of the tree that holds it (a remedy, its problem with all its remedies, the step, the phase),
// then the whole process.
import { firstAtOrAfter, walkTree, type KeywordUse, type Language, type Span } from '@sopkit/core';
import type { Position, SelectionRange } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { occurrenceAt } from '../occurrences.js';
import { offsetAt, spanRange } from '../positions.js';

const blank = /[ \t\u3000]/;
const segmenters = new Map<Language, Intl.Segmenter>();

/** The selection ranges at each position, innermost first, each with its parents. */
export function selectionRanges(analysis: Analysis, positions: readonly Position[]): SelectionRange[] {
  const lines = analysis.result.lines;
  return positions.map((position) => {
    const spans = enclosingSpans(analysis, offsetAt(lines, position));
    let range: SelectionRange | undefined;
    for (let i = spans.length - 1; i >= 0; i--) range = { range: spanRange(lines, spans[i]!), ...(range && { parent: range }) };
    return range!;
  });
}

/** The spans around an offset, innermost first, each holding the one before it (spans equal to the one before are left out). */
function enclosingSpans(analysis: Analysis, offset: number): Span[] {
  const { text } = analysis;
  const line = lineAt(text, offset);
  const candidates: (Span | undefined)[] = [
    nameAt(analysis, offset) ?? keywordAt(analysis, offset) ?? wordAt(analysis.language, text, line, offset),
    textAfterKeyword(analysis, line, offset),
    { start: Math.min(line.first, offset), end: Math.max(line.end, offset) },
    ...elementsAt(analysis, offset),
    { start: 0, end: text.length },
  ];
  const spans: Span[] = [{ start: offset, end: offset }];
  for (const span of candidates) {
    const inner = spans[spans.length - 1]!;
    if (span && span.start <= inner.start && inner.end <= span.end && (span.start < inner.start || inner.end < span.end)) spans.push(span);
  }
  return spans.length > 1 ? spans.slice(1) : spans;
}

interface Line {
  readonly start: number;
  /** The first character that is not a blank (the line's end when it is blank). */
  readonly first: number;
  /** The end of the line's text, without trailing blanks or the line break. */
  readonly end: number;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const next = text.indexOf('\n', offset);
  let end = next === -1 ? text.length : next;
  while (end > start && (text[end - 1] === '\r' || blank.test(text[end - 1]!))) end--;
  let first = start;
  while (first < end && blank.test(text[first]!)) first++;
  return { start, first, end };
}

/** A step number or role name under the cursor (for a reference, the number; its step word comes with the text after the keyword). */
function nameAt(analysis: Analysis, offset: number): Span | undefined {
  const occurrence = occurrenceAt(analysis.occurrences, offset);
  const span = occurrence?.renameSpan;
  return span && span.start <= offset && offset <= span.end ? span : undefined;
}

/** The last keyword line starting at or before an offset (keywords are in source order). */
function keywordBefore(analysis: Analysis, offset: number): KeywordUse | undefined {
  const { keywords } = analysis.result.ast;
  return keywords[firstAtOrAfter(keywords, offset + 1) - 1];
}

function keywordAt(analysis: Analysis, offset: number): Span | undefined {
  const keyword = keywordBefore(analysis, offset);
  return keyword && offset <= keyword.span.end ? keyword.span : undefined;
}

/** The word under the cursor, as Intl.Segmenter reads the document's language (Chinese words from its dictionary). */
function wordAt(language: Language, text: string, line: Line, offset: number): Span | undefined {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  for (const segment of segmenter.segment(text.slice(line.start, line.end))) {
    const start = line.start + segment.index;
    const end = start + segment.segment.length;
    if (segment.isWordLike && start <= offset && offset <= end) return { start, end };
    if (start > offset) break;
  }
  return undefined;
}

/** The text after the keyword opening the line and its colon (after the `-` of an item), when the cursor is in it. */
function textAfterKeyword(analysis: Analysis, line: Line, offset: number): Span | undefined {
  const { text } = analysis;
  const keyword = keywordBefore(analysis, line.first);
  let start: number;
  if (keyword?.span.start === line.first) {
    const colon = text.slice(keyword.span.end, line.end).search(/[:：]/);
    start = colon === -1 ? keyword.span.end : keyword.span.end + colon + 1;
  } else if (text[line.first] === '-') {
    start = line.first + 1;
  } else {
    return undefined;
  }
  while (start < line.end && blank.test(text[start]!)) start++;
  return start < line.end && offset >= start ? { start, end: line.end } : undefined;
}

/** The elements of the tree that hold the offset, innermost first. */
function elementsAt(analysis: Analysis, offset: number): Span[] {
  const outerFirst: Span[] = [];
  walkTree(analysis.result.ast, (node) => {
    if (offset < node.span.start || offset > node.span.end) return false;
    outerFirst.push(node.span);
  });
  return outerFirst.reverse();
}
