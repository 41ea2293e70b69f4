// Walking the elements below a step: every decision, action and annotation, wherever it is nested.
import type { ActionNode, Annotation, DecisionNode, DocumentNode, RemedyNode, Span, StepNode } from '../ast/nodes.js';
import { append } from './append.js';

/**
 * Memoises a list read from a step. A step node never changes what it holds (an edit makes a new node; see reparse()),
 * so the list is computed once per node, however many rules and checks read it.
 */
function perStep<T>(read: (step: StepNode) => T[]): (step: StepNode) => readonly T[] {
  const lists = new WeakMap<StepNode, readonly T[]>();
  return (step) => {
    let list = lists.get(step);
    if (!list) {
      list = read(step);
      lists.set(step, list);
    }
    return list;
  };
}

/** Every decision under a step (in the step, its problems and their remedies). */
export const decisionsOf = perStep((step): DecisionNode[] => {
  const result = [...step.decisions];
  for (const problem of step.problems) {
    append(result, problem.decisions);
    for (const remedy of problem.remedies) append(result, remedy.decisions);
  }
  return result;
});

/** Every action under a step, wherever it stands. */
export const actionsOf = perStep((step): ActionNode[] => {
  const result = [...step.actions];
  const fromRemedy = (remedy: RemedyNode) => append(result, remedy.actions);
  for (const problem of step.problems) for (const remedy of problem.remedies) fromRemedy(remedy);
  for (const decision of decisionsOf(step)) for (const branch of decision.branches) append(result, branch.actions);
  return result;
});

/** Every annotation line under a step, including on its standards, problems, remedies, decisions and branches. */
export const annotationsOf = perStep((step): Annotation[] => {
  const result = [...step.annotations];
  for (const standard of step.standards) append(result, standard.annotations);
  for (const problem of step.problems) {
    append(result, problem.annotations);
    for (const remedy of problem.remedies) append(result, remedy.annotations);
  }
  for (const scenario of step.scenarios) append(result, scenario.annotations);
  for (const decision of decisionsOf(step)) {
    append(result, decision.annotations);
    for (const branch of decision.branches) append(result, branch.annotations);
  }
  return result;
});

/** Any node of the tree: an object with a `type` and a `span`. */
export interface AnyNode {
  readonly type: string;
  readonly span: Span;
}

/**
 * Visits every node below the document's top-level elements (process, phases, loose steps, forms, templates, decision
 * tables) depth first, generically, so tools that only need spans need no change for new node types. `enter` returns
 * false to skip a node's children.
 */
export function walkTree(doc: DocumentNode, enter: (node: AnyNode) => boolean | void): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record['type'] === 'string' && typeof record['span'] === 'object' && enter(record as unknown as AnyNode) === false) return;
    for (const key in record) if (key !== 'span' && key !== 'keyword' && key !== 'keywords') visit(record[key]);
  };
  visit([doc.process, doc.extraProcesses, doc.phases, doc.looseSteps, doc.forms, doc.templates, doc.tables]);
}
