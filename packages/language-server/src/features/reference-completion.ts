// Completion of step numbers and roles, only where the parser read a keyword that takes them: a go-to, return, owner,
// escalate or notify keyword opening the line, or one that opens a branch's outcome (`否: 转到 工步 1`), never free text.
import { allWords, firstAtOrAfter, walkTree, type BranchNode, type KeywordKind, type KeywordUse } from '@sopkit/core';
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { documentStyle } from './document-style.js';
import { stepCandidates, type StepQuery } from './step-candidates.js';

const stepKinds: ReadonlySet<KeywordKind> = new Set(['goto', 'return']);
const roleKinds: ReadonlySet<KeywordKind> = new Set(['owner', 'escalate', 'notify']);
const branchKinds: ReadonlySet<KeywordKind> = new Set(['yes', 'no', 'when', 'otherwise']);

/** Blanks, then an optional colon and blanks, between the keyword and what is typed after it. */
const separator = /^([ \t\u3000]*[:：]?[ \t\u3000]*)(.*)$/s;
const stepNumber = /^\d[\d.]*$/;
const stepSpellings = allWords('step');
/** An optional step word (group 1), blanks (group 2), and the rest typed so far (group 3). */
const stepWordThenRest = new RegExp(`^(?:(${stepSpellings.join('|')})([ \\t\\u3000]*))?(.*)$`, 'is');
/** Names typed so far after a list keyword: group 1 is the name under the cursor. */
const lastName = /^(?:[^,，、;；:：\r\n]*[,，、;；][ \t\u3000]*)*([^,，、;；:：\r\n]*)$/;

/**
 * The step or role items at the cursor, or undefined when the line has no keyword there that expects a reference
 * (the caller then offers something else, or nothing).
 */
export function referenceItems(analysis: Analysis, lineStart: number, cursor: number, position: Position): CompletionItem[] | CompletionList | undefined {
  const keyword = referenceKeyword(analysis, lineStart, cursor);
  if (!keyword) return undefined;
  const match = separator.exec(analysis.text.slice(keyword.span.end, cursor))!;
  const [, gap = '', typed = ''] = match;
  if (gap === '' && typed !== '') return [];
  const range = (length: number): Range => ({ start: { line: position.line, character: position.character - length }, end: position });
  if (stepKinds.has(keyword.kind)) {
    const lead = gap === '' || gap.endsWith(':') ? ' ' : '';
    return stepItems(analysis, keyword, cursor, typed, lead, range) ?? [];
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

/** How many steps one completion answer lists; the list says it is incomplete, so the client asks again as the user types. */
const stepItemCap = 50;

interface StepTyped {
  readonly query: StepQuery;
  /** How many characters before the cursor the item replaces. */
  readonly replaced: number;
  /** Whether the item inserts the step word before the number. */
  readonly withWord: boolean;
}

/**
 * Reads what is typed after a go-to or return keyword: nothing or part of a step word (the step word and number are
 * inserted), a step word with the number so far, a number, or words of a title (with or without the step word before
 * them). Undefined for anything else.
 */
function readStepTyped(typed: string): StepTyped | undefined {
  if (typed === '' || stepSpellings.some((w) => w.toLowerCase().startsWith(typed.toLowerCase()))) {
    return { query: { kind: 'any' }, replaced: typed.length, withWord: true };
  }
  const [, word, blanks = '', rest = ''] = stepWordThenRest.exec(typed)!;
  if (rest !== '' && !stepNumber.test(rest) && /^\d/.test(rest)) return undefined;
  const query: StepQuery = rest === '' ? { kind: 'any' } : stepNumber.test(rest)
    ? { kind: 'number', prefix: rest }
    : { kind: 'title', terms: rest.split(/[ \t\u3000]+/).filter((t) => t !== '') };
  // Note: right after the step word with no blank the whole typed text is replaced, so the item writes `工步 8`, not `工步8`;
  // a bare number stays bare (`转到 8` is a reference too).
  if (word === undefined) return { query, replaced: typed.length, withWord: query.kind === 'title' };
  return blanks === '' ? { query, replaced: typed.length, withWord: true } : { query, replaced: rest.length, withWord: false };
}

/** Step items for what is typed after a go-to or return keyword (inserted after `lead`), or undefined when it is not a step. */
function stepItems(analysis: Analysis, keyword: KeywordUse, cursor: number, typed: string, lead: string, range: (length: number) => Range): CompletionList | undefined {
  const read = readStepTyped(typed);
  if (!read) return undefined;
  const word = documentStyle(analysis).stepWord;
  const direction = keyword.kind === 'return' ? 'back' : 'forward';
  const { steps, complete } = stepCandidates(analysis.result.ast, analysis.index, cursor, direction, read.query, stepItemCap);
  const replacedText = typed.slice(typed.length - read.replaced);
  const items = steps.map((step, i): CompletionItem => {
    const title = step.node.value.text;
    const newText = read.withWord ? `${lead}${word} ${step.number}` : step.number;
    // Note: the server has filtered title words already; the filter text starts with what the item replaces, so the client keeps it.
    const filterText = read.query.kind === 'title' ? `${replacedText} ${step.number} ${title}` : read.withWord ? `${word} ${step.number} ${title}` : step.number;
    return {
      label: step.number,
      kind: CompletionItemKind.Reference,
      detail: title,
      labelDetails: { description: title },
      filterText,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: range(read.replaced), newText },
    };
  });
  return { isIncomplete: !complete || read.query.kind === 'title', items };
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
