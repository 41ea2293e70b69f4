// Unreachable steps: a step is reached by falling through from the step before it, unless that step always leaves
// (every branch of a decision goes to, returns to or ends), or by a go-to / return-to from anywhere.
import type { ActionNode, DecisionNode, StepNode } from '../../ast/nodes.js';
import { stepLabel, type Rule } from '../context.js';

function alwaysLeaves(step: StepNode): boolean {
  if (step.actions.some(leaves)) return true;
  return step.decisions.some((decision) => decisionLeaves(decision));
}

function decisionLeaves(decision: DecisionNode): boolean {
  const exhaustive = decision.branches.some((b) => b.kind === 'otherwise') ||
    (decision.branches.some((b) => b.kind === 'yes') && decision.branches.some((b) => b.kind === 'no'));
  return exhaustive && decision.branches.every((b) => b.actions.some(leaves));
}

/** An action that leaves the normal flow: a go-to or return with a target, or the end of the visit. */
function leaves(action: ActionNode): boolean {
  return action.type === 'end' || ((action.type === 'goto' || action.type === 'return') && action.target !== undefined);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const reachability: Rule = ({ index, actions }) => {
  const steps = index.steps;
  if (steps.length === 0) return [];
  const reached = new Uint8Array(steps.length);
  reached[0] = 1;
  const queue = [0];
  const reach = (ordinal: number) => {
    if (reached[ordinal]) return;
    reached[ordinal] = 1;
    queue.push(ordinal);
  };
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    const step = steps[i]!.node;
    if (i + 1 < steps.length && !alwaysLeaves(step)) reach(i + 1);
    for (const action of actions[i]!) {
      if ((action.type === 'goto' || action.type === 'return') && action.target) {
        const to = index.find(action.target.number);
        if (to) reach(to.ordinal);
      }
    }
  }
  // Note: the first step of an unreachable run is cut off by the step before it; the others only by being after it.
  return steps
    .filter((step) => !reached[step.ordinal])
    .map((step) => {
      const label = stepLabel(step.node, step.number);
      const before = steps[step.ordinal - 1]!;
      const prev = stepLabel(before.node, before.number);
      const why = reached[before.ordinal]
        ? { why: '前一个工步的所有分支都转向了别处', whyEn: 'every branch of the step before it leads elsewhere' }
        : { why: `它前面的${prev['zh-CN']} 本身也无法到达`, whyEn: `the step before it, ${prev.en}, cannot be reached either` };
      return { code: 'SOP2011' as const, span: step.node.keyword.span, args: { step: label['zh-CN'], stepEn: capitalised(label.en), ...why } };
    });
};
