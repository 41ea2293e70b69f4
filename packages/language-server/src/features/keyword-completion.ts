// Keyword completion: every spelling of each keyword the parser accepts on the cursor's line, ordered by how well the
// line's indentation fits where the parser would put it, with the spelling the document already uses first; a new step
// gets a number that fits between the steps around it.
import { compareStepNumbers, type KeywordEntry } from '@sopkit/core';
import { indentUnit } from '@sopkit/core/format';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { keywordDescription } from '../keyword-description.js';
import { keywordsAt } from '../placement.js';
import { documentStyle, preferredSpelling } from './document-style.js';

/** The nesting level the indentation before the cursor asks for (two columns per level; a tab or a full-width space counts two). */
export function indentLevel(before: string): number {
  let width = 0;
  for (const c of /^[ \t\u3000]*/.exec(before)![0]) width += c === ' ' ? 1 : 2;
  return Math.floor(width / indentUnit.length);
}

/**
 * The keyword items for a line starting at `lineStart`, with `before` the text up to the cursor. Keywords whose place
 * in the tree matches the indentation come first (then the nearest levels, deeper first), and among them those the
 * document uses most; every spelling of the document's language is offered, the one the document uses first.
 */
export function keywordItems(analysis: Analysis, lineStart: number, before: string, range: Range): CompletionItem[] {
  const { language } = analysis;
  const level = indentLevel(before);
  const written = documentStyle(analysis);
  const counts = written.kindCounts;
  const style: SnippetStyle = { colon: written.colon, stepWord: written.stepWord, stepNumber: newStepNumber(analysis, lineStart) };
  const placements = keywordsAt(analysis.result.ast, analysis.text, lineStart)
    .map((placement, order) => ({ ...placement, order }))
    .sort((a, b) => Math.abs(a.depth - level) - Math.abs(b.depth - level) || b.depth - a.depth
      || (counts.get(b.entry.kind) ?? 0) - (counts.get(a.entry.kind) ?? 0) || a.order - b.order);
  const items = placements.flatMap(({ entry }, rank) => {
    const spellings = entry.words[language];
    const preferred = preferredSpelling(written, entry.kind, spellings);
    const others = spellings.filter((s) => s !== preferred);
    // Note: the other spellings come after every preferred one, so that the list opens with one line per keyword.
    return [preferred, ...others].map((word, synonym) => ({
      label: word,
      kind: CompletionItemKind.Keyword,
      detail: keywordDescription(entry, language),
      sortText: `${synonym === 0 ? 'a' : 'b'}${String(rank).padStart(3, '0')}${synonym}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: snippetFor(entry, word, style) },
      ...(entry.shape === 'step-ref' && { command: { title: 'steps', command: 'editor.action.triggerSuggest' } }),
    }));
  });
  return items.sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
}

interface SnippetStyle {
  readonly colon: string;
  readonly stepWord: string;
  /** The number proposed for a new step, or undefined when none fits between its neighbours. */
  readonly stepNumber: string | undefined;
}

/** What accepting a keyword inserts, by the shape of its line. */
function snippetFor(entry: KeywordEntry, word: string, style: SnippetStyle): string {
  const { colon } = style;
  switch (entry.shape) {
    case 'numbered-text': return entry.kind === 'step' ? `${word} \${1:${style.stepNumber ?? ''}}${colon}$0` : `${word}${colon}$0`;
    case 'step-ref': return `${word} ${style.stepWord} $0`;
    case 'condition': return `${word} $1${colon}$0`;
    case 'optional-text': return word;
    default: return `${word}${colon}$0`;
  }
}

/**
 * The number for a step written at `lineStart`: the next whole number after the step above when it is free and still
 * below the step after, else a sub-number (`3.1`, `3.2` …, or `3.1.1` after `3.1`); never a number already taken or
 * one out of order (SOP2004, SOP2005). Undefined when none of those fits.
 */
export function newStepNumber(analysis: Analysis, lineStart: number): string | undefined {
  const { steps } = analysis.index;
  const at = steps.findIndex((s) => s.node.span.start >= lineStart);
  const above = (at === -1 ? steps[steps.length - 1] : steps[at - 1])?.number;
  const below = at === -1 ? undefined : steps[at]?.number;
  const candidates = above === undefined ? ['1'] : [
    String(Math.floor(Number.parseFloat(above)) + 1),
    ...(above.includes('.') ? [above.replace(/\d+$/, (n) => String(Number(n) + 1))] : []),
    ...Array.from({ length: 9 }, (_, i) => `${above}.${i + 1}`),
  ];
  return candidates.find((n) => !analysis.index.find(n)
    && (above === undefined || compareStepNumbers(n, above) > 0)
    && (below === undefined || compareStepNumbers(n, below) < 0));
}
