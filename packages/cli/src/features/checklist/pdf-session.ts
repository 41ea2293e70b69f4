// One Chromium and one PDF printer for a command or a whole build; says what is missing instead of failing halfway.
import type { MessageLanguage, ProcessJson } from '@sopkit/core';
import type { SharedBrowser } from '@sopkit/browser';
import { createPdfPrinter, type LabelLanguage, type PageChromeInfo, type PdfPrinter } from '@sopkit/checklist';
import { lazyBrowser, type BrowserProblems } from '../../commands/shared-browser.js';
import { describe } from '../../io/sources.js';

export interface PdfSession {
  readonly printer: PdfPrinter;
  close(): Promise<void>;
}

/**
 * A PDF printer on a browser: the build's shared one when given (left open for the other steps), else a browser of
 * its own (closed with the session). Returns the environment problems (no Chromium, no CJK font) in both languages.
 */
export async function openPdfSession(chromium: string | undefined, shared?: () => Promise<SharedBrowser | BrowserProblems>): Promise<PdfSession | BrowserProblems> {
  const own = shared ? undefined : lazyBrowser(chromium);
  const browser = await (shared ?? own!.get)();
  if ('problems' in browser) return browser;
  const printer = createPdfPrinter(browser.browser);
  return {
    printer,
    async close() {
      await printer.close();
      await own?.close();
    },
  };
}

/** What the running header and footer of a process's PDF show. */
export function chromeInfo(process: ProcessJson, sheet: string | null, language: LabelLanguage): PageChromeInfo {
  return { sheet, title: process.title, version: process.version, processId: process.id, hash: process.hash, language };
}

/**
 * Why a PDF was not printed: a file error in words (no space left …), else Chromium's or puppeteer's first line.
 * Note: puppeteer's protocol errors carry a `code` property that is undefined, which `describe` printed as "undefined".
 */
export function printFailure(error: unknown, language: MessageLanguage): string {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof code === 'string') return describe(error, language);
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim() || String(error);
}
