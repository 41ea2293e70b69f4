// The text lines inside each kind of node (a step with its owners, a problem with its remedies, a wrapped question) and of frame titles.
import type { ActionJson, BranchJson, DecisionJson, ProblemJson, StepJson } from '@sopkit/core';
import { isGroup, type GraphItem, type LabelLine } from './diagram-graph.js';
import type { Vocabulary } from './vocabulary.js';

/** `8 · 敲门` in bold, then `负责：服务工程师`. */
export function stepLines(step: StepJson, words: Vocabulary): LabelLine[] {
  return [
    { text: `${step.number} · ${step.title}`, strong: true },
    ...(step.owners.length > 0 ? [{ text: `${words.owner}${words.colon}${step.owners.join(words.listSeparator)}` }] : []),
  ];
}

/** The label of a decision branch: yes, no, otherwise, or its condition. */
export function branchLabel(branch: BranchJson, words: Vocabulary): string {
  if (branch.kind === 'yes') return words.yes;
  if (branch.kind === 'no') return words.no;
  if (branch.kind === 'otherwise') return words.otherwise;
  return branch.condition ?? words.otherwise;
}

/**
 * A problem (and the problems sharing its remedies) in bold, then its decisions and remedies, one line each; `withItems`
 * adds each remedy's numbered sub-items. Escalations, jumps and the end are drawn as edges, not written here.
 */
export function problemLines(group: readonly ProblemJson[], words: Vocabulary, withItems: boolean): LabelLine[] {
  const first = group[0]!;
  return [
    ...group.map((p, i) => ({ text: `${i === 0 ? '⚠' : words.or} ${p.text}`, strong: true })),
    ...first.decisions.flatMap((d) => decisionLines(d, words)),
    ...first.remedies.flatMap((remedy) => [
      { text: `→ ${remedy.text}` },
      ...(withItems ? remedy.items.map((text, n) => ({ text: `   ${n + 1}. ${text}` })) : []),
      ...rescheduleLines(remedy.actions, words),
      ...remedy.decisions.flatMap((d) => decisionLines(d, words)),
    ]),
  ];
}

function decisionLines(decision: DecisionJson, words: Vocabulary): LabelLine[] {
  return [
    { text: `◇ ${decision.question}` },
    ...decision.branches.map((b) => ({ text: `   ▸ ${branchLabel(b, words)}${b.text ? `${words.colon}${b.text}` : ''}` })),
  ];
}

function rescheduleLines(actions: readonly ActionJson[], words: Vocabulary): LabelLine[] {
  return actions.flatMap((a) => (a.type === 'reschedule' ? [{ text: `   ↻ ${words.reschedule}${a.text ? `${words.colon}${a.text}` : ''}` }] : []));
}

/** Wide characters (CJK, full-width) count 1, others about half: a rough measure of label width. */
function units(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.55;
}

const breakAfter = /[?？!！,，;；、。.:：\s]/;

/**
 * Breaks a label into short lines (about `width` Chinese characters each, after punctuation when it can), e.g. a
 * decision's question, so the diamond around it stays small; Mermaid's own wrapping would make it as wide as a label may get.
 */
export function wrapQuestion(question: string, width = 14): LabelLine[] {
  const lines: string[] = [];
  let line = '';
  let size = 0;
  for (const ch of question) {
    line += ch;
    size += units(ch);
    if (size < width) continue;
    const chars = [...line];
    let cut = chars.length;
    for (let i = chars.length - 1; i >= chars.length / 3; i--) {
      if (breakAfter.test(chars[i]!)) {
        cut = i + 1;
        break;
      }
    }
    lines.push(chars.slice(0, cut).join('').trim());
    line = chars.slice(cut).join('');
    size = [...line].reduce((sum, c) => sum + units(c), 0);
  }
  if (line.trim()) lines.push(line.trim());
  return lines.map((text) => ({ text }));
}

/** The rough width of a label line, in Chinese characters (see units). */
export function lineUnits(text: string): number {
  return [...text].reduce((sum, c) => sum + units(c), 0);
}

/** Room around a box's text, in Chinese characters: its own padding and the frame's (16 px each at the least). */
const boxPadding = 2;
/** Narrowest wrapping of a frame's title, in Chinese characters: a frame round small boxes still takes a short title whole. */
const minTitleWidth = 10;

/**
 * A frame's title in lines of even length, each about as wide as the widest box drawn inside the frame at most (Mermaid
 * widens a frame to a longer one-line title with no room to spare, which printing can push over its edges).
 */
export function frameTitle(title: string, items: readonly GraphItem[]): LabelLine[] {
  const widest = Math.max(minTitleWidth, ...items.flatMap(function widths(item): number[] {
    return isGroup(item) ? item.items.flatMap(widths) : item.lines.map((line) => lineUnits(line.text));
  }));
  const width = lineUnits(title);
  if (width <= widest + boxPadding) return [{ text: title }];
  // Note: as few lines as the widest box allows, each about as long (a line may end early at punctuation, so the
  // shortest even width that still makes that many lines), so no word is left alone on a last line.
  const lines = Math.ceil(width / widest);
  for (let even = width / lines; even < widest; even += 0.5) {
    const wrapped = wrapQuestion(title, even);
    if (wrapped.length <= lines) return wrapped;
  }
  return wrapQuestion(title, widest);
}
