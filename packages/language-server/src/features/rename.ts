// Renaming a role everywhere (not onto another role), and renumbering a step together with every go-to/return that names
// it (not onto a taken number; unnumbered steps after it keep their numbers).
import { indexSteps, parse, type Span } from '@sopkit/core';
import { ResponseError, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { nameKey, type Occurrence } from '../occurrences.js';
import { say, type OwnWords, type WordArgs } from '../own-words.js';
import { spanRange } from '../positions.js';
import { occurrenceAtPosition, related } from './navigation.js';

const stepNumber = /^\d+(?:\.\d+)*$/;
const roleBreakers = /[,，、;；#@\r\n]/;

/** Refuses the rename with the server's words in the document's language. */
function refuse(analysis: Analysis, code: number, words: OwnWords, args: WordArgs = {}): never {
  throw new ResponseError(code, say(analysis.language, words, args));
}

function renamable(analysis: Analysis, position: Position): Occurrence {
  const occurrence = occurrenceAtPosition(analysis, position);
  if (!occurrence?.renameSpan) {
    refuse(analysis, ErrorCodes.InvalidRequest, occurrence?.kind === 'step-header'
      ? { zh: '这个工步没有编号，无法重新编号。', en: 'This step has no number to change.' }
      : { zh: '请把光标放在工步编号或角色名上。', en: 'Place the cursor on a step number or a role.' });
  }
  return occurrence;
}

/** The range and current text of the name under the cursor. */
export function prepareRename(analysis: Analysis, position: Position): { range: Range; placeholder: string } {
  const occurrence = renamable(analysis, position);
  return { range: spanRange(analysis.result.lines, occurrence.renameSpan!), placeholder: occurrence.name };
}

/** The edits that rename the role, or renumber the step, under the cursor. */
export function rename(analysis: Analysis, position: Position, newName: string): WorkspaceEdit {
  const occurrence = renamable(analysis, position);
  const name = newName.trim();
  if (occurrence.kind.startsWith('step')) {
    if (!stepNumber.test(name)) refuse(analysis, ErrorCodes.InvalidParams, { zh: '「{name}」不是工步编号（如 8 或 2.1）。', en: '“{name}” is not a step number (e.g. 8 or 2.1).' }, { name });
    if (name !== occurrence.name && analysis.index.find(name)) refuse(analysis, ErrorCodes.InvalidParams, { zh: '工步 {name} 已经存在。', en: 'Step {name} already exists.' }, { name });
  } else if (!name || roleBreakers.test(name)) {
    refuse(analysis, ErrorCodes.InvalidParams, { zh: '「{name}」不能作为角色名。', en: '“{name}” cannot be a role name.' }, { name });
  } else if (name !== occurrence.name && analysis.occurrences.byName.has(nameKey({ kind: 'role-use', name }))) {
    refuse(analysis, ErrorCodes.InvalidParams, { zh: '角色「{name}」已经存在。', en: 'The role “{name}” already exists.' }, { name });
  }
  // Note: an unnumbered step that references name by its derived number gets the new number written into its header.
  const edits: Edit[] = related(analysis, occurrence).flatMap((o) => {
    if (o.renameSpan) return [{ span: o.renameSpan, newText: name }];
    const at = o.step?.keyword.span.end;
    return o.kind === 'step-header' && at !== undefined ? [{ span: { start: at, end: at }, newText: ` ${name}` }] : [];
  });
  if (occurrence.kind.startsWith('step')) edits.push(...keepDerivedNumbers(analysis, edits));
  const lines = analysis.result.lines;
  return { changes: { [analysis.uri]: edits.map((e) => ({ range: spanRange(lines, e.span), newText: e.newText })) } };
}

interface Edit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * Unnumbered steps take their number from the step above (core's indexSteps); renumbering that step would silently
 * renumber them and break the references to them. Each one whose number would change gets its old number written.
 */
function keepDerivedNumbers(analysis: Analysis, edits: readonly Edit[]): Edit[] {
  let text = analysis.text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  const after = indexSteps(parse(text).ast).steps;
  return analysis.index.steps.flatMap((step, i) => {
    if (step.explicit || after[i]?.number === step.number || edits.some((e) => e.span.start === step.node.keyword.span.end)) return [];
    return [{ span: { start: step.node.keyword.span.end, end: step.node.keyword.span.end }, newText: ` ${step.number}` }];
  });
}
