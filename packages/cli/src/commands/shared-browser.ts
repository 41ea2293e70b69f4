// One Chromium for a whole `sop build`, started on first use by whichever output step needs it, closed at the end.
import type { SharedBrowser } from '@sopkit/browser';

export type BrowserProblems = { problems: { 'zh-CN': string; en: string }[] };

/** A lazily started browser: `get()` starts it (or reports what is missing) once; `close()` closes it if it was started. */
export function lazyBrowser(chromium: string | undefined): { get(): Promise<SharedBrowser | BrowserProblems>; close(): Promise<void> } {
  let started: Promise<SharedBrowser | BrowserProblems> | undefined;
  return {
    get() {
      started ??= (async () => {
        // Note: loaded only when something is rendered; puppeteer is slow to import.
        const { renderEnvironmentProblems, launchBrowser } = await import('@sopkit/browser');
        const problems = await renderEnvironmentProblems(chromium);
        if (problems.length > 0) return { problems: problems.map((p) => p.message) };
        return launchBrowser(chromium);
      })();
      return started;
    },
    async close() {
      const browser = started && (await started.catch(() => undefined));
      if (browser && 'close' in browser) await browser.close();
    },
  };
}
