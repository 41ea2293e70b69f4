// What a checklist PDF's running header and footer say: sheet type, process title and version above; id and short hash below.
import type { PageBands } from '@sopkit/browser';
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

/** The header and footer of every page (plain text; the page number is added as the page is printed). */
export function pageChrome(info: PageChromeInfo): PageBands {
  const labels = labelsFor(info.language);
  return {
    headerLeft: `${info.sheet === null ? '' : `${info.sheet} · `}${info.title}`,
    headerRight: info.version === null ? '' : `${labels.version} ${info.version}`,
    footerLeft: `${info.processId} · ${labels.hash} ${info.hash.replace(/^sha256:/, '').slice(0, 12)}`,
  };
}
