// How a document already writes things, so that what completion inserts looks like the rest of it: the spelling of each
// keyword, the step word of its references, and its colon.
import { canonicalWord, type KeywordKind } from '@sopkit/core';
import type { Analysis } from '../analysis.js';

/** The spelling the document uses most for a keyword kind, among the document language's spellings; else the canonical one. */
export function preferredSpelling(analysis: Analysis, kind: KeywordKind, spellings: readonly string[]): string {
  const fold = (word: string) => word.toLowerCase().replace(/[ \t\u3000]+/g, ' ');
  const counts = new Map<string, number>();
  for (const keyword of analysis.result.ast.keywords) {
    if (keyword.kind !== kind) continue;
    const spelling = spellings.find((s) => fold(s) === fold(keyword.image));
    if (spelling) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  let best = spellings[0]!;
  for (const spelling of spellings) if ((counts.get(spelling) ?? 0) > (counts.get(best) ?? 0)) best = spelling;
  return best;
}

/** How many lines of the document each keyword kind opens. */
export function keywordCounts(analysis: Analysis): Map<KeywordKind, number> {
  const counts = new Map<KeywordKind, number>();
  for (const keyword of analysis.result.ast.keywords) counts.set(keyword.kind, (counts.get(keyword.kind) ?? 0) + 1);
  return counts;
}

/** The step word the document's references already use most (`工步`, `步骤`, `step` …), else the canonical one. */
export function referenceStepWord(analysis: Analysis): string {
  const counts = new Map<string, number>();
  for (const o of analysis.occurrences.all) {
    if (o.kind !== 'step-ref' || !o.renameSpan) continue;
    const word = analysis.text.slice(o.span.start, o.renameSpan.start).trim();
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? canonicalWord('step', analysis.language);
}

/** The colon most keyword lines of the document use, as written after a keyword (`: ` or `：`). */
export function colonLead(analysis: Analysis): string {
  let wide = 0;
  let ascii = 0;
  for (const keyword of analysis.result.ast.keywords) {
    const next = /^[ \t\u3000]*([:：])/.exec(analysis.text.slice(keyword.span.end, keyword.span.end + 4))?.[1];
    if (next === ':') ascii++;
    else if (next === '：') wide++;
  }
  return wide > ascii ? '：' : ': ';
}
