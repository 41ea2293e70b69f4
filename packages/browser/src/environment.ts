// Finds Chromium and a CJK font on this machine, and says exactly what is missing and how to install it.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The Chromium to use: a path the user gave (sopkit.yaml `chromium:`, else $PUPPETEER_EXECUTABLE_PATH) is final —
 * if it is not there, there is no Chromium, rather than a silent fallback; otherwise the usual Debian locations.
 */
export function findChromium(explicit?: string): string | undefined {
  const given = explicit || process.env['PUPPETEER_EXECUTABLE_PATH'];
  const list = given ? [given] : candidates;
  for (const path of list) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/**
 * Whether fontconfig knows a font covering Simplified Chinese (e.g. Noto Sans CJK SC).
 * Note: fc-list's own answer is awaited however long it takes; a time limit turned a busy machine (or fontconfig
 * rebuilding its cache) into "no Chinese font", and a build then skipped every diagram and PDF.
 */
export async function hasCjkFont(): Promise<boolean> {
  try {
    const { stdout } = await run('fc-list', [':lang=zh-cn', 'family']);
    return stdout.trim().length > 0;
  } catch {
    return false;
  }
}

export interface EnvironmentProblem {
  readonly what: 'chromium' | 'cjk-font';
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

/** What is missing for rendering (empty when Chromium and a CJK font are both present). */
export async function renderEnvironmentProblems(chromium?: string): Promise<EnvironmentProblem[]> {
  const problems: EnvironmentProblem[] = [];
  if (!findChromium(chromium)) {
    problems.push({
      what: 'chromium',
      message: {
        'zh-CN': '找不到 Chromium，无法渲染图表和 PDF。请安装：sudo apt-get install chromium（或在 sopkit.yaml 中用 chromium: 指定路径）。',
        en: 'Chromium was not found, so diagrams and PDFs cannot be rendered. Install it: sudo apt-get install chromium (or set `chromium:` in sopkit.yaml).',
      },
    });
  }
  if (!(await hasCjkFont())) {
    problems.push({
      what: 'cjk-font',
      message: {
        'zh-CN': '没有中文字体，中文会显示成方框。请安装：sudo apt-get install fonts-noto-cjk',
        en: 'No Chinese (CJK) font is installed; Chinese would print as boxes. Install one: sudo apt-get install fonts-noto-cjk',
      },
    });
  }
  return problems;
}
