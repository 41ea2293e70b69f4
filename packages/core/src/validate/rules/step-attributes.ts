// Step marks are MOT or CSI; value tags come from the process's declared `核心价值` (when it declares them).
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { suggestName } from '../../model/names.js';
import { confidentSuggestion } from '../../syntax/suggest.js';
import type { Rule } from '../context.js';

export const knownMarks = ['MOT', 'CSI'] as const;

export const stepAttributes: Rule = ({ doc, index }) => {
  const out: PendingDiagnostic[] = [];
  const declared = doc.process?.fields.flatMap((f) => (f.type === 'list-field' && f.keyword.kind === 'values' ? f.names.map((n) => n.name) : []));
  for (const { node } of index.steps) {
    for (const mark of node.marks) {
      if (!knownMarks.some((m) => m === mark.name.toUpperCase())) out.push({ code: 'SOP2028', span: mark.span, args: { mark: mark.name } });
    }
    if (!declared || declared.length === 0) continue;
    for (const value of node.values) {
      if (declared.includes(value.name)) continue;
      const suggestion = suggestName(value.name, declared);
      out.push({
        code: 'SOP2029', span: value.span,
        args: { value: value.name, hint: suggestion ? `是不是「${suggestion}」？` : '', hintEn: suggestion ? ` Did you mean “${suggestion}”?` : '' },
        ...(suggestion && { fix: { span: value.span, newText: suggestion, ...(confidentSuggestion(value.name, suggestion, declared) && { preferred: true as const }) } }),
      });
    }
  }
  return out;
};
