// Go to definition and find references for step numbers (headers and go-to/return targets) and roles.
import type { Location, Position } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { nameKey, occurrenceAt, type Occurrence } from '../occurrences.js';
import { offsetAt, spanRange } from '../positions.js';

/** The occurrence under a position, if any. */
export function occurrenceAtPosition(analysis: Analysis, position: Position): Occurrence | undefined {
  return occurrenceAt(analysis.occurrences, offsetAt(analysis.result.lines, position));
}

/** Every occurrence sharing the name of `occurrence` (a step's header and references, a role's declaration and uses). */
export function related(analysis: Analysis, occurrence: Occurrence): readonly Occurrence[] {
  return analysis.occurrences.byName.get(nameKey(occurrence)) ?? [];
}

/** Whether an occurrence defines its name (a step's header, a role's declaration) rather than using it. */
export const isDefinition = (o: Occurrence): boolean => o.kind === 'step-header' || o.kind === 'role-decl';

function location(analysis: Analysis, occurrence: Occurrence): Location {
  return { uri: analysis.uri, range: spanRange(analysis.result.lines, occurrence.renameSpan ?? occurrence.span) };
}

/** Where the step or role under the cursor is defined (the first definition, for duplicates). */
export function definition(analysis: Analysis, position: Position): Location | null {
  const occurrence = occurrenceAtPosition(analysis, position);
  if (!occurrence) return null;
  const target = related(analysis, occurrence).find(isDefinition);
  return target ? location(analysis, target) : null;
}

/** Every place the step or role under the cursor is named. */
export function references(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const occurrence = occurrenceAtPosition(analysis, position);
  if (!occurrence) return [];
  return related(analysis, occurrence).filter((o) => includeDeclaration || !isDefinition(o)).map((o) => location(analysis, o));
}
