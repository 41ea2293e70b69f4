// Deciding what each line becomes: blank, comment, verbatim (unparsable or misplaced), or a keyword line at a nesting depth.
import type { IToken } from 'chevrotain';
import type { KeywordKind } from '../syntax/keywords.js';
import { Comment, keywordTokens } from '../syntax/tokens.js';
import { blockKinds, siblingKinds } from './nesting.js';
import type { SourceLine } from './source-lines.js';
import type { Structure } from './structure.js';

export type LinePlan =
  | { readonly kind: 'blank' }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'verbatim' }
  | { readonly kind: 'code'; readonly depth: number; readonly block: boolean; readonly tokens: readonly IToken[] };

const kindOfToken = new Map([...keywordTokens].map(([kind, type]) => [type, kind] as const));
const blank = /^[ \t\u3000]*$/;

/** Plans every line: depth is one level below the element that owns the line, 0 for the lines that open a block. */
export function planLines(lines: readonly SourceLine[], structure: Structure): LinePlan[] {
  const open: { end: number; depth: number }[] = [];
  let misplacedAt = 0;
  const misplaced = (offset: number): boolean => {
    const spans = structure.misplaced;
    while (misplacedAt < spans.length && spans[misplacedAt]!.end <= offset) misplacedAt++;
    const span = spans[misplacedAt];
    return span !== undefined && span.start <= offset;
  };
  return lines.map((line): LinePlan => {
    if (blank.test(line.text)) return { kind: 'blank' };
    const first = line.tokens[0];
    if (first?.tokenType === Comment && line.tokens.length === 1) return { kind: 'comment', text: first.image };
    if (!first || line.lexError || misplaced(first.startOffset) || !structure.placed.has(first.startOffset)) return { kind: 'verbatim' };
    const kind: KeywordKind | undefined = kindOfToken.get(first.tokenType);
    while (open.length > 0 && open[open.length - 1]!.end <= first.startOffset) open.pop();
    const block = kind !== undefined && blockKinds.has(kind);
    const ownerDepth = open.length > 0 ? open[open.length - 1]!.depth : -1;
    const depth = block ? 0 : kind !== undefined && siblingKinds.has(kind) ? Math.max(0, ownerDepth) : ownerDepth + 1;
    const owner = structure.owners.get(first.startOffset);
    if (owner) open.push({ end: owner.end, depth });
    return { kind: 'code', depth, block, tokens: line.tokens };
  });
}
