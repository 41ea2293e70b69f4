// Renders many diagrams with one shared Chromium (started on the first render that misses the cache), a few at a time,
// through a content-hash cache: the same Mermaid text with the same settings and versions is never rendered twice.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { SharedBrowser } from '@sopkit/browser';
import type { Browser } from 'puppeteer';
import { readCached, writeCached } from './diagram-cache.js';
import { renderConfig } from './mermaid-config.js';
import { rendererVersion } from './renderer-version.js';
import { renderSvg } from './render-svg.js';
import { svgToPdf, svgToPng } from './svg-to-image.js';

export type ImageFormat = 'svg' | 'png' | 'pdf';
export const imageFormats: readonly ImageFormat[] = ['svg', 'png', 'pdf'];

export interface DiagramRendererOptions {
  /** Chromium to use (default: found by @sopkit/browser). */
  readonly chromium?: string;
  /** A browser the caller already has (not closed by the renderer). */
  readonly browser?: Browser;
  /** Folder of cached renders, e.g. out/.cache/diagrams (default: no cache). */
  readonly cacheDir?: string;
  /** Diagrams rendered at the same time (default: 2 to 4 by CPU count). */
  readonly concurrency?: number;
}

export interface RenderResult {
  readonly files: Readonly<Partial<Record<ImageFormat, Uint8Array>>>;
  /** Whether every format came from the cache. */
  readonly cached: boolean;
}

export interface DiagramRenderer {
  /** Renders one Mermaid diagram in the formats asked for; rejects with Mermaid's message if the text is invalid. */
  render(text: string, formats: readonly ImageFormat[]): Promise<RenderResult>;
  /** Closes the browser if this renderer started one. */
  close(): Promise<void>;
}

/** A renderer for a whole build. */
export function createDiagramRenderer(options: DiagramRendererOptions = {}): DiagramRenderer {
  let shared: Promise<SharedBrowser> | undefined;
  const browser = async (): Promise<Browser> => {
    if (options.browser) return options.browser;
    shared ??= import('@sopkit/browser').then(({ launchBrowser }) => launchBrowser(options.chromium));
    return (await shared).browser;
  };
  const limit = limiter(options.concurrency ?? Math.min(4, Math.max(2, availableParallelism())));

  return {
    async render(text, formats) {
      const key = await cacheKey(text);
      const files: Partial<Record<ImageFormat, Uint8Array>> = options.cacheDir ? await readCached(options.cacheDir, key, formats) : {};
      const missing = formats.filter((f) => !files[f]);
      if (missing.length === 0) return { files, cached: true };
      await limit(async () => {
        const page = await browser();
        const svg = files.svg ? new TextDecoder().decode(files.svg) : await renderSvg(page, text);
        const made: Partial<Record<ImageFormat, Uint8Array>> = {};
        if (missing.includes('svg')) made.svg = new TextEncoder().encode(svg);
        if (missing.includes('png')) made.png = await svgToPng(page, svg);
        if (missing.includes('pdf')) made.pdf = await svgToPdf(page, svg);
        Object.assign(files, made);
        if (options.cacheDir) await writeCached(options.cacheDir, key, made);
      });
      return { files, cached: false };
    },
    async close() {
      if (shared) await (await shared).close();
    },
  };
}

/** The cache key: the Mermaid text, the render settings and the versions of everything that draws it. */
async function cacheKey(text: string): Promise<string> {
  return createHash('sha256').update(await rendererVersion()).update('\0').update(JSON.stringify(renderConfig())).update('\0').update(text).digest('hex');
}

/** Runs at most `size` tasks at once, in the order they were asked for (a finished task hands its slot to the next). */
function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < size) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
