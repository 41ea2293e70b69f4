// Form fields: an options bracket that is opened is closed (`新客户 [是/否`), or the options would print as part of the label;
// the fix closes it at the end of the field.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { readFieldText } from '../../syntax/field-options.js';
import type { Rule } from '../context.js';

export const forms: Rule = ({ doc }) => {
  const out: PendingDiagnostic[] = [];
  for (const form of doc.forms) {
    for (const field of form.fields) {
      const unclosed = readFieldText(field.value.text).unclosed;
      if (!unclosed) continue;
      const { bracket, closing } = unclosed;
      const start = field.value.span.start + unclosed.at;
      const end = { start: field.value.span.start + field.value.text.length, end: field.value.span.start + field.value.text.length };
      out.push({
        code: 'SOP2031', span: { start, end: start + 1 },
        args: { bracket, closing, example: '新客户 [是/否]', exampleEn: 'New customer [yes/no]' },
        fix: { span: end, newText: closing, preferred: true },
      });
    }
  }
  return out;
};
