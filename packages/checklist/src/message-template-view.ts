// Message templates laid out for print: placeholder types in words, the body split at its placeholders, the filled-in example.
import { placeholderUses, type TemplateJson } from '@sopkit/core';
import type { LabelLanguage } from './labels.js';

/** A run of a template's text: plain text, or a placeholder (`slot`: `{name}` in the body, its value in the example). */
export interface TextPart {
  readonly text: string;
  readonly slot: boolean;
}

/** A placeholder with its type in words and its example value. */
export type PlaceholderView = TemplateJson['placeholders'][number] & {
  /** `日期` / `date`; for a choice its options, `电话 / 手机`. */
  readonly typeText: string;
  /** Its value in the template's example, or null. */
  readonly example: string | null;
};

/** A message template as templates see it: every field of the compiled template, plus the parts worked out for print. */
export type MessageTemplateView = Omit<TemplateJson, 'placeholders'> & {
  readonly placeholders: readonly PlaceholderView[];
  /** The body, its `{name}` placeholders (braces included) as slots. */
  readonly bodyParts: readonly TextPart[];
  /** The body filled with the example values, the values as slots; null without an example. */
  readonly exampleParts: readonly TextPart[] | null;
};

const typeWords: Record<string, Record<LabelLanguage, string>> = {
  date: { 'zh-CN': '日期', 'zh-TW': '日期', en: 'date' },
  time: { 'zh-CN': '时间', 'zh-TW': '時間', en: 'time' },
  phone: { 'zh-CN': '电话', 'zh-TW': '電話', en: 'phone' },
  person: { 'zh-CN': '人员', 'zh-TW': '人員', en: 'person' },
  part: { 'zh-CN': '备件', 'zh-TW': '備件', en: 'part' },
  amount: { 'zh-CN': '金额', 'zh-TW': '金額', en: 'amount' },
  number: { 'zh-CN': '数字', 'zh-TW': '數字', en: 'number' },
  text: { 'zh-CN': '文本', 'zh-TW': '文本', en: 'text' },
};

/** A placeholder type in words; a choice lists its options. A type this version does not know prints as it is. */
export function placeholderTypeWords(placeholder: { type: string; options: readonly string[] }, language: LabelLanguage): string {
  if (placeholder.options.length > 0) return placeholder.options.join(' / ');
  return typeWords[placeholder.type]?.[language] ?? placeholder.type;
}

/** Splits a body at its `{name}` placeholders; `fill` gives a slot's printed text (`{name}` as written when it returns undefined). */
function bodyParts(body: string, fill: (name: string) => string | undefined): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const use of placeholderUses(body)) {
    const end = body.indexOf('}', use.index) + 1;
    if (use.index > at) parts.push({ text: body.slice(at, use.index), slot: false });
    parts.push({ text: fill(use.name) ?? body.slice(use.index, end), slot: true });
    at = end;
  }
  if (at < body.length) parts.push({ text: body.slice(at), slot: false });
  return parts;
}

/** Lays out a compiled message template for print. */
export function messageTemplateView(template: TemplateJson, language: LabelLanguage): MessageTemplateView {
  const values = template.example?.values ?? {};
  const valueOf = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  return {
    ...template,
    placeholders: template.placeholders.map((p) => ({ ...p, typeText: placeholderTypeWords(p, language), example: valueOf(p.name) ?? null })),
    bodyParts: bodyParts(template.body, () => undefined),
    exampleParts: template.example ? bodyParts(template.body, valueOf) : null,
  };
}
