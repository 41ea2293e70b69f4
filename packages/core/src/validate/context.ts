// What every validation rule receives: the tree, its step index and declared roles.
import type { ActionNode, DocumentNode, Name, StepNode } from '../ast/nodes.js';
import { actionsOf } from '../model/walk.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
import { indexSteps, type StepIndex } from '../model/step-index.js';

export interface RuleContext {
  readonly doc: DocumentNode;
  readonly index: StepIndex;
  /** Declared roles by name, or undefined when the process declares none. */
  readonly roles: ReadonlyMap<string, Name> | undefined;
  /** Every action under each step, by the step's ordinal (read once for all rules). */
  readonly actions: readonly (readonly ActionNode[])[];
}

/** A validation rule: a pure function from the context to diagnostics. */
export type Rule = (ctx: RuleContext) => PendingDiagnostic[];

export function createContext(doc: DocumentNode): RuleContext {
  const roleFields = doc.process?.fields.filter((f) => f.type === 'list-field' && f.keyword.kind === 'roles') ?? [];
  let roles: Map<string, Name> | undefined;
  for (const field of roleFields) {
    if (field.type !== 'list-field') continue;
    roles ??= new Map();
    for (const name of field.names) if (!roles.has(name.name)) roles.set(name.name, name);
  }
  const index = indexSteps(doc);
  return { doc, index, roles, actions: index.steps.map((step) => actionsOf(step.node)) };
}

/** How a step is named in messages: `工步 14` / `step 14`, or its title when unnumbered. */
export function stepLabel(step: StepNode, number: string): Readonly<Record<'zh-CN' | 'en', string>> {
  return step.number ? { 'zh-CN': `工步 ${number}`, en: `step ${number}` } : { 'zh-CN': `工步「${step.value.text}」`, en: `step “${step.value.text}”` };
}
