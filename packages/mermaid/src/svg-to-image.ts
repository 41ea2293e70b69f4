// PNG and A4 PDF from a rendered diagram SVG, in the same Chromium (no second Mermaid layout). A tall diagram is printed
// over several A4 pages, cut only where no node is, so the text stays readable on paper.
import type { Browser, Page } from 'puppeteer';

/** An axis-aligned box in SVG user units along the axis pages are cut on. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A4 at 96 CSS px per inch, less 10 mm margins. */
const a4 = { width: 794, height: 1123, margin: 38 } as const;
/** Below this scale one page is too small to read; the diagram is then printed over several pages. */
const minReadableScale = 0.6;
/** Largest enlargement of a small diagram filling its page. */
const maxScale = 1.5;

/** The natural size of a Mermaid SVG (its viewBox), and the SVG set to exactly that size. */
export function naturalSize(svg: string): { width: number; height: number; svg: string } {
  const open = /<svg\b[^>]*>/.exec(svg);
  const box = open && /viewBox="\s*([-\d.e]+)[\s,]+([-\d.e]+)[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/.exec(open[0]);
  if (!open || !box) throw new Error('the rendered SVG has no viewBox');
  const width = Math.ceil(Number(box[3]));
  const height = Math.ceil(Number(box[4]));
  const tag = open[0]
    .replace(/\s(width|height)="[^"]*"/g, '')
    .replace(/\sstyle="[^"]*"/, ' style="background-color: white;"')
    .replace(/^<svg\b/, `<svg width="${width}" height="${height}"`);
  return { width, height, svg: svg.slice(0, open.index) + tag + svg.slice(open.index + open[0].length) };
}

async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  try {
    return await use(page);
  } finally {
    await page.close();
  }
}

const pageHtml = (body: string, style = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}${style}</style></head><body>${body}</body></html>`;

/** Largest PNG, in pixels: a long process at twice its size would make a file no viewer opens quickly. */
const maxPixels = 40_000_000;

/** A PNG of the diagram at twice its natural size (sharp text on screens and in print), less if that gets too large. */
export async function svgToPng(browser: Browser, svg: string): Promise<Uint8Array> {
  const sized = naturalSize(svg);
  const scale = Math.min(2, Math.sqrt(maxPixels / (sized.width * sized.height)));
  return withPage(browser, async (page) => {
    await page.setViewport({ width: sized.width, height: sized.height, deviceScaleFactor: scale });
    await page.setContent(pageHtml(sized.svg, 'svg{display:block}'), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: sized.width, height: sized.height }, omitBackground: false });
  });
}

/**
 * An A4 PDF: the whole diagram on one page (landscape when it is wider than tall) when that stays readable, otherwise at
 * a readable scale over several pages, each cut in a gap between nodes.
 */
export async function svgToPdf(browser: Browser, svg: string): Promise<Uint8Array> {
  const sized = naturalSize(svg);
  const landscape = sized.width > sized.height;
  const page = { width: (landscape ? a4.height : a4.width) - 2 * a4.margin, height: (landscape ? a4.width : a4.height) - 2 * a4.margin };
  const fit = Math.min(page.width / sized.width, page.height / sized.height);
  return withPage(browser, async (tab) => {
    let scale: number;
    let cuts: number[];
    /** Pages are cut along y for a tall diagram, along x for a wide one. */
    const alongY = !landscape;
    if (fit >= minReadableScale) {
      scale = Math.min(fit, maxScale);
      cuts = [0, alongY ? sized.height : sized.width];
    } else {
      scale = Math.min(1, alongY ? page.width / sized.width : page.height / sized.height);
      await tab.setViewport({ width: sized.width, height: sized.height });
      await tab.setContent(pageHtml(sized.svg, 'svg{display:block}'), { waitUntil: 'load' });
      const spans = await nodeSpans(tab, alongY);
      cuts = pageCuts(spans, alongY ? sized.height : sized.width, (alongY ? page.height : page.width) / scale);
    }
    const pages = cuts.slice(1).map((end, i) => {
      const start = cuts[i]!;
      const length = (end - start) * scale;
      const offset = `${alongY ? 'top' : 'left'}:${-start * scale}px`;
      const box = alongY ? `width:${page.width}px;height:${length}px` : `width:${length}px;height:${page.height}px`;
      return `<div class="sheet" style="${box}"><div class="at" style="${offset}">${sized.svg}</div></div>`;
    });
    const style = `@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:${a4.margin}px}
      .sheet{position:relative;overflow:hidden;break-after:page}.sheet:last-child{break-after:auto}
      .at{position:absolute;${alongY ? 'left:0' : 'top:0'}}
      .at svg{display:block;width:${sized.width * scale}px;height:${sized.height * scale}px}`;
    await tab.setContent(pageHtml(pages.join(''), style), { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready);
    return tab.pdf({ preferCSSPageSize: true, printBackground: true });
  });
}

/** The extent of every node, edge label and cluster title along the cutting axis, in SVG units from the top or left. */
async function nodeSpans(page: Page, alongY: boolean): Promise<Span[]> {
  return page.evaluate((vertical) => {
    const svg = document.querySelector('svg');
    if (!svg) return [];
    const origin = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('g.node, g.edgeLabel, g.cluster-label, .cluster-label')].map((el) => {
      const r = el.getBoundingClientRect();
      return vertical ? { start: r.top - origin.top, end: r.bottom - origin.top } : { start: r.left - origin.left, end: r.right - origin.left };
    }).filter((s) => s.end > s.start);
  }, alongY);
}

/**
 * Where to cut a diagram of `total` units into pages of at most `length` units: at the furthest gap between nodes that
 * still fills at least half a page (else straight through, when a single node is longer than half a page).
 */
export function pageCuts(spans: readonly Span[], total: number, length: number): number[] {
  const cuts = [0];
  const inside = (at: number) => spans.some((s) => s.start < at && at < s.end);
  const candidates = [...new Set(spans.map((s) => Math.max(0, s.start - 6)))].sort((a, b) => b - a);
  while (total - cuts[cuts.length - 1]! > length) {
    const last = cuts[cuts.length - 1]!;
    const limit = last + length;
    const gap = candidates.find((at) => at <= limit && at >= last + length / 2 && !inside(at));
    cuts.push(gap ?? limit);
  }
  cuts.push(total);
  return cuts;
}
