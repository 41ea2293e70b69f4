// Which quick fixes are the one confident answer, safe to apply with a single keystroke ("preferred"): fixes that only
// restore what was obviously meant (a colon, a space, a closing bracket, the keyword in the document's language, deleting
// invisible characters), and a "did you mean" that is one edit away from a word of at least three characters with no other
// candidate that close. A weaker guess (结果 → 结束, 上传 → 上报) is still offered, but not preferred.
import { keywordTable, languages, type Diagnostic } from '@sopkit/core';
import type { Analysis } from '../analysis.js';

/** Codes whose fix restores what was obviously meant. */
const restoring: ReadonlySet<string> = new Set(['SOP1003', 'SOP1008', 'SOP1012', 'SOP1018', 'SOP2031']);

const keywordSpellings = [...new Set(keywordTable.flatMap((entry) => languages.flatMap((language) => entry.words[language].map((w) => w.toLowerCase()))))];

/** The words a "did you mean" fix of a code chooses from. */
function candidates(analysis: Analysis, code: string): readonly string[] | undefined {
  switch (code) {
    case 'SOP1001': return keywordSpellings;
    case 'SOP2006': return analysis.occurrences.all.filter((o) => o.kind === 'role-decl').map((o) => o.name);
    case 'SOP2029': return analysis.result.ast.process?.fields.flatMap((f) => (f.type === 'list-field' && f.keyword.kind === 'values' ? f.names.map((n) => n.name) : [])) ?? [];
    default: return undefined;
  }
}

/** Whether the diagnostic's fix is the one confident answer. */
export function isConfidentFix(analysis: Analysis, diagnostic: Diagnostic): boolean {
  const fix = diagnostic.fix;
  if (!fix) return false;
  if (restoring.has(diagnostic.code)) return true;
  const choices = candidates(analysis, diagnostic.code);
  if (!choices) return false;
  const written = analysis.text.slice(fix.range.start.offset, fix.range.end.offset).toLowerCase();
  const meant = fix.newText.toLowerCase();
  if (Math.max(written.length, meant.length) < 3 || !withinOneEdit(written, meant)) return false;
  return new Set(choices.map((c) => c.toLowerCase()).filter((c) => withinOneEdit(written, c))).size === 1;
}

/** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
