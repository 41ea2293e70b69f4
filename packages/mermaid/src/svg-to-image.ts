// PNG and A4 PDF from a rendered diagram SVG, in a reused page of the same Chromium (no second Mermaid layout). A tall
// diagram is printed over several A4 pages, cut only where no node is, so the text stays readable on paper.
import type { Page } from 'puppeteer';
import { subsetFamily, type FontSubset } from './font-subset.js';

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

const pageHtml = (body: string, style = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}${style}</style></head><body>${body}</body></html>`;

/**
 * The PNG's size against the diagram's natural size: sharp text on screens and in print. Note: measured here, 1.5 times
 * saved a third of each PNG's CPU time and still read well, but made one diagram and twenty faster alike (the same ratio).
 */
const pngScale = 2;
/** Largest PNG, in pixels: a long process at twice its size would make a file no viewer opens quickly. */
const maxPixels = 40_000_000;

export type RasterFormat = 'png' | 'pdf';

/**
 * The PNG and/or A4 PDF of a rendered diagram, drawn in `page`, which is reused from one diagram to the next. The PNG
 * is twice the natural size (sharp text on screens and in print), less if that gets too large. The PDF has the whole
 * diagram on one page (landscape when it is wider than tall) when that stays readable, otherwise it is printed at a
 * readable scale over several pages, each cut in a gap between nodes. `fonts`, subsets of the diagram's first font
 * holding its characters, stand in for the installed font in the PDF only (the same glyphs and widths, so the same
 * layout), which Chromium then embeds instead of copying the whole installed font into every PDF.
 */
export async function svgToImages(
  page: Page,
  svg: string,
  formats: readonly RasterFormat[],
  fonts: readonly FontSubset[] = [],
): Promise<Partial<Record<RasterFormat, Uint8Array>>> {
  const sized = naturalSize(svg);
  const landscape = sized.width > sized.height;
  const sheet = { width: (landscape ? a4.height : a4.width) - 2 * a4.margin, height: (landscape ? a4.width : a4.height) - 2 * a4.margin };
  const fit = Math.min(sheet.width / sized.width, sheet.height / sized.height);
  /** Pages are cut along y for a tall diagram, along x for a wide one. */
  const alongY = !landscape;
  const total = alongY ? sized.height : sized.width;
  const onePage = fit >= minReadableScale;
  const made: Partial<Record<RasterFormat, Uint8Array>> = {};

  // The diagram alone at its natural size: photographed for the PNG, measured for where to cut the PDF's pages.
  const scaleForPng = Math.min(pngScale, Math.sqrt(maxPixels / (sized.width * sized.height)));
  await page.setViewport({ width: sized.width, height: sized.height, deviceScaleFactor: formats.includes('png') ? scaleForPng : 1 });
  await page.setContent(pageHtml(sized.svg, 'svg{display:block}'), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  if (formats.includes('png')) {
    // Note: faster compression makes the PNG about 40% larger (the same pixels) and takes a quarter off each screenshot.
    made.png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: sized.width, height: sized.height }, optimizeForSpeed: true });
  }
  if (!formats.includes('pdf')) return made;

  // The same diagram, moved into one clipped sheet per A4 page (a copy of the SVG each, placed to show its part; the
  // cuts and spans are in the diagram's own units, as laid out now at its natural size).
  const scale = onePage ? Math.min(fit, maxScale) : Math.min(1, alongY ? sheet.width / sized.width : sheet.height / sized.height);
  const cuts = onePage ? [0, total] : pageCuts(await nodeSpans(page, alongY), total, (alongY ? sheet.height : sheet.width) / scale);
  const sheets = cuts.slice(1).map((end, i) => {
    const start = cuts[i]!;
    const length = (end - start) * scale;
    return {
      start,
      end,
      box: alongY ? `width:${sheet.width}px;height:${length}px` : `width:${length}px;height:${sheet.height}px`,
      offset: `${alongY ? 'top' : 'left'}:${-start * scale}px`,
    };
  });
  const style = `@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:${a4.margin}px}
    .sheet{position:relative;overflow:hidden;break-after:page}.sheet:last-child{break-after:auto}
    .at{position:absolute;${alongY ? 'left:0' : 'top:0'}}
    .at svg{display:block;width:${sized.width * scale}px;height:${sized.height * scale}px}`;
  const faces = fonts.map(({ weight, data }) => ({ weight: String(weight), base64: Buffer.from(data).toString('base64') }));
  await page.evaluate(async (sheets, style, alongY, family, faces) => {
    const svg = document.querySelector('body > svg');
    if (!svg) throw new Error('the diagram is not on the page');
    // Each copy keeps only the boxes its page shows, so printing lays out each label about once (an eighth less work).
    const boxes = 'g.node, g.edgeLabel, g.cluster';
    const origin = svg.getBoundingClientRect();
    const spans = [...svg.querySelectorAll(boxes)].map((el) => {
      const r = el.getBoundingClientRect();
      return alongY ? [r.top - origin.top, r.bottom - origin.top] : [r.left - origin.left, r.right - origin.left];
    });
    await Promise.all(faces.map(async ({ weight, base64 }) => {
      const face = new FontFace(family, Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), { weight });
      document.fonts.add(await face.load());
    }));
    document.head.append(Object.assign(document.createElement('style'), { textContent: style }));
    document.body.replaceChildren(...sheets.map(({ start, end, box, offset }, i) => {
      const copy = i === sheets.length - 1 ? svg : svg.cloneNode(true) as Element;
      if (sheets.length > 1) {
        copy.querySelectorAll(boxes).forEach((el, k) => {
          const [from = start, to = end] = spans[k] ?? [];
          if (to <= start || from >= end) el.remove();
        });
      }
      const sheet = Object.assign(document.createElement('div'), { className: 'sheet' });
      const at = Object.assign(document.createElement('div'), { className: 'at' });
      sheet.style.cssText = box;
      at.style.cssText = offset;
      at.append(copy);
      sheet.append(at);
      return sheet;
    }));
  }, sheets, style, alongY, subsetFamily, faces);
  // Note: an untagged PDF (no accessibility structure tree, which a drawing has little use for) prints about 10% faster;
  // the fonts were awaited once above (the sheets are copies of what was already drawn), so puppeteer need not again.
  try {
    made.pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, waitForFonts: false });
  } finally {
    // The next diagram's PNG is drawn with the installed fonts (the page keeps its font set from one diagram to the next).
    if (faces.length > 0) await page.evaluate(() => document.fonts.clear());
  }
  return made;
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
