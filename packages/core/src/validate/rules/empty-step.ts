// A step with no standard, problem or decision is probably unfinished.
import type { Rule } from '../context.js';
import { stepLabel } from '../context.js';

export const emptyStep: Rule = ({ index }) =>
  index.steps
    // Note: a step marked `缺失` is an acknowledged gap in the source; a dealer-style row (owner, marks, values, reference)
    // says what it needs to say in its title. Only a step with nothing but a title is reported.
    .filter(({ node }) => node.missing.length + node.standards.length + node.problems.length + node.decisions.length + node.actions.length +
      node.scenarios.length + node.owners.length + node.marks.length + node.values.length + node.annotations.length === 0)
    .map(({ node, number }) => {
      const label = stepLabel(node, number);
      return { code: 'SOP2008' as const, span: node.keyword.span, args: { step: label['zh-CN'], stepEn: label.en } };
    });
