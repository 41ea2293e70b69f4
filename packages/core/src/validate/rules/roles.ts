// Owners and escalation targets must be declared roles (when the process declares roles); roles are declared once, and
// named once in a step's or a remedy's owners or an action's list.
import type { ActionNode, Name, StepNode } from '../../ast/nodes.js';
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { suggestName } from '../../model/names.js';
import { confidentSuggestion } from '../../syntax/suggest.js';
import type { Rule } from '../context.js';

export const roles: Rule = ({ doc, index, roles: declared, actions }) => {
  const out: PendingDiagnostic[] = [];
  const seen = new Set<string>();
  for (const field of doc.process?.fields ?? []) {
    if (field.type !== 'list-field' || field.keyword.kind !== 'roles') continue;
    for (const name of field.names) {
      if (seen.has(name.name)) out.push({ code: 'SOP2016', span: name.span, args: { role: name.name } });
      seen.add(name.name);
    }
  }
  const check = (name: Name) => {
    if (!declared || declared.has(name.name)) return;
    const suggestion = suggestName(name.name, [...declared.keys()]);
    out.push({
      code: 'SOP2006', span: name.span,
      args: { role: name.name, hint: suggestion ? `是不是「${suggestion}」？` : '', hintEn: suggestion ? ` Did you mean “${suggestion}”?` : '' },
      ...(suggestion && { fix: { span: name.span, newText: suggestion, ...(confidentSuggestion(name.name, suggestion, declared.keys()) && { preferred: true as const }) } }),
    });
  };
  for (const step of index.steps) {
    for (const names of roleLists(step.node, actions[step.ordinal]!)) {
      const named = new Set<string>();
      for (const name of names) {
        if (named.has(name.name)) out.push({ code: 'SOP2035', span: name.span, args: { role: name.name } });
        named.add(name.name);
        check(name);
      }
    }
  }
  return out;
};

/** The lists of roles a step names: its owners, each remedy's owners, each escalation's or notification's roles. */
function* roleLists(step: StepNode, actions: readonly ActionNode[]): Generator<readonly Name[]> {
  yield step.owners;
  for (const problem of step.problems) for (const remedy of problem.remedies) yield remedy.owners;
  for (const action of actions) if ('roles' in action) yield action.roles;
}
