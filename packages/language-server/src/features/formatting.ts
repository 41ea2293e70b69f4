// Document and range formatting through core's formatter.
import { formatEdits } from '@sopkit/core/format';
import type { Range, TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { offsetAt, spanRange } from '../positions.js';

/** The edits that format the whole document, or only the lines of `range`. */
export function formattingEdits(analysis: Analysis, range?: Range): TextEdit[] {
  const { lines } = analysis.result;
  const span = range && { start: offsetAt(lines, range.start), end: offsetAt(lines, range.end) };
  return formatEdits(analysis.text, span ? { range: span } : {}).map((edit) => ({ range: spanRange(lines, edit.span), newText: edit.newText }));
}
