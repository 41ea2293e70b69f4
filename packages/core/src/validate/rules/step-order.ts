// `顺序:` lines: a value the checker knows (按顺序 / 不分先后, in order / none), written once per process header or phase.
import type { FieldNode, ListFieldNode } from '../../ast/nodes.js';
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { readOrder, orderWords } from '../../syntax/step-order.js';
import type { Rule } from '../context.js';

export const stepOrder: Rule = ({ doc }) => {
  const out: PendingDiagnostic[] = [];
  const words = orderWords[doc.language];
  const check = (fields: readonly (FieldNode | ListFieldNode)[]) => {
    let seen = false;
    for (const field of fields) {
      if (field.type !== 'field' || field.keyword.kind !== 'order') continue;
      if (seen) out.push({ code: 'SOP2013', span: field.keyword.span, args: { keyword: field.keyword.image } });
      seen = true;
      if (field.value.text && readOrder(field.value.text) === undefined) {
        out.push({ code: 'SOP2032', span: field.value.span, args: { value: field.value.text, ordered: words.ordered[0]!, unordered: words.unordered[0]! } });
      }
    }
  };
  check(doc.process?.fields ?? []);
  for (const phase of doc.phases) check(phase.fields);
  return out;
};
