// The TextMate grammar of .sop files, generated from core's keyword table (every spelling in every language).
import { allWords, keywordTable, type KeywordEntry } from '@sopkit/core';

/** The parts of a TextMate grammar this generator writes. */
export interface TextMateRule {
  readonly name?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly contentName?: string;
  readonly captures?: Record<string, { name: string }>;
  readonly beginCaptures?: Record<string, { name: string }>;
  readonly patterns?: readonly TextMateRule[];
  readonly include?: string;
}

export interface TextMateGrammar {
  readonly $schema: string;
  readonly name: string;
  readonly scopeName: string;
  readonly fileTypes: readonly string[];
  readonly patterns: readonly TextMateRule[];
  readonly repository: Record<string, TextMateRule>;
}

const blank = '[ \\t\\u3000]';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every spelling of the given words as one case-insensitive alternation (spaces in English words match any blanks). */
function alternation(words: readonly string[]): string {
  return `(?i:${words.map((w) => escapeRegex(w).replace(/ /g, `${blank}+`)).join('|')})`;
}

function longest(entry: KeywordEntry): number {
  return Math.max(...allWords(entry.kind).map((w) => w.length));
}

/** The scope of a keyword: control flow for step references and branch conditions, `keyword.other` for the rest. */
export function keywordScope(entry: KeywordEntry): string {
  const family = entry.shape === 'step-ref' || entry.shape === 'condition' ? 'keyword.control' : 'keyword.other';
  return `${family}.${entry.kind}.sop`;
}

function keywordLine(entry: KeywordEntry): TextMateRule {
  const numbered = entry.shape === 'numbered-text' || entry.shape === 'step-ref';
  return {
    name: `meta.line.${entry.kind}.sop`,
    // Note: the same whole-word rule as core's lexer: a space, a colon, a digit or the end of the line must follow.
    begin: `^${blank}*(${alternation(allWords(entry.kind))})(?=${blank}|[:：\\d]|$)`,
    beginCaptures: { 1: { name: keywordScope(entry) } },
    end: '$',
    patterns: [
      ...(numbered ? [{ include: '#step-number' }] : []),
      {
        begin: '[:：]',
        beginCaptures: { 0: { name: 'punctuation.separator.key-value.sop' } },
        end: '(?=$)',
        contentName: entry.shape === 'numbered-text' ? 'entity.name.section.sop' : 'string.unquoted.value.sop',
        patterns: [{ include: '#inline-action' }, { include: '#step-reference' }, { include: '#tag' }],
      },
      { include: '#tag' },
    ],
  };
}

/** The grammar: comments, `-` items, one rule per keyword, and step references and tags inside values. */
export function sopGrammar(): TextMateGrammar {
  const stepWords = alternation(allWords('step'));
  const inlineKinds = keywordTable.filter((e) => e.shape === 'step-ref' || (e.shape === 'optional-text' && !['yes', 'no', 'otherwise'].includes(e.kind)) || e.kind === 'escalate' || e.kind === 'notify');
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'SOP',
    scopeName: 'source.sop',
    fileTypes: ['sop'],
    patterns: [
      { include: '#comment' },
      { include: '#list-item' },
      // Note: longest spellings first, so that `Decision table` is not taken for `Decision` followed by text.
      ...[...keywordTable].sort((a, b) => longest(b) - longest(a)).map((entry) => ({ include: `#kw-${entry.kind}` })),
    ],
    repository: {
      comment: { match: `^${blank}*(#.*)$`, captures: { 1: { name: 'comment.line.number-sign.sop' } } },
      'list-item': {
        begin: `^${blank}*([-•·])(?=${blank})`,
        beginCaptures: { 1: { name: 'punctuation.definition.list.begin.sop' } },
        end: '$',
        contentName: 'string.unquoted.value.sop',
        patterns: [{ include: '#tag' }],
      },
      'step-number': {
        match: `\\G${blank}*(?:(${stepWords})${blank}*)?(\\d+(?:\\.\\d+)*)`,
        captures: { 1: { name: 'keyword.other.step.sop' }, 2: { name: 'constant.numeric.step.sop' } },
      },
      'step-reference': {
        match: `(${stepWords})${blank}*(\\d+(?:\\.\\d+)*)`,
        captures: { 1: { name: 'keyword.other.step.sop' }, 2: { name: 'constant.numeric.step.sop' } },
      },
      'inline-action': {
        match: `\\G${blank}*(${alternation(inlineKinds.flatMap((e) => allWords(e.kind)))})(?=${blank}|[:：\\d]|$)`,
        captures: { 1: { name: 'keyword.control.action.sop' } },
      },
      tag: { match: '(?<=^|[ \\t\\u3000])(@)([^\\s@#]+)', captures: { 1: { name: 'punctuation.definition.tag.sop' }, 2: { name: 'entity.name.tag.sop' } } },
      ...Object.fromEntries(keywordTable.map((entry) => [`kw-${entry.kind}`, keywordLine(entry)])),
    },
  };
}
