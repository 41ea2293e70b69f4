// Printing one keyword or `-` line from its tokens: single spaces between the parts, the chosen colon, one space after `:`.
import type { IToken } from 'chevrotain';
import { Colon, ListMarker } from '../syntax/tokens.js';

/** Trailing blanks the parser trims from free text anyway (space, tab, ideographic space). */
const trailingBlanks = /[ \t\u3000]+$/;

/**
 * The canonical text of a line whose first token is a keyword or a list marker. Every token keeps its image (free text
 * loses only trailing blanks), so lexing the result gives the same tokens. No space follows a full-width `：`: like all
 * full-width punctuation it already carries its own.
 */
export function printLine(tokens: readonly IToken[], indent: string, colon: string): string {
  let out = indent;
  let previous: IToken | undefined;
  for (const token of tokens) {
    if (token.tokenType === Colon) out += colon;
    else if (previous) out += `${previous.tokenType === Colon && colon === '：' ? '' : ' '}${token.image.replace(trailingBlanks, '')}`;
    else out += token.image;
    previous = token;
  }
  // Note: a list marker is only a marker when a blank follows it, so an empty item keeps one.
  if (tokens.length === 1 && tokens[0]!.tokenType === ListMarker) out += ' ';
  return out;
}
