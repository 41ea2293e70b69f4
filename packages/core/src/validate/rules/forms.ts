// Form fields: an options bracket that is opened is closed (`新客户 [是/否`), or the options would print as part of the label;
// the fix closes it at the end of the field.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { readFieldText } from '../../syntax/field-options.js';
import type { Rule } from '../context.js';

const closing: Record<string, string> = { '[': ']', '［': '］', '【': '】' };

export const forms: Rule = ({ doc }) => {
  const out: PendingDiagnostic[] = [];
  for (const form of doc.forms) {
    for (const field of form.fields) {
      const at = readFieldText(field.value.text).unclosedAt;
      if (at === undefined) continue;
      const bracket = field.value.text[at]!;
      const start = field.value.span.start + at;
      const end = { start: field.value.span.start + field.value.text.length, end: field.value.span.start + field.value.text.length };
      out.push({
        code: 'SOP2031', span: { start, end: start + 1 },
        args: { bracket, closing: closing[bracket]!, example: '新客户 [是/否]', exampleEn: 'New customer [yes/no]' },
        fix: { span: end, newText: closing[bracket]!, preferred: true },
      });
    }
  }
  return out;
};
