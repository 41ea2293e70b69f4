// Scenarios need a right answer, at least two choices, and (when they name one) a step that exists.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import type { Rule } from '../context.js';

export const scenarios: Rule = ({ index }) => {
  const out: PendingDiagnostic[] = [];
  for (const step of index.steps) {
    for (const scenario of step.node.scenarios) {
      const prompt = scenario.value.text.length > 24 ? `${scenario.value.text.slice(0, 23)}…` : scenario.value.text;
      if (scenario.target && !index.find(scenario.target.number)) {
        out.push({ code: 'SOP2018', span: scenario.target.span, args: { target: scenario.target.number } });
      }
      if (!scenario.choices.some((c) => c.correct)) out.push({ code: 'SOP2017', span: scenario.keyword.span, args: { prompt } });
      if (scenario.choices.length < 2) out.push({ code: 'SOP2019', span: scenario.keyword.span, args: { prompt, count: scenario.choices.length } });
    }
  }
  return out;
};
