// One headless Chromium for a whole build, shared by diagram rendering and PDF printing (puppeteer, Debian's Chromium).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, LaunchOptions } from 'puppeteer';
import { findChromium } from './environment.js';

/** Flags verified on these machines: no sandbox as root, and no background networking (the network is closed). */
export const chromiumArgs = [
  '--no-sandbox', '--disable-setuid-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps', '--disable-extensions',
];

/** Launch options for puppeteer (also the puppeteer config mermaid-cli expects). */
export function launchOptions(executablePath: string, userDataDir?: string): LaunchOptions {
  return { executablePath, headless: true, args: chromiumArgs, ...(userDataDir && { userDataDir }) };
}

export interface SharedBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile folder, removed again on close. Throws when Chromium is missing. */
export async function launchBrowser(chromium?: string): Promise<SharedBrowser> {
  const executablePath = findChromium(chromium);
  if (!executablePath) throw new Error('Chromium not found');
  const profile = await mkdtemp(join(tmpdir(), 'sopkit-chromium-'));
  // Note: puppeteer is loaded here, not on import, so code that only words pages or cuts fonts does not pay for it.
  const { default: puppeteer } = await import('puppeteer');
  const browser = await puppeteer.launch(launchOptions(executablePath, profile));
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
