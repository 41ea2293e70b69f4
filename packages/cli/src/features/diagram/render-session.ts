// One diagram renderer for a command or a whole build, or what is missing to render at all (Chromium, a CJK font).
import type { DiagramRenderer } from '@sopkit/mermaid';

/** Checks the machine, then creates a renderer (its Chromium starts on the first diagram not in the cache). */
export async function openRenderer(chromium: string | undefined, cacheDir: string | undefined): Promise<{ renderer: DiagramRenderer } | { problems: { 'zh-CN': string; en: string }[] }> {
  // Note: loaded only when something is rendered; puppeteer is slow to import.
  const [{ renderEnvironmentProblems }, { createDiagramRenderer }] = await Promise.all([import('@sopkit/browser'), import('@sopkit/mermaid')]);
  const problems = await renderEnvironmentProblems(chromium);
  if (problems.length > 0) return { problems: problems.map((p) => p.message) };
  return { renderer: createDiagramRenderer({ ...(chromium && { chromium }), ...(cacheDir && { cacheDir }) }) };
}

/** Mermaid's or Chromium's message, without a stack trace. */
export function renderFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, 6).join(' ').trim();
}
