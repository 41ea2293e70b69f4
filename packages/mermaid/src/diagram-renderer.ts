// Renders many diagrams with one shared Chromium (started on the first render that misses the cache): Mermaid pages that
// keep Mermaid loaded draw the SVGs, image pages turn them into PNG and PDF (the two stages overlap), all through a
// content-hash cache, so the same Mermaid text with the same settings and versions is never rendered twice.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { pageOf, type FontSubsetter, type SharedBrowser } from '@sopkit/browser';
import type { Browser } from 'puppeteer';
import { openDiagramCache, type DiagramCache } from './diagram-cache.js';
import { maxTextSize, renderConfig } from './mermaid-config.js';
import { MermaidError, openMermaidPage } from './mermaid-page.js';
import { inOwnContext } from './own-context.js';
import { pageChrome, readCaption } from './page-caption.js';
import { rendererVersion } from './renderer-version.js';
import { svgText } from './svg-text.js';
import { svgToImages, type RasterFormat } from './svg-to-image.js';
import { createPool } from './worker-pool.js';

export type ImageFormat = 'svg' | 'png' | 'pdf';
export const imageFormats: readonly ImageFormat[] = ['svg', 'png', 'pdf'];

export interface DiagramRendererOptions {
  /** Chromium to use (default: found by @sopkit/browser). */
  readonly chromium?: string;
  /** A browser the caller already has, or gets on first use (e.g. a build's shared one); never closed by the renderer. */
  readonly browser?: Browser | (() => Promise<Browser>);
  /**
   * Folder of cached renders, e.g. out/.cache/diagrams (default: no cache); its entries are named with a secret of this
   * machine's user (see diagram-cache), so files a project ships there are never used.
   */
  readonly cacheDir?: string;
  /** Diagrams turned into PNG and PDF at the same time (default: 2 to 4 by CPU count); half as many SVGs are drawn at once. */
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
  /** Closes the renderer's pages, and the browser if this renderer started one. */
  close(): Promise<void>;
}

/** A renderer for a whole build. */
export function createDiagramRenderer(options: DiagramRendererOptions = {}): DiagramRenderer {
  let shared: Promise<SharedBrowser> | undefined;
  const browser = async (): Promise<Browser> => {
    if (options.browser) return typeof options.browser === 'function' ? options.browser() : options.browser;
    shared ??= import('@sopkit/browser').then(({ launchBrowser }) => launchBrowser(options.chromium));
    return (await shared).browser;
  };
  const images = options.concurrency ?? Math.min(4, Math.max(2, availableParallelism()));
  // Note: drawing an SVG takes about two thirds of the time of its PNG and PDF, so half as many Mermaid pages keep up; each
  // has the next diagram waiting in the page, so it does not sit idle while the last one travels back.
  const mermaidPages = createPool(
    Math.max(1, Math.floor(images / 2)),
    async () => inOwnContext(await browser(), (context) => openMermaidPage(context, renderConfig())),
    (page) => page.close(),
    { capacity: 2, fatal: (error) => !(error instanceof MermaidError) },
  );
  const imagePages = createPool(images, async () => inOwnContext(await browser(), (context) => context.newPage()), (page) => page.close());
  let subsetter: Promise<FontSubsetter | undefined> | undefined;
  const cache: Promise<DiagramCache | undefined> | undefined = options.cacheDir ? openDiagramCache(options.cacheDir) : undefined;

  return {
    async render(text, formats) {
      // Note: beyond its limit Mermaid draws only the words "Maximum text size in diagram exceeded", without failing.
      if (text.length > maxTextSize) {
        throw new MermaidError(`The diagram is too large to draw: ${text.length.toLocaleString('en')} characters of Mermaid, at most ${maxTextSize.toLocaleString('en')}. Draw it with less detail (--detail steps) or split the process.`);
      }
      const key = await diagramCacheKey(text);
      const store = await cache;
      const files: Partial<Record<ImageFormat, Uint8Array>> = store ? await store.read(key, formats) : {};
      const missing = formats.filter((f) => !files[f]);
      if (missing.length === 0) return { files, cached: true };
      // Read once per renderer, while the first diagram is drawn.
      if (missing.includes('pdf')) subsetter ??= import('@sopkit/browser').then(({ loadFontSubsetter }) => loadFontSubsetter());
      const svg = files.svg ? new TextDecoder().decode(files.svg) : await mermaidPages.use((page) => page.value.render(text));
      const raster = missing.filter((f): f is RasterFormat => f !== 'svg');
      // The PDF's pages name the process the Mermaid text says it shows (in a comment toMermaid writes).
      const caption = readCaption(text);
      const bands = Object.values(pageChrome(caption, { row: 1, column: 1 })).join('');
      const fonts = missing.includes('pdf') ? (await subsetter)?.(svgText(svg) + bands + pageOf(caption?.language ?? 'en', 1, 1)) : undefined;
      const made: Partial<Record<ImageFormat, Uint8Array>> = {
        ...(missing.includes('svg') && { svg: new TextEncoder().encode(svg) }),
        ...(raster.length > 0 && await imagePages.use((page) => svgToImages(page.value, svg, raster, fonts, caption))),
      };
      Object.assign(files, made);
      if (store) await store.write(key, made);
      return { files, cached: false };
    },
    async close() {
      await Promise.all([mermaidPages.close(), imagePages.close()]);
      // Note: a browser that failed to start was already reported by the render that started it.
      const started = shared && (await shared.catch(() => undefined));
      if (started) await started.close();
    },
  };
}

/** A render's cache key: a hash of the Mermaid text, the render settings and the versions of everything that draws it. */
export async function diagramCacheKey(text: string): Promise<string> {
  return createHash('sha256').update(await rendererVersion()).update('\0').update(JSON.stringify(renderConfig())).update('\0').update(text).digest('hex');
}
