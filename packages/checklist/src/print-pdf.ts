// Prints checklist HTML to A4 PDF in a shared Chromium: scripts off, no network, running header and page numbers, tables
// and lists continued on another page captioned there, SVG pictures drawn inline, and the CJK font embedded as a subset of the
// page's characters (a real font in the PDF, not Type 3 glyph pictures).
import type { FontSubsetter } from '@sopkit/browser';
import type { Browser, Page } from 'puppeteer';
import { continueParts } from './continued-parts.js';
import { pageCharacters, withStyleSheet } from './embed-fonts.js';
import { inlineSvgImages } from './inline-svg-images.js';
import { pageChrome, type PageChromeInfo } from './page-chrome.js';

/** Prints HTML pages to PDF with a few reusable tabs of one browser. */
export interface PdfPrinter {
  print(html: string, chrome: PageChromeInfo): Promise<Uint8Array>;
  /** Closes the printer's tabs (not the browser). */
  close(): Promise<void>;
}

/** A tab that runs no script and loads nothing from outside the page (images are data: URIs). */
async function lockedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  // Note: laying the page out for print from the start (A4 width at 96 dpi) spares Chromium a screen layout it would redo.
  await page.emulateMediaType('print');
  await page.setViewport({ width: 794, height: 1123 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank') void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** A printer over `browser` printing at most `parallel` pages at once (each in its own tab). */
export function createPdfPrinter(browser: Browser, parallel = 3): PdfPrinter {
  const idle: Page[] = [];
  const all: Promise<Page>[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let subsetter: Promise<FontSubsetter | undefined> | undefined;

  /** The style sheet added to a page: its header and footer, and fonts holding its characters when they can be cut. */
  async function printStyles(html: string, chrome: PageChromeInfo): Promise<string> {
    const { fontFaceRules, loadFontSubsetter, pageBandRules } = await import('@sopkit/browser');
    subsetter ??= loadFontSubsetter();
    const bands = pageBandRules(pageChrome(chrome), chrome.language);
    const cut = await subsetter;
    return cut ? `${fontFaceRules(cut(pageCharacters(html) + bands))}\n${bands}` : bands;
  }

  async function acquire(): Promise<Page> {
    const page = idle.pop();
    if (page) return page;
    if (all.length < parallel) {
      const created = lockedPage(browser);
      all.push(created);
      return created;
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(page: Page): void {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }

  return {
    async print(html, chrome) {
      // Note: the font is cut before a tab is taken, so this work overlaps the printing of other pages.
      const styles = await printStyles(html, chrome);
      const page = await acquire();
      try {
        await page.setContent(withStyleSheet(html, styles), { waitUntil: 'load' });
        await inlineSvgImages(page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await continueParts(page);
        // Note: an untagged PDF (no accessibility structure tree) prints in about half the time; forms are read on paper.
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false });
      } finally {
        release(page);
      }
    },
    async close() {
      const pages = await Promise.allSettled(all);
      await Promise.all(pages.map((p) => (p.status === 'fulfilled' ? p.value.close().catch(() => undefined) : undefined)));
    },
  };
}
