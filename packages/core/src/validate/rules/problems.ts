// Every problem needs at least one remedy.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import type { Rule } from '../context.js';

export const problemsHaveRemedies: Rule = ({ index }) => {
  const out: PendingDiagnostic[] = [];
  for (const step of index.steps) {
    for (const problem of step.node.problems) {
      if (problem.remedies.length === 0 && problem.decisions.length === 0) {
        out.push({ code: 'SOP2007', span: problem.value.span.end > problem.value.span.start ? problem.value.span : problem.keyword.span, args: { problem: clip(problem.value.text) } });
      }
    }
  }
  return out;
};

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
