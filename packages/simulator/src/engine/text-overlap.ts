// How much two texts say in the same words: CJK character bigrams and Latin word bigrams, compared by the share of the shorter text found in the other.

const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const unit = new RegExp(`[${cjk}]|(?:(?![${cjk}])[\\p{L}\\p{N}])+`, 'gu');

/**
 * The bigrams of a text: each CJK character and each Latin or digit word is a unit (spaces and punctuation ignored), and
 * each pair of neighbouring units is a token (「改约时间」 → 改约, 约时, 时间; "call the centre" → "call the", "the centre").
 * A text of one unit is that unit.
 */
export function bigrams(text: string): Set<string> {
  const units = [...text.normalize('NFKC').toLowerCase().matchAll(unit)].map((m) => m[0]);
  if (units.length === 1) return new Set(units);
  const tokens = new Set<string>();
  for (let i = 1; i < units.length; i++) tokens.add(`${units[i - 1]!} ${units[i]!}`);
  return tokens;
}

/** The share of the smaller token set found in the other (the overlap coefficient): 1 when one text says all of the other, 0 when either is empty. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : sharedCount(a, b) / smaller;
}

/** How many tokens two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared;
}
