// Process header checks: a header exists, has an id of the right form, and single-valued fields appear once.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import type { Rule } from '../context.js';

const singleValued = new Set(['id', 'version', 'owner', 'purpose', 'expectation']);
/** What a process id may be: it names the output folder, so lowercase letters, digits and hyphens only. */
/** A process id: it names the output folder, so it is short and safe as a file name everywhere. */
export const idPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

export const processHeader: Rule = ({ doc }) => {
  const out: PendingDiagnostic[] = [];
  const process = doc.process;
  if (!process) {
    const first = doc.keywords[0]?.span ?? { start: 0, end: 0 };
    return [{ code: 'SOP2001', span: first }];
  }
  const seen = new Set<string>();
  for (const field of process.fields) {
    if (singleValued.has(field.keyword.kind)) {
      if (seen.has(field.keyword.kind)) out.push({ code: 'SOP2013', span: field.keyword.span, args: { keyword: field.keyword.image } });
      seen.add(field.keyword.kind);
    }
    if (field.type === 'field' && field.keyword.kind === 'id' && field.value.text && !idPattern.test(field.value.text)) {
      out.push({ code: 'SOP2012', span: field.value.span, args: { id: field.value.text } });
    }
  }
  if (!seen.has('id')) out.push({ code: 'SOP2002', span: process.keyword.span, args: { keyword: process.keyword.image } });
  return out;
};
