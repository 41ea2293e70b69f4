// The running header and footer of printed PDF pages (checklists and diagrams alike): CSS page-margin boxes that Chromium
// fills in as it prints, in the page's own embedded fonts, with one look and one "page x of y" wording.

/** What a page's header and footer say, as plain text (each caller words its own). */
export interface PageBands {
  /** Header, left; cut short with an ellipsis when it does not fit. */
  readonly headerLeft: string;
  readonly headerRight: string;
  readonly footerLeft: string;
  /** Printed after the page number, e.g. where the page sits in a drawing cut into rows and columns. */
  readonly pageNote?: string;
}

/** The page number's words around the two numbers, per language (English for any other). */
const pageWords: Readonly<Record<string, readonly [string, string, string]>> = {
  'zh-CN': ['第 ', ' 页 / 共 ', ' 页'],
  'zh-TW': ['第 ', ' 頁 / 共 ', ' 頁'],
  en: ['Page ', ' of ', ''],
};

const wordsFor = (language: string) => pageWords[language] ?? pageWords['en']!;

/** "第 2 页 / 共 6 页", "Page 2 of 6": a page number as the bands print it. */
export function pageOf(language: string, page: number, pages: number): string {
  const [before, between, after] = wordsFor(language);
  return `${before}${page}${between}${pages}${after}`;
}

/** The family list of the bands: the subset fonts' family first. */
const family = `"Noto Sans CJK SC", "Noto Sans CJK", "Source Han Sans SC", "Microsoft YaHei", sans-serif`;
const text = `font-family: ${family}; font-size: 8pt; font-weight: 400; color: #555; white-space: nowrap;`;
const header = `${text} vertical-align: bottom; padding-bottom: 1.5mm; border-bottom: 0.5pt solid #bbb;`;
const footer = `${text} vertical-align: top; padding-top: 1.5mm;`;

/**
 * A CSS string holding untrusted text: quotes and backslashes escaped, line breaks as spaces, and `<` as an escape
 * so the text can never close the `<style>` element it sits in.
 */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>&\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (/[\n\r\t\u2028\u2029]/.test(c) ? ' ' : `\\${c.codePointAt(0)!.toString(16)} `))}"`;
}

/**
 * `@page` rules putting the bands in the page margins (of every page, or of the pages named `pageName`): the left header
 * over a rule with the right one beside it, the footer's left text, and on the right the page number, counted by Chromium
 * as it prints (or `page` of `pages` when the caller knows it) and then `pageNote`. The page's own `@page` rule sets
 * the paper and the margins, which must leave room for the bands (about 6 mm each).
 */
export function pageBandRules(bands: PageBands, language: string, options: { pageName?: string; page?: number; pages?: number } = {}): string {
  const [before, between, after] = wordsFor(language);
  const number = options.page !== undefined && options.pages !== undefined
    ? cssString(pageOf(language, options.page, options.pages))
    : `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const note = bands.pageNote ? ` ${cssString(` · ${bands.pageNote}`)}` : '';
  return `@page${options.pageName ? ` ${options.pageName}` : ''} {
  @top-left { content: ${cssString(bands.headerLeft)}; ${header} overflow: hidden; text-overflow: ellipsis; }
  @top-right { content: ${cssString(bands.headerRight)}; ${header} padding-left: 6mm; }
  @bottom-left { content: ${cssString(bands.footerLeft)}; ${footer} }
  @bottom-right { content: ${number}${note}; ${footer} padding-left: 6mm; }
}`;
}
