// Walking the elements below a step: every decision, action and annotation, wherever it is nested.
import type { ActionNode, Annotation, DecisionNode, RemedyNode, StepNode } from '../ast/nodes.js';

/** Every decision under a step (in the step, its problems and their remedies). */
export function decisionsOf(step: StepNode): DecisionNode[] {
  const result = [...step.decisions];
  for (const problem of step.problems) {
    result.push(...problem.decisions);
    for (const remedy of problem.remedies) result.push(...remedy.decisions);
  }
  return result;
}

/** Every action under a step, wherever it stands. */
export function actionsOf(step: StepNode): ActionNode[] {
  const result = [...step.actions];
  const fromRemedy = (remedy: RemedyNode) => result.push(...remedy.actions);
  for (const problem of step.problems) for (const remedy of problem.remedies) fromRemedy(remedy);
  for (const decision of decisionsOf(step)) for (const branch of decision.branches) result.push(...branch.actions);
  return result;
}

/** Every annotation line under a step, including on its standards, problems, remedies, decisions and branches. */
export function annotationsOf(step: StepNode): Annotation[] {
  const result = [...step.annotations];
  for (const standard of step.standards) result.push(...standard.annotations);
  for (const problem of step.problems) {
    result.push(...problem.annotations);
    for (const remedy of problem.remedies) result.push(...remedy.annotations);
  }
  for (const scenario of step.scenarios) result.push(...scenario.annotations);
  for (const decision of decisionsOf(step)) {
    result.push(...decision.annotations);
    for (const branch of decision.branches) result.push(...branch.annotations);
  }
  return result;
}
