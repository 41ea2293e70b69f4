// Chevrotain token types, derived from the keyword table, and the three lexer modes (line start, keyword head, free text).
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { opensElement } from './bad-line.js';
import { digit } from './digits.js';
import { allWords, keywordTable, type KeywordKind } from './keywords.js';

const space = '[ \\t\\u3000]';
/** A keyword is a whole word: what follows it is a space, a colon, a digit or the end of the line. */
const wholeWord = '(?![^ \\t\\u3000:：\\d\\uff10-\\uff19\\r\\n])';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsPattern(words: readonly string[]): string {
  return words.map((word) => escapeRegex(word).replace(/ /g, `${space}+`)).join('|');
}

/** First characters of a word list, both cases, for Chevrotain's first-character optimisation. */
function startChars(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word[0]!.toLowerCase(), word[0]!.toUpperCase()]))];
}

/**
 * First-character hint for the "anything up to the end of the line" tokens, so that Chevrotain keeps its first-character
 * optimisation (complement sets defeat it: 50 → 120 MB/s here). Note: above 255 Chevrotain groups characters into
 * buckets of 255, so one character per bucket stands for all of them.
 */
const anyCharExceptLineBreak: number[] = [];
for (let code = 0; code < 65536; code++) {
  const newBucket = code < 256 || Math.floor(code / 255) !== Math.floor((code - 1) / 255);
  if (newBucket && code !== 10 && code !== 13) anyCharExceptLineBreak.push(code);
}

export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\u3000\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });
export const InlineSpace = createToken({ name: 'InlineSpace', pattern: /[ \t\u3000]+/, group: Lexer.SKIPPED });
export const EndOfLine = createToken({ name: 'EndOfLine', pattern: /\r?\n/, group: Lexer.SKIPPED, pop_mode: true, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: 'comments' });
export const ListMarker = createToken({ name: 'ListMarker', pattern: /[-•·](?=[ \t\u3000])/, push_mode: 'text' });
const restOfLine = /[^\r\n]+/y;
/**
 * An unreadable line that most likely opens an element of its own (`工部 9: 敲门`): it ends the step before it, while any
 * other unreadable line (BadLine) stays inside its step.
 */
export const BadHeader = createToken({
  name: 'BadHeader',
  pattern: {
    exec: (text: string, offset: number) => {
      restOfLine.lastIndex = offset;
      const match = restOfLine.exec(text);
      return match && opensElement(match[0]) ? match : null;
    },
  },
  line_breaks: false,
  start_chars_hint: anyCharExceptLineBreak,
});
/** Anything at the start of a line that is not a keyword, comment or list item. */
export const BadLine = createToken({ name: 'BadLine', pattern: /[^\r\n]+/, start_chars_hint: anyCharExceptLineBreak });

/** One token type per keyword kind, matching every spelling of it in every language. */
export const keywordTokens = new Map<KeywordKind, TokenType>(
  keywordTable.map((entry) => {
    const words = allWords(entry.kind);
    const token = createToken({
      name: `Kw_${entry.kind}`,
      pattern: new RegExp(`(?:${wordsPattern(words)})${wholeWord}`, 'i'),
      start_chars_hint: startChars(words),
      push_mode: 'head',
      line_breaks: false,
    });
    return [entry.kind, token] as const;
  }),
);

export function keywordToken(kind: KeywordKind): TokenType {
  return keywordTokens.get(kind)!;
}

const stepWords = allWords('step');
/** The word "step" inside a keyword's head, as in `Go to step 15`. */
export const StepWord = createToken({
  name: 'StepWord',
  pattern: new RegExp(`(?:${wordsPattern(stepWords)})${wholeWord}`, 'i'),
  start_chars_hint: startChars(stepWords),
});
/** A step number (`8`, `2.1`, full-width `８`) standing alone before a colon or the end of the line. */
export const StepNumber = createToken({ name: 'StepNumber', pattern: new RegExp(`${digit}+(?:\\.${digit}+)*(?=[ \\t\\u3000]*(?![^:：\\r\\n]))`) });
export const Colon = createToken({ name: 'Colon', pattern: /[:：]/, pop_mode: true, push_mode: 'text' });
/** Words between a keyword and its colon (a branch condition, or a mistake the builder reports). */
export const HeadText = createToken({ name: 'HeadText', pattern: /[^:：\r\n]+/, start_chars_hint: anyCharExceptLineBreak });
export const Text = createToken({ name: 'Text', pattern: /[^\r\n]+/, start_chars_hint: anyCharExceptLineBreak });

/**
 * Keyword tokens by their longest spelling first: whole-word matching separates `当` from `当前`, but a multi-word
 * keyword (`Decision table`) must be tried before the keyword that is its first word (`Decision`).
 */
const keywordsLongestFirst = [...keywordTokens.entries()]
  .sort(([a], [b]) => allWords(b)[0]!.length - allWords(a)[0]!.length)
  .map(([, token]) => token);

export const lexerDefinition = {
  defaultMode: 'line',
  modes: {
    line: [Whitespace, Comment, ListMarker, ...keywordsLongestFirst, BadHeader, BadLine],
    head: [InlineSpace, EndOfLine, StepWord, StepNumber, Colon, HeadText],
    text: [InlineSpace, EndOfLine, Text],
  },
};

export const allTokens: TokenType[] = [
  Whitespace, InlineSpace, EndOfLine, Comment, ListMarker, ...keywordTokens.values(), StepWord, StepNumber, Colon, HeadText, Text, BadHeader, BadLine,
];
