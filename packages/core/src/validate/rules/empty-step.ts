// A step with no standard, problem or decision is probably unfinished.
import type { Rule } from '../context.js';
import { stepLabel } from '../context.js';

export const emptyStep: Rule = ({ index }) =>
  index.steps
    .filter(({ node }) => node.standards.length === 0 && node.problems.length === 0 && node.decisions.length === 0 && node.actions.length === 0)
    .map(({ node, number }) => {
      const label = stepLabel(node, number);
      return { code: 'SOP2008' as const, span: node.keyword.span, args: { step: label['zh-CN'], stepEn: label.en } };
    });
