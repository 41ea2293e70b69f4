// Renaming a role everywhere, and renumbering a step together with every go-to/return that names it.
import { ResponseError, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import type { Occurrence } from '../occurrences.js';
import { spanRange } from '../positions.js';
import { occurrenceAtPosition, related } from './navigation.js';

const stepNumber = /^\d+(?:\.\d+)*$/;
const roleBreakers = /[,，、;；#@\r\n]/;

function english(analysis: Analysis): boolean {
  return analysis.language === 'en';
}

function renamable(analysis: Analysis, position: Position): Occurrence {
  const occurrence = occurrenceAtPosition(analysis, position);
  if (!occurrence?.renameSpan) {
    const message = occurrence?.kind === 'step-header'
      ? (english(analysis) ? 'This step has no number to change.' : '这个工步没有编号，无法重新编号。')
      : (english(analysis) ? 'Place the cursor on a step number or a role.' : '请把光标放在工步编号或角色名上。');
    throw new ResponseError(ErrorCodes.InvalidRequest, message);
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
  const en = english(analysis);
  if (occurrence.kind.startsWith('step')) {
    if (!stepNumber.test(name)) throw new ResponseError(ErrorCodes.InvalidParams, en ? `“${name}” is not a step number (e.g. 8 or 2.1).` : `「${name}」不是工步编号（如 8 或 2.1）。`);
    if (name !== occurrence.name && analysis.index.find(name)) {
      throw new ResponseError(ErrorCodes.InvalidParams, en ? `Step ${name} already exists.` : `工步 ${name} 已经存在。`);
    }
  } else if (!name || roleBreakers.test(name)) {
    throw new ResponseError(ErrorCodes.InvalidParams, en ? `“${name}” cannot be a role name.` : `「${name}」不能作为角色名。`);
  }
  const lines = analysis.result.lines;
  // Note: an unnumbered step that references name by its derived number gets the new number written into its header.
  const edits = related(analysis, occurrence).flatMap((o) => {
    if (o.renameSpan) return [{ range: spanRange(lines, o.renameSpan), newText: name }];
    const at = o.step?.keyword.span.end;
    return o.kind === 'step-header' && at !== undefined ? [{ range: spanRange(lines, { start: at, end: at }), newText: ` ${name}` }] : [];
  });
  return { changes: { [analysis.uri]: edits } };
}
