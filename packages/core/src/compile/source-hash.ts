// The process hash: sha256 over the normalised source — the words the lexer reads, without layout, spelling or comments.
import type { IToken } from 'chevrotain';
import type { Language } from '../syntax/keywords.js';
import { lex } from '../syntax/parse.js';
import { pieceSize } from '../syntax/read-body.js';
import { BadLine, Colon, HeadText, keywordTokens, ListMarker, StepNumber, StepWord, Text } from '../syntax/tokens.js';
import { sha256Hasher } from './hash.js';

/** One prefix-free code per token type: a keyword by its kind (not its spelling or language), the others by role. */
const codes = new Map<unknown, string>([
  ...[...keywordTokens].map(([kind, token]) => [token, `K${kind};`] as const),
  [StepWord, 'S;'], [Colon, ':'], [ListMarker, 'L;'],
]);
/** Token types whose words count, each with its own code. */
const wordCodes = new Map<unknown, string>([[StepNumber, 'N'], [HeadText, 'H'], [Text, 'T'], [BadLine, 'B']]);

/**
 * sha256 over what the document says: the language, then per token its kind and, for numbers and text, the words
 * (trailing spaces cut, as the parser cuts them), each length-prefixed so no two sequences write the same bytes. Comments,
 * blank lines, indentation, spacing, the colon written (`:` or `：`) and the keyword spellings do not count, so `sop fmt`
 * keeps the hash; every word, number, tag and the order of lines does. `schemaVersion` is part of it.
 */
export function sourceHash(source: string, language: Language, schemaVersion: number): string {
  const hasher = sha256Hasher();
  hasher.update(`sopkit-source/${schemaVersion}/${language}\n`);
  // Note: lexed in pieces of the parser's size, cut at a line end, where the lexer is back at the start of a line.
  for (let start = 0; start < source.length;) {
    const cut = source.indexOf('\n', start + pieceSize);
    const end = cut < 0 ? source.length : cut + 1;
    hasher.update(normalised(lex(start === 0 && end === source.length ? source : source.slice(start, end)).tokens));
    start = end;
  }
  return `sha256:${hasher.digest('hex')}`;
}

function normalised(tokens: readonly IToken[]): string {
  let out = '';
  for (const token of tokens) {
    const code = codes.get(token.tokenType);
    if (code !== undefined) {
      out += code;
      continue;
    }
    const words = token.image.trimEnd();
    out += `${wordCodes.get(token.tokenType) ?? '?'}${words.length}|${words}`;
  }
  return out;
}
