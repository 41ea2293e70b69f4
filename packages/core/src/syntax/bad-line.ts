// Unreadable lines: the word and number before their colon, and whether one most likely opens an element of its own.
import { digit } from './digits.js';
import type { KeywordKind } from './keywords.js';
import { closestKinds } from './suggest.js';

/** The head of an unreadable line: the word before a colon, and a step number after it (`工部 9:`). */
export const badLineHead = new RegExp(`^([^\\s:：\\d\\uff10-\\uff19]+)[ \\t\\u3000]*(${digit}+(?:\\.${digit}+)*)?[ \\t\\u3000]*[:：]`);

/** Elements that a mistyped line would open, closing the step it stands in. */
const elementKinds = new Set<KeywordKind>(['process', 'phase', 'step', 'form', 'template', 'table', 'kpi']);

/**
 * Whether an unreadable line is most likely the head of a new element (`工部 9:`, `阶级:`), so that the step before it
 * ends there; any other unreadable line (`负则: …`, a sentence without a keyword) stays inside its step, whose later
 * lines are read as usual. A word as close to a keyword inside steps as to an element's (`判段`: 判断 or 阶段) stays.
 */
export function opensElement(line: string): boolean {
  const head = badLineHead.exec(line);
  if (!head) return false;
  const kinds = closestKinds(head[1]!);
  if (head[2] !== undefined) return kinds.size === 0 || kinds.has('step');
  return kinds.size > 0 && [...kinds].every((kind) => elementKinds.has(kind));
}
