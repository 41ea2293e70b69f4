// Timing lines must be understood, so that they compile to ISO 8601.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { annotationsOf } from '../../model/walk.js';
import { parseTiming } from '../../syntax/timing.js';
import type { Rule } from '../context.js';

export const timings: Rule = ({ doc, index }) => {
  const out: PendingDiagnostic[] = [];
  const annotations = [
    ...(doc.process?.annotations ?? []),
    ...doc.phases.flatMap((phase) => phase.annotations),
    ...doc.tables.flatMap((table) => [...table.annotations, ...table.rules.flatMap((r) => [...r.annotations, ...r.remedies.flatMap((m) => m.annotations)])]),
    ...doc.templates.flatMap((t) => t.annotations),
    ...doc.forms.flatMap((f) => f.annotations),
    ...index.steps.flatMap((step) => annotationsOf(step.node)),
  ];
  for (const annotation of annotations) {
    if (annotation.type !== 'timing' || !annotation.value.text) continue;
    if (!parseTiming(annotation.value.text)) out.push({ code: 'SOP1010', span: annotation.value.span, args: { text: annotation.value.text } });
  }
  return out;
};
