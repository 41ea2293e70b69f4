// Decisions need branches, and a yes, no or otherwise branch appears at most once.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { decisionsOf } from '../../model/walk.js';
import type { Rule } from '../context.js';

export const decisions: Rule = ({ index }) => {
  const out: PendingDiagnostic[] = [];
  for (const step of index.steps) {
    for (const decision of decisionsOf(step.node)) {
      if (decision.branches.length === 0) out.push({ code: 'SOP2010', span: decision.keyword.span, args: { question: decision.value.text } });
      const seen = new Set<string>();
      for (const branch of decision.branches) {
        if (branch.kind === 'when') continue;
        if (seen.has(branch.kind)) out.push({ code: 'SOP2014', span: branch.keyword.span, args: { keyword: branch.keyword.image } });
        seen.add(branch.kind);
      }
    }
  }
  return out;
};
