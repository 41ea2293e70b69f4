// Step numbering: duplicates are errors (`2` and `02` are the same number), numbers that go backwards are warnings.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { canonicalStepNumber as same, compareStepNumbers, type IndexedStep } from '../../model/step-index.js';
import type { Rule } from '../context.js';

/**
 * Two steps with one number are SOP2004 at the second. When one of them has no number of its own (it was counted on
 * from the step before it), that one is at fault, wherever it stands: SOP2036 asks for its number, and the numbered
 * step is not reported.
 */
export const stepNumbers: Rule = ({ index }) => {
  const out: PendingDiagnostic[] = [];
  const first = new Map<string, IndexedStep>();
  let previous: IndexedStep | undefined;
  for (const step of index.steps) {
    const span = step.node.number?.span ?? step.node.keyword.span;
    const key = same(step.number);
    // Note: find() prefers the step written with the number over one counted to it.
    const owner = index.find(step.number);
    const earlier = first.get(key);
    if (!step.explicit && owner?.explicit) {
      out.push({ code: 'SOP2036', span, args: { number: step.number }, related: [place(owner, 'numbered')] });
    } else if (earlier && step.explicit === earlier.explicit) {
      out.push({ code: 'SOP2004', span, args: { number: step.number }, related: [place(earlier, 'first')] });
    } else {
      first.set(key, step);
      if (previous && step.explicit && compareStepNumbers(step.number, previous.number) < 0) {
        out.push({ code: 'SOP2005', span, args: { number: step.number, previous: previous.number } });
      }
    }
    previous = step;
  }
  return out;
};

function place(step: IndexedStep, as: 'first' | 'numbered'): NonNullable<PendingDiagnostic['related']>[number] {
  const text = as === 'first'
    ? { 'zh-CN': `工步 ${step.number} 首次出现在这里`, en: `step ${step.number} is first used here` }
    : { 'zh-CN': `工步 ${step.number} 写在这里`, en: `step ${step.number} is numbered here` };
  return { span: step.node.number?.span ?? step.node.keyword.span, text };
}
