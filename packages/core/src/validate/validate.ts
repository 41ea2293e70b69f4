// validate(): runs every rule over a parsed document and returns positioned diagnostics.
import type { DocumentNode } from '../ast/nodes.js';
import type { LineMap } from '../diagnostics/line-map.js';
import { resolveDiagnostics, sortDiagnostics, wordingFor, type PendingDiagnostic } from '../diagnostics/messages.js';
import type { Language } from '../syntax/keywords.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { createContext, type Rule } from './context.js';
import { decisionTables } from './rules/decision-tables.js';
import { decisions } from './rules/decisions.js';
import { emptyStep } from './rules/empty-step.js';
import { forms } from './rules/forms.js';
import { gluedActions } from './rules/glued-actions.js';
import { problemsHaveRemedies } from './rules/problems.js';
import { processHeader } from './rules/process-header.js';
import { reachability } from './rules/reachability.js';
import { roles } from './rules/roles.js';
import { scenarios } from './rules/scenarios.js';
import { stepAttributes } from './rules/step-attributes.js';
import { stepNumbers } from './rules/step-numbers.js';
import { stepOrder } from './rules/step-order.js';
import { stepReferences } from './rules/step-references.js';
import { templates } from './rules/templates.js';
import { timings } from './rules/timings.js';

export const rules: readonly Rule[] = [processHeader, stepNumbers, stepReferences, roles, problemsHaveRemedies, emptyStep, decisions, timings, reachability, scenarios,
  decisionTables, templates, forms, stepOrder, stepAttributes, gluedActions];

/** Runs all rules; diagnostics not yet positioned. */
export function validatePending(doc: DocumentNode): PendingDiagnostic[] {
  const ctx = createContext(doc);
  return rules.flatMap((rule) => rule(ctx));
}

/** Runs all rules and words the diagnostics in the document's language (or `language`). */
export function validate(doc: DocumentNode, lines: LineMap, language?: Language): Diagnostic[] {
  const wording = wordingFor(doc.language, language);
  return sortDiagnostics(resolveDiagnostics(validatePending(doc), lines, wording.language, wording.traditional));
}
