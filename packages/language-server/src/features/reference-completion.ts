// Completion of step numbers and roles, only where the parser read a keyword that takes them: a go-to, return, owner,
// escalate or notify keyword opening the line, or one that opens a branch's outcome (`否: 转到 工步 1`), never free text.
import { allWords, firstAtOrAfter, walkTree, type BranchNode, type KeywordKind, type KeywordUse } from '@sopkit/core';
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { documentStyle } from './document-style.js';

const stepKinds: ReadonlySet<KeywordKind> = new Set(['goto', 'return']);
const roleKinds: ReadonlySet<KeywordKind> = new Set(['owner', 'escalate', 'notify']);
const branchKinds: ReadonlySet<KeywordKind> = new Set(['yes', 'no', 'when', 'otherwise']);

/** Blanks, then an optional colon and blanks, between the keyword and what is typed after it. */
const separator = /^([ \t\u3000]*[:：]?[ \t\u3000]*)(.*)$/s;
const stepNumber = /^\d[\d.]*$/;
const stepSpellings = allWords('step');
/** A step word, then blanks (group 2) and the number so far (group 3). */
const stepWordThenNumber = new RegExp(`^(${stepSpellings.join('|')})([ \\t\\u3000]*)(\\d[\\d.]*)?$`, 'i');
/** Names typed so far after a list keyword: group 1 is the name under the cursor. */
const lastName = /^(?:[^,，、;；:：\r\n]*[,，、;；][ \t\u3000]*)*([^,，、;；:：\r\n]*)$/;

/**
 * The step or role items at the cursor, or undefined when the line has no keyword there that expects a reference
 * (the caller then offers something else, or nothing).
 */
export function referenceItems(analysis: Analysis, lineStart: number, cursor: number, position: Position): CompletionItem[] | undefined {
  const keyword = referenceKeyword(analysis, lineStart, cursor);
  if (!keyword) return undefined;
  const match = separator.exec(analysis.text.slice(keyword.span.end, cursor))!;
  const [, gap = '', typed = ''] = match;
  if (gap === '' && typed !== '') return [];
  const range = (length: number): Range => ({ start: { line: position.line, character: position.character - length }, end: position });
  if (stepKinds.has(keyword.kind)) {
    const lead = gap === '' || gap.endsWith(':') ? ' ' : '';
    return stepItems(analysis, typed, lead, range) ?? [];
  }
  const name = lastName.exec(typed);
  // Note: a line keyword with a blank but no colon after it is SOP1003, whose fix writes the colon; a name typed there would not help.
  if (!name || (!keyword.inline && gap !== '' && !/[:：]/.test(gap))) return [];
  const lead = gap === '' ? (keyword.inline ? ' ' : documentStyle(analysis).colon) : gap.endsWith(':') ? ' ' : '';
  return roleItems(analysis, lead, range(name[1]!.length));
}

/** The keyword of the cursor's line that takes a reference, with the cursor after it: the line's own, or a branch's inline action. */
function referenceKeyword(analysis: Analysis, lineStart: number, cursor: number): KeywordUse | undefined {
  const { ast } = analysis.result;
  const opening = ast.keywords[firstAtOrAfter(ast.keywords, cursor) - 1];
  if (!opening || opening.span.start < lineStart) return undefined;
  if (stepKinds.has(opening.kind) || roleKinds.has(opening.kind)) return opening.span.end <= cursor ? opening : undefined;
  if (!branchKinds.has(opening.kind)) return undefined;
  let branch: BranchNode | undefined;
  walkTree(ast, (node) => {
    if (node.span.start > opening.span.start || node.span.end < opening.span.end) return false;
    if (node.type === 'branch' && (node as BranchNode).keyword.span.start === opening.span.start) branch = node as BranchNode;
    return branch === undefined;
  });
  const inline = branch?.actions.find((a) => a.keyword.inline)?.keyword;
  return inline && (stepKinds.has(inline.kind) || roleKinds.has(inline.kind)) && inline.span.end <= cursor ? inline : undefined;
}

/**
 * Step items for what is typed after a go-to or return keyword: nothing (the step word and number are inserted, after
 * `lead`), part of a step word, a step word (with its number so far), or a number. Undefined for anything else.
 */
function stepItems(analysis: Analysis, typed: string, lead: string, range: (length: number) => Range): CompletionItem[] | undefined {
  const word = documentStyle(analysis).stepWord;
  let replaced: number;
  let withWord: boolean;
  const written = stepWordThenNumber.exec(typed);
  if (typed === '' || stepSpellings.some((w) => w.toLowerCase().startsWith(typed.toLowerCase()))) {
    [replaced, withWord] = [typed.length, true];
  } else if (stepNumber.test(typed)) {
    [replaced, withWord] = [typed.length, false];
  } else if (written) {
    const spaced = written[2] !== '';
    [replaced, withWord] = spaced ? [written[3]?.length ?? 0, false] : [typed.length, true];
  } else {
    return undefined;
  }
  const steps = analysis.index.steps.filter((step) => analysis.index.find(step.number) === step);
  return steps.map((step, i) => ({
    label: step.number,
    kind: CompletionItemKind.Reference,
    detail: step.node.value.text,
    labelDetails: { description: step.node.value.text },
    filterText: withWord ? `${word} ${step.number} ${step.node.value.text}` : step.number,
    sortText: String(i).padStart(6, '0'),
    textEdit: { range: range(replaced), newText: withWord ? `${lead}${word} ${step.number}` : step.number },
  }));
}

/** The declared roles (else the roles used so far), inserted after `lead`. */
function roleItems(analysis: Analysis, lead: string, range: Range): CompletionItem[] {
  const occurrences = analysis.occurrences;
  const declared = occurrences.all.filter((o) => o.kind === 'role-decl').map((o) => o.name);
  const names = declared.length > 0 ? declared : occurrences.all.filter((o) => o.kind === 'role-use').map((o) => o.name);
  return [...new Set(names)].map((name, i) => ({
    label: name, kind: CompletionItemKind.Value, sortText: String(i).padStart(6, '0'), filterText: name, textEdit: { range, newText: `${lead}${name}` },
  }));
}
