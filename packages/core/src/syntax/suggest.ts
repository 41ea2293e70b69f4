// "Did you mean": the closest keyword spelling to an unknown word, by edit distance over the keyword table.
import { keywordTable, languages, type KeywordEntry, type KeywordKind, type Language } from './keywords.js';

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. Beyond `limit` it
 * answers `limit + 1` without computing (two words whose lengths differ by more cannot be closer).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/** Lines an element owns right below its own: between equally close keywords, the line after a typo tells which was meant. */
const ownedKinds: Partial<Record<KeywordKind, readonly KeywordKind[]>> = {
  decision: ['yes', 'no', 'when', 'otherwise'],
  problem: ['remedy', 'alsoProblem'],
  remedy: ['escalate', 'notify', 'goto', 'return', 'reschedule', 'continue', 'end'],
  step: ['owner', 'standard', 'problem', 'marks', 'values', 'missing'],
  phase: ['step'],
  process: ['id', 'version', 'roles'],
  table: ['fact', 'rule'],
  rule: ['when'],
  form: ['field'],
  template: ['placeholder', 'body', 'example'],
  kpi: ['definition', 'target'],
  scenario: ['choice', 'correct', 'explanation'],
};

/**
 * Every keyword spelling close enough to `word` to be a plausible typo of it, with its distance. Chinese words are short,
 * so one wrong character in two is already one.
 */
function* closeSpellings(word: string): Generator<{ entry: KeywordEntry; lang: Language; candidate: string; distance: number }> {
  for (const entry of keywordTable) {
    for (const lang of languages) {
      for (const candidate of entry.words[lang]) {
        const limit = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
        const distance = editDistance(word, candidate, limit);
        if (distance <= limit && distance < Math.max(word.length, candidate.length)) yield { entry, lang, candidate, distance };
      }
    }
  }
}

/**
 * The keyword spelling closest to `word` and its kind, preferring on ties the keyword whose element owns the `next` line's
 * kind, then the document's language, then steps when the word is followed by a number; undefined when nothing is close.
 */
function closestKeyword(word: string, language: Language | undefined, numbered: boolean, next?: KeywordKind): { word: string; kind: KeywordKind } | undefined {
  let best: { word: string; kind: KeywordKind; distance: number; preferred: number } | undefined;
  for (const { entry, lang, candidate, distance } of closeSpellings(word)) {
    const owns = next !== undefined && ownedKinds[entry.kind]?.includes(next) ? 4 : 0;
    const preferred = owns + (lang === language ? 1 : 0) + (numbered && entry.shape === 'numbered-text' ? 2 : 0);
    if (!best || distance < best.distance || (distance === best.distance && preferred > best.preferred)) {
      best = { word: candidate, kind: entry.kind, distance, preferred };
    }
  }
  return best && { word: best.word, kind: best.kind };
}

/** The kinds of every keyword equally closest to `word` (empty when nothing is close). */
export function closestKinds(word: string): Set<KeywordKind> {
  let kinds = new Set<KeywordKind>();
  let least = Infinity;
  for (const { entry, distance } of closeSpellings(word)) {
    if (distance > least) continue;
    if (distance < least) {
      least = distance;
      kinds = new Set();
    }
    kinds.add(entry.kind);
  }
  return kinds;
}

/** The keyword spelling closest to `word` (see closestKeyword). */
export function suggestKeyword(word: string, language: Language | undefined, numbered = false, next?: KeywordKind): string | undefined {
  return closestKeyword(word, language, numbered, next)?.word;
}

/**
 * Whether a "did you mean" is the one confident answer, safe to apply with a single keystroke: one edit away from a
 * written word of at least three characters, with no other candidate that close (工做标准 → 工作标准 is; 结果 → 结束,
 * 上传 → 上报 are only offered).
 */
export function confidentSuggestion(written: string, suggestion: string, candidates: Iterable<string>): boolean {
  if (Math.max(written.length, suggestion.length) < 3 || editDistance(written, suggestion, 1) > 1) return false;
  const close = new Set<string>();
  for (const candidate of candidates) if (editDistance(written, candidate, 1) <= 1) close.add(candidate.toLowerCase());
  return close.size === 1;
}

/** Every spelling of every keyword in every language. */
export const allKeywordSpellings: readonly string[] = [...new Set(keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l])))];

