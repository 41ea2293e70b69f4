// The concrete syntax the formatter works from: the source cut into lines, each with the lexer tokens that start on it.
import { Lexer, type IToken } from 'chevrotain';
import { lexerDefinition } from '../syntax/tokens.js';

/** One physical line of the source. */
export interface SourceLine {
  /** Offset of the line's first character. */
  readonly start: number;
  /** The line without its line break (and without a trailing CR). */
  readonly text: string;
  /** The tokens on this line, comments included, in source order. */
  readonly tokens: readonly IToken[];
  /** Whether the lexer failed somewhere on this line. */
  readonly lexError: boolean;
}

let lexer: Lexer | undefined;

/** Cuts normalised source (as `parse` sees it: lone CRs already turned into LFs) into lines with their tokens. */
export function sourceLines(source: string): SourceLine[] {
  lexer ??= new Lexer(lexerDefinition, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true });
  const lexed = lexer.tokenize(source);
  const tokens = mergeByOffset(lexed.tokens, lexed.groups['comments'] ?? []);
  const errors = lexed.errors.map((e) => e.offset);
  const lines: SourceLine[] = [];
  let t = 0;
  let e = 0;
  let start = 0;
  while (start < source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const own: IToken[] = [];
    while (t < tokens.length && tokens[t]!.startOffset < end) own.push(tokens[t++]!);
    let lexError = false;
    while (e < errors.length && errors[e]! <= end) {
      lexError = true;
      e++;
    }
    const text = source.slice(start, end);
    lines.push({ start, text: text.endsWith('\r') ? text.slice(0, -1) : text, tokens: own, lexError });
    start = end + 1;
  }
  return lines;
}

function mergeByOffset(a: readonly IToken[], b: readonly IToken[]): IToken[] {
  if (b.length === 0) return [...a];
  return [...a, ...b].sort((x, y) => x.startOffset - y.startOffset);
}
