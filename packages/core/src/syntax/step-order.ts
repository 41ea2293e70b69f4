// The values of `顺序:` / `Order:`: whether the steps of a phase (or of a whole process) are done in order, or are a set
// of rules with no order between them (`顺序: 不分先后`, as in a regulation's articles).
import type { Language } from './keywords.js';

/** The words for "in order" and for "no order", per language; the first of each is canonical. */
export const orderWords: Readonly<Record<Language, { readonly ordered: readonly string[]; readonly unordered: readonly string[] }>> = {
  'zh-CN': { ordered: ['按顺序', '有序', '依次'], unordered: ['不分先后', '无序', '无', '任意'] },
  'zh-TW': { ordered: ['按順序', '有序', '依次'], unordered: ['不分先後', '無序', '無', '任意'] },
  en: { ordered: ['in order', 'ordered'], unordered: ['none', 'unordered', 'any'] },
};

const ordered = new Set(Object.values(orderWords).flatMap((w) => w.ordered.map((word) => word.toLowerCase())));
const unordered = new Set(Object.values(orderWords).flatMap((w) => w.unordered.map((word) => word.toLowerCase())));

/** Reads an order value: true for in order, false for no order, undefined for anything else. */
export function readOrder(text: string): boolean | undefined {
  const value = text.trim().replace(/[。.]$/, '').replace(/\s+/g, ' ').toLowerCase();
  if (ordered.has(value)) return true;
  if (unordered.has(value)) return false;
  return undefined;
}
