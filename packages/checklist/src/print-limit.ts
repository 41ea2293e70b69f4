// Whether a sheet is too large to print as a PDF in reasonable time (thousands of pages), and what to do instead.
import { toTraditional } from '@sopkit/core';

/** The longest sheet HTML printed to PDF, in characters (a 10,000-rule audit sheet is about 4 million, 347 pages, 16 s). */
export const maxPrintedLength = 8_000_000;

/** Why a sheet's HTML is not printed, in each language; undefined when it is printed. */
export function tooLargeToPrint(html: string): { readonly 'zh-CN': string; readonly 'zh-TW': string; readonly en: string } | undefined {
  if (html.length <= maxPrintedLength) return undefined;
  const zh = `表格的 HTML 有 ${Math.round(html.length / 10_000).toLocaleString('en')} 万个字符，超过可打印成 PDF 的 ${maxPrintedLength / 10_000} 万个（数千页）；可用 sop checklist --steps 分段打印，或把流程拆成几个较小的流程`;
  return {
    'zh-CN': zh,
    'zh-TW': toTraditional(zh),
    en: `the sheet's HTML is ${(html.length / 1_000_000).toFixed(1)} million characters, more than the ${maxPrintedLength / 1_000_000} million printed as a PDF (thousands of pages); print parts of it with sop checklist --steps, or split the process`,
  };
}
