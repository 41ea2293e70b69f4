// One Chromium and one PDF printer for a command or a whole build; says what is missing instead of failing halfway.
import type { ProcessJson } from '@sopkit/core';
import { createPdfPrinter, type LabelLanguage, type PageChromeInfo, type PdfPrinter } from '@sopkit/checklist';

export interface PdfSession {
  readonly printer: PdfPrinter;
  close(): Promise<void>;
}

/** Starts Chromium, or returns the environment problems (no Chromium, no CJK font) in both languages. */
export async function openPdfSession(chromium: string | undefined): Promise<PdfSession | { problems: { 'zh-CN': string; en: string }[] }> {
  // Note: loaded only when a PDF is wanted; puppeteer is slow to import.
  const { renderEnvironmentProblems, launchBrowser } = await import('@sopkit/browser');
  const problems = await renderEnvironmentProblems(chromium);
  if (problems.length > 0) return { problems: problems.map((p) => p.message) };
  const shared = await launchBrowser(chromium);
  const printer = createPdfPrinter(shared.browser);
  return {
    printer,
    async close() {
      await printer.close();
      await shared.close();
    },
  };
}

/** What the running header and footer of a process's PDF show. */
export function chromeInfo(process: ProcessJson, sheet: string | null, language: LabelLanguage): PageChromeInfo {
  return { sheet, title: process.title, version: process.version, processId: process.id, hash: process.hash, language };
}
