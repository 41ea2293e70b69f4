// Completion: keywords the parser accepts at the cursor (in the document's language), step numbers and roles where the
// parser read a keyword that takes them (reference-completion.ts), the two orders after `顺序:`, and tags used elsewhere
// after `@` or on a tags line.
import { allWords, canonicalWord, messageLanguage, orderWords, type KeywordEntry, type KeywordKind, type Language } from '@sopkit/core';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { offsetAt } from '../positions.js';
import { keywordsAt } from '../placement.js';
import { referenceItems } from './reference-completion.js';

function alternation(kinds: readonly KeywordKind[]): string {
  return kinds.flatMap((k) => allWords(k)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u3000]+')).join('|');
}

const blank = '[ \\t\\u3000]';
const tagsLineBefore = new RegExp(`^${blank}*(?:${alternation(['tags'])})${blank}*[:：](?:[^\\r\\n]*[,，、;；])?${blank}*([^,，、;；:：]*)$`, 'i');
const orderBefore = new RegExp(`^${blank}*(?:${alternation(['order'])})${blank}*[:：]${blank}*([^:：\\r\\n]*)$`, 'i');
const tagBefore = /(?:^|[ \t\u3000])@([^\s@#]*)$/;
const keywordHeadBefore = /^[ \t\u3000]*([\p{L}][\p{L} ]*)?$/u;

/** The completion items at a position. */
export function completions(analysis: Analysis, position: Position): CompletionItem[] {
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
  if (head) return keywordItems(analysis, lineStart, replace(head[1] ?? ''));
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

function keywordItems(analysis: Analysis, lineStart: number, range: Range): CompletionItem[] {
  const language = analysis.language;
  const docLanguage = messageLanguage(language);
  const next = nextStepNumber(analysis);
  return keywordsAt(analysis.result.ast, analysis.text, lineStart).map(({ entry, depth }, i) => ({
    label: entry.words[language][0]!,
    kind: CompletionItemKind.Keyword,
    detail: entry.doc[docLanguage],
    sortText: `${String(9 - Math.min(depth, 9))}${String(i).padStart(4, '0')}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: snippetFor(entry, language, next) },
    ...(entry.shape === 'step-ref' && { command: { title: 'steps', command: 'editor.action.triggerSuggest' } }),
  }));
}

/** What accepting a keyword inserts, by the shape of its line. */
function snippetFor(entry: KeywordEntry, language: Language, nextStep: string): string {
  const word = entry.words[language][0]!;
  switch (entry.shape) {
    case 'numbered-text': return entry.kind === 'step' ? `${word} \${1:${nextStep}}: $0` : `${word}: $0`;
    case 'step-ref': return `${word} ${canonicalWord('step', language)} $0`;
    case 'condition': return `${word} $1: $0`;
    case 'optional-text': return word;
    default: return `${word}: $0`;
  }
}

function nextStepNumber(analysis: Analysis): string {
  let max = 0;
  for (const step of analysis.index.steps) max = Math.max(max, Math.floor(Number.parseFloat(step.number)) || 0);
  return String(max + 1);
}
