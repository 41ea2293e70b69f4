// Step numbering: duplicates are errors (`2` and `02` are the same number), numbers that go backwards are warnings.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { canonicalStepNumber as same, compareStepNumbers } from '../../model/step-index.js';
import type { Rule } from '../context.js';

export const stepNumbers: Rule = ({ index }) => {
  const out: PendingDiagnostic[] = [];
  const first = new Map<string, (typeof index.steps)[number]>();
  let previous: (typeof index.steps)[number] | undefined;
  for (const step of index.steps) {
    const span = step.node.number?.span ?? step.node.keyword.span;
    const earlier = first.get(same(step.number));
    if (earlier) {
      out.push({
        code: 'SOP2004', span, args: { number: step.number },
        related: [{ span: earlier.node.number?.span ?? earlier.node.keyword.span, text: { 'zh-CN': `工步 ${earlier.number} 首次出现在这里`, en: `step ${earlier.number} is first used here` } }],
      });
    } else {
      first.set(same(step.number), step);
      if (previous && step.explicit && compareStepNumbers(step.number, previous.number) < 0) {
        out.push({ code: 'SOP2005', span, args: { number: step.number, previous: previous.number } });
      }
    }
    previous = step;
  }
  return out;
};
