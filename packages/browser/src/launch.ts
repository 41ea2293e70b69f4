// One headless Chromium for a whole build, shared by diagram rendering and PDF printing (puppeteer, Debian's Chromium),
// which dies with the process that started it and leaves no profile folder behind.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, LaunchOptions } from 'puppeteer';
import { findChromium } from './environment.js';
import { profilePrefix, removeStaleProfiles } from './stale-profiles.js';

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

/**
 * Starts Chromium with a fresh profile folder (named for this process), removed again on close or when this process
 * exits; profile folders that processes gone before (killed, say) left behind are removed meanwhile. Throws when
 * Chromium is missing.
 * Note: puppeteer talks to Chromium over a pipe rather than a WebSocket, and Chromium quits when the pipe closes, which
 * it does when this process dies however it dies (kill -9 too); over a WebSocket it went on running.
 */
export async function launchBrowser(chromium?: string): Promise<SharedBrowser> {
  const executablePath = findChromium(chromium);
  if (!executablePath) throw new Error('Chromium not found');
  const swept = removeStaleProfiles(tmpdir());
  const profile = await mkdtemp(join(tmpdir(), `${profilePrefix}${process.pid}-`));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  process.once('exit', removeProfile);
  // Note: puppeteer is loaded here, not on import, so code that only words pages or cuts fonts does not pay for it.
  const { default: puppeteer } = await import('puppeteer');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ ...launchOptions(executablePath, profile), pipe: true });
  } catch (error) {
    await Promise.all([swept, rm(profile, { recursive: true, force: true })]);
    process.removeListener('exit', removeProfile);
    throw error;
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await Promise.all([swept, rm(profile, { recursive: true, force: true })]);
      process.removeListener('exit', removeProfile);
    },
  };
}
