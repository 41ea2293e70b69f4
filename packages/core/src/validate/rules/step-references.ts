// Go-to and return-to actions must name a step that exists.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { stepLabel, type Rule } from '../context.js';

export const stepReferences: Rule = ({ index, actions }) => {
  const out: PendingDiagnostic[] = [];
  for (const step of index.steps) {
    for (const action of actions[step.ordinal]!) {
      if ((action.type !== 'goto' && action.type !== 'return') || !action.target) continue;
      if (index.find(action.target.number)) continue;
      const from = stepLabel(step.node, step.number);
      out.push({ code: 'SOP2003', span: action.target.span, args: { from: from['zh-CN'], target: action.target.number, fromEn: from.en } });
    }
  }
  return out;
};
