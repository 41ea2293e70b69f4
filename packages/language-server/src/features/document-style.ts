// How a document already writes things, so that what completion inserts looks like the rest of it: the spelling of each
// keyword, how often each keyword opens a line, the step word of its references, and its colon. Read in one pass over
// the keyword lines and kept with the analysis (a 5,000-step file has some 40,000 of them).
import { canonicalWord, type KeywordKind } from '@sopkit/core';
import type { Analysis } from '../analysis.js';

export interface DocumentStyle {
  /** How many lines each keyword kind opens. */
  readonly kindCounts: ReadonlyMap<KeywordKind, number>;
  /** How many lines each spelling opens, by `kind` and folded spelling (`kind:可能遇到的问题`, `goto:go to`). */
  readonly spellingCounts: ReadonlyMap<string, number>;
  /** The colon most keyword lines use, as written after a keyword (`: ` or `：`). */
  readonly colon: string;
  /** The step word the document's references use most (`工步`, `步骤`, `step` …), else the canonical one. */
  readonly stepWord: string;
}

const styles = new WeakMap<Analysis, DocumentStyle>();

/** The style of the analysed document (read once per version). */
export function documentStyle(analysis: Analysis): DocumentStyle {
  let style = styles.get(analysis);
  if (!style) {
    style = readStyle(analysis);
    styles.set(analysis, style);
  }
  return style;
}

/** The spelling the document uses most for a keyword kind, among `spellings` (the document language's); else the first. */
export function preferredSpelling(style: DocumentStyle, kind: KeywordKind, spellings: readonly string[]): string {
  let best = spellings[0]!;
  let most = 0;
  for (const spelling of spellings) {
    const count = style.spellingCounts.get(`${kind}:${fold(spelling)}`) ?? 0;
    if (count > most) [best, most] = [spelling, count];
  }
  return best;
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  return /[ \t\u3000]/.test(lower) ? lower.replace(/[ \t\u3000]+/g, ' ') : lower;
}

function readStyle(analysis: Analysis): DocumentStyle {
  const { text } = analysis;
  const kindCounts = new Map<KeywordKind, number>();
  const spellingCounts = new Map<string, number>();
  let ascii = 0;
  let wide = 0;
  for (const keyword of analysis.result.ast.keywords) {
    kindCounts.set(keyword.kind, (kindCounts.get(keyword.kind) ?? 0) + 1);
    const key = `${keyword.kind}:${fold(keyword.image)}`;
    spellingCounts.set(key, (spellingCounts.get(key) ?? 0) + 1);
    let at = keyword.span.end;
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\u3000') at++;
    if (text[at] === ':') ascii++;
    else if (text[at] === '：') wide++;
  }
  const words = new Map<string, number>();
  for (const o of analysis.occurrences.all) {
    if (o.kind !== 'step-ref' || !o.renameSpan) continue;
    const word = text.slice(o.span.start, o.renameSpan.start).trim();
    if (word) words.set(word, (words.get(word) ?? 0) + 1);
  }
  const [stepWord] = [...words].sort((a, b) => b[1] - a[1]);
  return { kindCounts, spellingCounts, colon: wide > ascii ? '：' : ': ', stepWord: stepWord?.[0] ?? canonicalWord('step', analysis.language) };
}
