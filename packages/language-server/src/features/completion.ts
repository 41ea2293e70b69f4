// Completion: keywords the parser accepts at the cursor (keyword-completion.ts), step numbers and roles where the
// parser read a keyword that takes them (reference-completion.ts), the two orders after `顺序:`, and tags used elsewhere
// after `@` or on a tags line.
import { allWords, orderWords, type KeywordKind } from '@sopkit/core';
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { offsetAt } from '../positions.js';
import { keywordItems } from './keyword-completion.js';
import { referenceItems } from './reference-completion.js';

function alternation(kinds: readonly KeywordKind[]): string {
  return kinds.flatMap((k) => allWords(k)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u3000]+')).join('|');
}

const blank = '[ \\t\\u3000]';
const tagsLineBefore = new RegExp(`^${blank}*(?:${alternation(['tags'])})${blank}*[:：](?:[^\\r\\n]*[,，、;；])?${blank}*([^,，、;；:：]*)$`, 'i');
const orderBefore = new RegExp(`^${blank}*(?:${alternation(['order'])})${blank}*[:：]${blank}*([^:：\\r\\n]*)$`, 'i');
const tagBefore = /(?:^|[ \t\u3000])@([^\s@#]*)$/;
const keywordHeadBefore = /^[ \t\u3000]*([\p{L}][\p{L} ]*)?$/u;

/** The completion items at a position (for step references a capped list, which the client asks for again as the user types). */
export function completions(analysis: Analysis, position: Position): CompletionItem[] | CompletionList {
  const { lines } = analysis.result;
  const lineStart = offsetAt(lines, { line: position.line, character: 0 });
  const cursor = offsetAt(lines, position);
  const before = analysis.text.slice(lineStart, cursor);
  const replace = (typed: string): Range => ({ start: { line: position.line, character: position.character - typed.length }, end: position });

  const tag = tagBefore.exec(before) ?? tagsLineBefore.exec(before);
  if (tag) return tagItems(analysis, replace(tag[1] ?? ''));
  const references = referenceItems(analysis, lineStart, cursor, position);
  if (references) return references;
  const order = orderBefore.exec(before);
  if (order) return orderItems(analysis, replace(order[1] ?? ''));
  const head = keywordHeadBefore.exec(before);
  if (head) return keywordItems(analysis, lineStart, before, replace(head[1] ?? ''));
  return [];
}

function orderItems(analysis: Analysis, range: Range): CompletionItem[] {
  const words = orderWords[analysis.language];
  return [words.ordered[0]!, words.unordered[0]!].map((word, i) => ({
    label: word, kind: CompletionItemKind.EnumMember, sortText: String(i), textEdit: { range, newText: word },
  }));
}

function tagItems(analysis: Analysis, range: Range): CompletionItem[] {
  return analysis.occurrences.tags.map((name, i) => ({
    label: name, kind: CompletionItemKind.Keyword, sortText: String(i).padStart(6, '0'), textEdit: { range, newText: name },
  }));
}
