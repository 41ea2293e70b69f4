// The language configuration: `#` comments, brackets and quotes, folding by indentation, and indentation rules whose
// "indent after" keywords are found by asking the formatter which keyword lines own indented lines.
import { allWords, keywordTable, type KeywordEntry } from '@sopkit/core';
import { format } from '@sopkit/core/format';
import { keywordContexts, probeLine } from '@sopkit/language-server';

/** Keywords whose lines own indented lines below them (in any language), per the formatter's layout. */
export function containerEntries(): KeywordEntry[] {
  const contexts = keywordContexts('en');
  const indentOf = (line: string) => line.length - line.trimStart().length;
  return keywordTable.filter((entry) => {
    const context = contexts.get(entry);
    if (context === undefined) return false;
    const own = indentOf(format(context).trimEnd().split('\n').pop()!);
    return keywordTable.some((child) => {
      const lines = format(`${context}\n${probeLine(child, 'en')}`).trimEnd().split('\n');
      return indentOf(lines[lines.length - 1]!) > own;
    });
  });
}

/** The contents of language-configuration.json. */
export function languageConfiguration(): object {
  const words = [...new Set(containerEntries().flatMap((e) => allWords(e.kind)))].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const pairs = [['(', ')'], ['（', '）'], ['[', ']'], ['【', '】'], ['「', '」'], ['『', '』'], ['“', '”']];
  return {
    comments: { lineComment: '#' },
    brackets: pairs.slice(0, 2),
    autoClosingPairs: pairs.map(([open, close]) => ({ open, close })),
    surroundingPairs: pairs,
    folding: { offSide: true },
    indentationRules: {
      increaseIndentPattern: { pattern: `^\\s*(?:${words.join('|')})(?=\\s|[:：\\d]|$).*$`, flags: 'i' },
      decreaseIndentPattern: '^(?!)',
    },
    wordPattern: '[^\\s:：,，、;；@#()（）\\[\\]【】「」]+',
  };
}
