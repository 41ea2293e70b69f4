// Quick fixes: one per diagnostic that carries a fix (preferred when core marks it the one confident answer), "fix all"
// of a code when the file has several, and `source.fixAll`, which applies every preferred fix of the file at once.
import type { Diagnostic } from '@sopkit/core';
import type { CodeAction, CodeActionParams, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { say } from '../own-words.js';
import { lspRange, offsetAt } from '../positions.js';
import { lspDiagnostic } from './diagnostics.js';

/** The code actions for the requested range, of the kinds the client asked for. */
export function codeActions(analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const { lines, diagnostics } = analysis.result;
  const from = offsetAt(lines, params.range.start);
  const to = offsetAt(lines, params.range.end);
  const fixable = diagnostics.filter((d) => d.fix);
  const wanted = (kind: string) => !params.context.only || params.context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    const touched = fixable.filter((d) => d.range.end.offset >= from && d.range.start.offset <= to);
    for (const diagnostic of touched) {
      actions.push({
        title: diagnostic.fix!.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lspDiagnostic(diagnostic, analysis.uri)],
        isPreferred: diagnostic.fix!.preferred,
        edit: { changes: { [analysis.uri]: [edit(diagnostic)] } },
      });
    }
    for (const code of new Set(touched.map((d) => d.code))) {
      const same = fixable.filter((d) => d.code === code);
      if (same.length < 2) continue;
      actions.push({
        title: say(analysis.language, { zh: '修正本文件中全部 {count} 处 {code}', en: 'Fix all {count} {code} in this file' }, { count: same.length, code }),
        kind: CodeActionKind.QuickFix,
        diagnostics: same.map((d) => lspDiagnostic(d, analysis.uri)),
        edit: { changes: { [analysis.uri]: apart(same) } },
      });
    }
  }
  const confident = fixable.filter((d) => d.fix!.preferred);
  if (wanted(CodeActionKind.SourceFixAll) && confident.length > 0) {
    actions.push({
      title: say(analysis.language, { zh: '修正所有有确定答案的问题', en: 'Fix every problem that has one certain fix' }),
      kind: CodeActionKind.SourceFixAll,
      diagnostics: confident.map((d) => lspDiagnostic(d, analysis.uri)),
      edit: { changes: { [analysis.uri]: apart(confident) } },
    });
  }
  return actions;
}

function edit(diagnostic: Diagnostic): TextEdit {
  return { range: lspRange(diagnostic.fix!.range), newText: diagnostic.fix!.newText };
}

/** The fixes' edits in order, leaving out any that overlaps one before it (a client must not receive overlapping edits). */
function apart(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const sorted = [...diagnostics].sort((a, b) => a.fix!.range.start.offset - b.fix!.range.start.offset);
  const edits: TextEdit[] = [];
  let start = -1;
  let end = -1;
  for (const diagnostic of sorted) {
    const range = diagnostic.fix!.range;
    // Note: two edits starting at the same offset (two insertions there) have no defined order; the first is kept.
    if (range.start.offset < end || range.start.offset === start) continue;
    edits.push(edit(diagnostic));
    start = range.start.offset;
    end = range.end.offset;
  }
  return edits;
}
