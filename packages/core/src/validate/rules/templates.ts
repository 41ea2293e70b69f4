// Message templates: placeholders are declared with a known type, every declared one is used, every use is declared and closed.
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { parseExample, parsePlaceholder, placeholderUses, unclosedPlaceholders } from '../../syntax/template-text.js';
import type { Rule } from '../context.js';

export const templates: Rule = ({ doc }) => {
  const out: PendingDiagnostic[] = [];
  for (const template of doc.templates) {
    const declared = new Map<string, { start: number; end: number }>();
    for (const line of template.placeholders) {
      const placeholder = parsePlaceholder(line.value.text);
      if (!placeholder) out.push({ code: 'SOP1017', span: line.value.span, args: { text: line.value.text } });
      else if (placeholder.type === undefined) out.push({ code: 'SOP2026', span: line.value.span, args: { type: placeholder.word } });
      if (placeholder) declared.set(placeholder.name, line.value.span);
    }
    if (template.bodies.length === 0) out.push({ code: 'SOP2027', span: template.keyword.span, args: { template: template.label?.text ?? template.value.text } });
    const used = new Set<string>();
    for (const body of template.bodies) {
      for (const at of unclosedPlaceholders(body.text)) out.push({
        code: 'SOP2030', span: { start: body.span.start + at, end: body.span.start + at + 1 }, args: { brace: '{', example: '{名称}', exampleEn: '{name}' },
      });
      for (const use of placeholderUses(body.text)) {
        used.add(use.name);
        if (!declared.has(use.name)) {
          const start = body.span.start + use.index;
          out.push({ code: 'SOP2024', span: { start, end: start + use.name.length + 2 }, args: { name: use.name } });
        }
      }
    }
    for (const example of template.examples) {
      for (const name of parseExample(example.text).keys()) {
        if (!declared.has(name)) out.push({ code: 'SOP2024', span: example.span, args: { name } });
      }
    }
    if (template.bodies.length > 0) for (const [name, span] of declared) if (!used.has(name)) out.push({ code: 'SOP2025', span, args: { name } });
  }
  return out;
};
