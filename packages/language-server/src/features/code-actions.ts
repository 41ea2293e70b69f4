// Quick fixes: one per diagnostic that carries a fix ("did you mean …", a keyword of another language).
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { lspRange, offsetAt } from '../positions.js';
import { lspDiagnostic } from './diagnostics.js';

/** The quick fixes for the diagnostics that touch the requested range. */
export function codeActions(analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const { lines, diagnostics } = analysis.result;
  const from = offsetAt(lines, params.range.start);
  const to = offsetAt(lines, params.range.end);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fix;
    if (!fix || diagnostic.range.end.offset < from || diagnostic.range.start.offset > to) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [lspDiagnostic(diagnostic, analysis.uri)],
      isPreferred: true,
      edit: { changes: { [analysis.uri]: [{ range: lspRange(fix.range), newText: fix.newText }] } },
    });
  }
  return actions;
}
