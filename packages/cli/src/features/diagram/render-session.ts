// One diagram renderer for a command or a whole build, or what is missing to render at all (Chromium, a CJK font).
import type { SharedBrowser } from '@sopkit/browser';
import type { DiagramRenderer } from '@sopkit/mermaid';
import type { BrowserProblems } from '../../commands/shared-browser.js';

/**
 * Checks the machine, then creates a renderer (its Chromium starts on the first diagram not in the cache): the build's
 * shared browser when `shared` is given, else one of its own.
 */
export async function openRenderer(
  chromium: string | undefined,
  cacheDir: string | undefined,
  shared?: () => Promise<SharedBrowser | BrowserProblems>,
): Promise<{ renderer: DiagramRenderer } | BrowserProblems> {
  // Note: loaded only when something is rendered; puppeteer is slow to import.
  const [{ renderEnvironmentProblems }, { createDiagramRenderer }] = await Promise.all([import('@sopkit/browser'), import('@sopkit/mermaid')]);
  const problems = await renderEnvironmentProblems(chromium);
  if (problems.length > 0) return { problems: problems.map((p) => p.message) };
  const browser = shared && (async () => {
    const got = await shared();
    if ('problems' in got) throw new Error(got.problems.map((p) => p.en).join(' '));
    return got.browser;
  });
  return { renderer: createDiagramRenderer({ ...(chromium && { chromium }), ...(cacheDir && { cacheDir }), ...(browser && { browser }) }) };
}

/** Mermaid's or Chromium's message, without a stack trace. */
export function renderFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, 6).join(' ').trim();
}
