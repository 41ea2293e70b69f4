// Pages of a renderer each live in a browser context (so a window) of their own.
//
// Note: Chromium may never answer a screenshot of a page that is a background tab (seen here: 180 s, then a protocol
// timeout, with four pages rendering at once), and puppeteer lets only one screenshot at a time run per browser context.
import type { Browser, BrowserContext } from 'puppeteer';

export interface Owned<T> {
  readonly value: T;
  /** Closes the context and every page in it. */
  close(): Promise<void>;
}

/** Opens a new browser context and `open`s something in it (the context is closed again if that fails). */
export async function inOwnContext<T>(browser: Browser, open: (context: BrowserContext) => Promise<T>): Promise<Owned<T>> {
  const context = await browser.createBrowserContext();
  try {
    return { value: await open(context), close: () => context.close() };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}
