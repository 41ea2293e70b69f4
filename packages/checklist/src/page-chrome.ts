// The running header and footer Chromium prints on every PDF page: sheet type, process title and version; id, hash and "第 x 页 / 共 y 页".
import type { LabelLanguage } from './labels.js';
import { labelsFor } from './labels.js';

/** What the running header and footer show. */
export interface PageChromeInfo {
  /** The kind of sheet (e.g. 培训考核表); null for a custom template. */
  readonly sheet: string | null;
  readonly title: string;
  readonly version: string | null;
  readonly processId: string;
  readonly hash: string;
  readonly language: LabelLanguage;
}

const html: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML (the header and footer are HTML that Chromium renders outside the page). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => html[c]!);
}

const font = "font-family: 'Noto Sans CJK SC', 'Noto Sans CJK', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif; font-size: 7.5pt; color: #555;";
const bar = `${font} width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 6mm;`;

/** Page-number wording with Chromium's pageNumber/totalPages placeholders. */
function pageNumbers(language: LabelLanguage): string {
  const page = '<span class="pageNumber"></span>';
  const pages = '<span class="totalPages"></span>';
  return language === 'en' ? `Page ${page} of ${pages}` : `第 ${page} 页 / 共 ${pages} 页`;
}

/** Header and footer templates for `page.pdf({ displayHeaderFooter: true, … })`; every process text in them is escaped. */
export function pageChrome(info: PageChromeInfo): { headerTemplate: string; footerTemplate: string } {
  const labels = labelsFor(info.language);
  const version = info.version === null ? '' : `${labels.version} ${escapeHtml(info.version)}`;
  const shortHash = escapeHtml(info.hash.replace(/^sha256:/, '').slice(0, 12));
  return {
    headerTemplate: `<div style="${bar} border-bottom: 0.5pt solid #bbb; padding-bottom: 1.5mm;">`
      + `<span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${info.sheet === null ? '' : `<b>${escapeHtml(info.sheet)}</b> · `}${escapeHtml(info.title)}</span>`
      + `<span style="white-space: nowrap;">${version}</span></div>`,
    footerTemplate: `<div style="${bar}">`
      + `<span style="white-space: nowrap;">${escapeHtml(info.processId)} · ${labels.hash} ${shortHash}</span>`
      + `<span style="white-space: nowrap;">${pageNumbers(info.language)}</span></div>`,
  };
}
