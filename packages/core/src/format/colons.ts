// Choosing the colon a file uses: the majority of its keyword colons (`:` or `：`), ties going to the first one written.
import type { IToken } from 'chevrotain';
import { Colon } from '../syntax/tokens.js';

/** The colon most keyword lines of the file already use; `:` when there is none. */
export function majorityColon(tokens: Iterable<IToken>): string {
  let ascii = 0;
  let wide = 0;
  let first: string | undefined;
  for (const token of tokens) {
    if (token.tokenType !== Colon) continue;
    first ??= token.image;
    if (token.image === ':') ascii++;
    else wide++;
  }
  if (ascii === wide) return first ?? ':';
  return ascii > wide ? ':' : '：';
}
