// Timing lines must be understood, so that they compile to ISO 8601.
import type { Annotation } from '../../ast/nodes.js';
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { annotationsOf } from '../../model/walk.js';
import { parseTiming } from '../../syntax/timing.js';
import type { Rule } from '../context.js';

export const timings: Rule = ({ doc, index }) => {
  const out: PendingDiagnostic[] = [];
  const read = (annotations: readonly Annotation[]) => {
    for (const annotation of annotations) {
      if (annotation.type !== 'timing' || !annotation.value.text) continue;
      if (!parseTiming(annotation.value.text)) out.push({ code: 'SOP1010', span: annotation.value.span, args: { text: annotation.value.text } });
    }
  };
  read(doc.process?.annotations ?? []);
  for (const phase of doc.phases) read(phase.annotations);
  for (const table of doc.tables) {
    read(table.annotations);
    for (const rule of table.rules) {
      read(rule.annotations);
      for (const remedy of rule.remedies) read(remedy.annotations);
    }
  }
  for (const template of doc.templates) read(template.annotations);
  for (const form of doc.forms) read(form.annotations);
  for (const step of index.steps) read(annotationsOf(step.node));
  return out;
};
