// One Chromium for a whole `sop build`, started on first use by whichever output step needs it, closed at the end.
import type { SharedBrowser } from '@sopkit/browser';

export type BrowserProblems = { problems: { 'zh-CN': string; en: string }[] };

/** Chromium is installed but does not start (a missing library, a sandbox): its own first line says why. */
function launchProblem(error: unknown): { 'zh-CN': string; en: string } {
  const why = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  return { 'zh-CN': `Chromium 无法启动：${why}`, en: `Chromium could not be started: ${why}` };
}

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
        try {
          return await launchBrowser(chromium);
        } catch (error) {
          return { problems: [launchProblem(error)] };
        }
      })();
      return started;
    },
    async close() {
      const browser = started && (await started.catch(() => undefined));
      if (browser && 'close' in browser) await browser.close();
    },
  };
}
