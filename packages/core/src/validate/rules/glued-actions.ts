// A branch outcome that glues an escalate/notify word to a declared role (`是: 上报中心`) reads as text: say so.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { decisionsOf } from '../../model/walk.js';
import { alternation } from '../../syntax/actions.js';
import { closingMark } from '../../syntax/text-values.js';
import type { Rule } from '../context.js';

const glued = new RegExp(`^(${alternation('escalate')}|${alternation('notify')})(\\S.*?)${closingMark}?$`, 'i');

export const gluedActions: Rule = ({ index, roles }) => {
  const out: PendingDiagnostic[] = [];
  if (!roles) return out;
  for (const step of index.steps) {
    for (const decision of decisionsOf(step.node)) {
      for (const branch of decision.branches) {
        const value = branch.value;
        const match = value && glued.exec(value.text);
        if (!value || !match || !roles.has(match[2]!)) continue;
        const after = value.span.start + match[1]!.length;
        out.push({
          code: 'SOP2033', span: value.span, args: { text: value.text, word: match[1]!, role: match[2]! },
          fix: { span: { start: after, end: after }, newText: ' ', preferred: true },
        });
      }
    }
  }
  return out;
};
