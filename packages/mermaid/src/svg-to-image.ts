// PNG and A4 PDF from a rendered diagram SVG, in a reused page of the same Chromium (no second Mermaid layout). A large
// diagram is printed over several A4 pages, cut only where no node is, so the text stays readable on paper; every page
// has a header and footer naming the process, its version and content hash, and the page number.
import type { Page } from 'puppeteer';
import { pageBandRules, subsetFamily, type FontSubset } from '@sopkit/browser';
import { pageChrome, type PageCaption } from './page-caption.js';
import { a4, drawingArea, printLayout, titleWithFirstBox, type Box } from './print-layout.js';

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
 * diagram on one page (in the orientation that prints it larger) when that keeps its labels readable, otherwise it is
 * printed at a readable scale over several pages (see print-layout.ts), each cut in a gap between nodes, each with a
 * header and footer from `caption`. `fonts`, subsets of the diagram's first font holding its characters and the
 * caption's, stand in for the installed font in the PDF only (the same glyphs and widths, so the same layout), which
 * Chromium then embeds instead of copying the whole installed font into every PDF.
 */
export async function svgToImages(
  page: Page,
  svg: string,
  formats: readonly RasterFormat[],
  fonts: readonly FontSubset[] = [],
  caption?: PageCaption,
): Promise<Partial<Record<RasterFormat, Uint8Array>>> {
  const sized = naturalSize(svg);
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
  // cuts and boxes are in the diagram's own units, as laid out now at its natural size).
  const layout = printLayout(sized.width, sized.height, await nodeBoxes(page));
  const { scale, rows, columns } = layout;
  const area = drawingArea(layout.landscape);
  const grid = rows.length > 2 && columns.length > 2;
  const total = (rows.length - 1) * (columns.length - 1);
  const language = caption?.language ?? 'en';
  const sheets = rows.slice(1).flatMap((bottom, r) => columns.slice(1).map((right, c) => {
    const box: Box = { left: columns[c]!, top: rows[r]!, right, bottom };
    return {
      box,
      size: `width:${(right - box.left) * scale}px;height:${(bottom - box.top) * scale}px`,
      offset: `left:${-box.left * scale}px;top:${-box.top * scale}px`,
      bands: pageChrome(caption, grid ? { row: r + 1, column: c + 1 } : undefined),
    };
  }));
  // Each page is a named page, whose margins carry its own header and footer (its number, row and column).
  const style = `@page{size:A4 ${layout.landscape ? 'landscape' : 'portrait'};margin:${a4.margin + a4.header}px ${a4.margin}px ${a4.margin + a4.footer}px}
    ${sheets.map(({ bands }, i) => pageBandRules(bands, language, { pageName: `sheet${i + 1}`, page: i + 1, pages: total })).join('\n')}
    .page{width:${area.width}px;height:${area.height}px;padding-top:${a4.gap}px;overflow:hidden;break-after:page}
    .page:last-child{break-after:auto}
    .sheet{position:relative;overflow:hidden}
    .at{position:absolute}
    .at svg{display:block;width:${sized.width * scale}px;height:${sized.height * scale}px}`;
  const faces = fonts.map(({ weight, data }) => ({ weight: String(weight), base64: Buffer.from(data).toString('base64') }));
  await page.evaluate(async (sheets, style, family, faces) => {
    const svg = document.querySelector('body > svg');
    if (!svg) throw new Error('the diagram is not on the page');
    // Each copy keeps only the boxes its page shows, so printing lays out each label about once (an eighth less work).
    const boxes = 'g.node, g.edgeLabel, g.cluster, g.cluster-titles > g.cluster-label';
    const origin = svg.getBoundingClientRect();
    const rects = [...svg.querySelectorAll(boxes)].map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
    });
    await Promise.all(faces.map(async ({ weight, base64 }) => {
      const face = new FontFace(family, Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), { weight });
      document.fonts.add(await face.load());
    }));
    document.head.append(Object.assign(document.createElement('style'), { textContent: style }));
    document.body.replaceChildren(...sheets.map(({ box, size, offset }, i) => {
      const copy = i === sheets.length - 1 ? svg : svg.cloneNode(true) as Element;
      if (sheets.length > 1) {
        copy.querySelectorAll(boxes).forEach((el, k) => {
          const r = rects[k];
          if (r && (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom)) el.remove();
        });
      }
      const at = Object.assign(document.createElement('div'), { className: 'at' });
      at.style.cssText = offset;
      at.append(copy);
      const sheet = Object.assign(document.createElement('div'), { className: 'sheet' });
      sheet.style.cssText = size;
      sheet.append(at);
      const printed = Object.assign(document.createElement('div'), { className: 'page' });
      printed.style.cssText = `page:sheet${i + 1}`;
      printed.append(sheet);
      return printed;
    }));
  }, sheets, style, subsetFamily, faces);
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

/**
 * The boxes pages are not cut through, in SVG units from the top left: every node and edge label, and every frame's
 * title together with the first box under it in its frame.
 */
async function nodeBoxes(page: Page): Promise<Box[]> {
  // Note: no named functions in the page's code: tsx would wrap them in a `__name` helper the page does not have.
  const { boxes, frames } = await page.evaluate(() => {
    const svg = document.querySelector('svg');
    if (!svg) return { boxes: [], frames: [] };
    const origin = svg.getBoundingClientRect();
    const pairs = [...svg.querySelectorAll('g.cluster')].flatMap((cluster) => {
      const shape = cluster.querySelector(':scope > rect');
      const title = cluster.querySelector(':scope > g.cluster-label') ?? svg.getElementById(`${cluster.id}-title`);
      return shape && title ? [[shape, title] as const] : [];
    });
    const [nodes, shapes, titles] = [[...svg.querySelectorAll('g.node, g.edgeLabel')], pairs.map(([shape]) => shape), pairs.map(([, title]) => title)]
      .map((elements) => elements.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
      }));
    return { boxes: nodes ?? [], frames: (shapes ?? []).map((frame, i) => ({ frame, title: titles![i]! })) };
  });
  const drawn = (b: Box) => b.right > b.left && b.bottom > b.top;
  return [...boxes.filter(drawn), ...frames.filter(({ title }) => drawn(title)).map(({ title, frame }) => titleWithFirstBox(title, frame, boxes))];
}
