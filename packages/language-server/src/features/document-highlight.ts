// Document highlight: on a step number or a reference to it, the step's header (write) and every go-to/return naming it
// (read); on a role, its declaration (write) and every use (read). The same occurrences as references and rename.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { spanRange } from '../positions.js';
import { isDefinition, occurrenceAtPosition, related } from './navigation.js';

/** The highlights of the step or role under the cursor, or none. */
export function documentHighlights(analysis: Analysis, position: Position): DocumentHighlight[] {
  const occurrence = occurrenceAtPosition(analysis, position);
  if (!occurrence) return [];
  const lines = analysis.result.lines;
  return related(analysis, occurrence).map((o) => ({
    range: spanRange(lines, o.renameSpan ?? o.span),
    kind: isDefinition(o) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
