// Action lines (escalate, notify, go to, return to, reschedule, continue, end) and the inline form after a branch colon (`否: 转到 工步 15`).
import type { ActionNode, StepRef, TextValue } from '../ast/nodes.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
import { allWords, type KeywordKind } from './keywords.js';
import { lineSpan, plainValue, tokenSpan, type RawLine } from './line.js';
import { asciiDigits } from './digits.js';
import { closingMark, readList, readStepRef, readText } from './text-values.js';

/** Builds the action node of an action line. */
export function readAction(line: RawLine, diagnostics: PendingDiagnostic[]): ActionNode {
  const span = lineSpan(line);
  const kind = line.keyword.kind;
  if (kind === 'escalate' || kind === 'notify') {
    return { type: kind, keyword: line.keyword, roles: readList(plainValue(line, diagnostics, true)), span };
  }
  if (kind === 'goto' || kind === 'return') {
    let target;
    if (line.number && !line.head && !line.text) {
      // The reference is `工步 15` (step word and number), as when it is written after a colon or inline.
      target = { number: asciiDigits(line.number.image), span: { start: (line.stepWord ?? line.number).startOffset, end: tokenSpan(line.number).end } };
    } else {
      const raw = line.text ?? line.head;
      if (raw) target = stepRef(readText(raw.image, raw.startOffset), line.keyword.image, diagnostics);
    }
    if (!target) diagnostics.push({ code: 'SOP1011', span: line.keyword.span, args: { keyword: line.keyword.image } });
    return { type: kind, keyword: line.keyword, target, span };
  }
  const value = plainValue(line, diagnostics, false);
  return { type: kind as 'reschedule' | 'continue' | 'end', keyword: line.keyword, value: value.text ? value : undefined, span };
}

/** A step reference, with SOP1019 for words written after its number. */
function stepRef(value: TextValue, keyword: string, diagnostics: PendingDiagnostic[]): StepRef | undefined {
  const read = readStepRef(value);
  if (read?.extra) diagnostics.push({ code: 'SOP1019', span: read.extra.span, args: { keyword, number: read.ref.number, extra: read.extra.text } });
  return read?.ref;
}

const space = '[ \\t\\u3000]';
/** Every spelling of a keyword as a regex alternation (any run of spaces where a spelling has one). */
export function alternation(kind: KeywordKind): string {
  return allWords(kind).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, `${space}+`)).join('|');
}
const inlineKinds = ['goto', 'return', 'continue', 'end', 'escalate', 'notify', 'reschedule'] as const;
/** What may follow an action word in a branch outcome: a space, a colon, a number, a closing full stop, or (for go to and return) the word "step". */
const inlinePatterns = inlineKinds.map((kind) => ({
  kind,
  pattern: new RegExp(`^(${alternation(kind)})(?=${space}|[:：\\d\\uff10-\\uff19]|${closingMark}|$${kind === 'goto' || kind === 'return' ? `|${alternation('step')}` : ''})${space}*[:：]?${space}*`, 'i'),
}));
/** A closing full stop and nothing else. */
const onlyClosing = new RegExp(`^${closingMark}$`);

/** Reads a branch outcome such as `转到 工步 15`, `继续`, `结束` `上报 中心` or `通知 中心` as an action; undefined for plain text. */
export function inlineAction(value: TextValue, diagnostics: PendingDiagnostic[]): ActionNode | undefined {
  for (const { kind, pattern } of inlinePatterns) {
    const match = pattern.exec(value.text);
    if (!match) continue;
    const keyword = { kind, image: match[1]!, span: { start: value.span.start, end: value.span.start + match[1]!.length }, inline: true as const };
    const rest = readText(value.text.slice(match[0].length), value.span.start + match[0].length);
    const span = { ...value.span };
    if (kind === 'goto' || kind === 'return') {
      const target = stepRef(rest, keyword.image, diagnostics);
      if (!target) diagnostics.push({ code: 'SOP1011', span: keyword.span, args: { keyword: keyword.image } });
      return { type: kind, keyword, target, span };
    }
    if (kind === 'escalate' || kind === 'notify') return { type: kind, keyword, roles: readList(rest), span };
    return { type: kind, keyword, value: rest.text && !onlyClosing.test(rest.text) ? rest : undefined, span };
  }
  return undefined;
}
