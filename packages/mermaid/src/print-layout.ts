// Where a diagram goes on A4 paper: the orientation and scale that keep its labels readable on as few pages as possible,
// and where its pages are cut (rows, and columns when it is also too wide), each cut in a gap between boxes.

/** A box in SVG user units, from the top left of the diagram at its natural size. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** An extent along one axis, in SVG user units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A4 at 96 CSS px per inch (rounded down), its 10 mm margins, the bands of each page's header and footer, and the gap
 * between the header's rule and the drawing (a drawing that touched the rule covered it on screen).
 */
export const a4 = { width: 793, height: 1122, margin: 38, header: 26, footer: 22, gap: 4 } as const;
/** Mermaid's label text at the diagram's natural size, in CSS px (12 pt). */
export const labelPx = 16;
/** The smallest printed label: 8.4 pt (16 px × 0.7 × ¾ pt per px). Below this scale the drawing is cut into pages, at it where that saves pages. */
export const minReadableScale = 0.7;
/** Largest enlargement of a small diagram filling its page. */
const maxScale = 1.5;

/** How a diagram is printed: every page is one row and one column of the cuts (row by row). */
export interface PrintLayout {
  readonly landscape: boolean;
  readonly scale: number;
  /** Cuts along y from 0 to the diagram's height: n + 1 cuts make n rows of pages. */
  readonly rows: readonly number[];
  /** Cuts along x from 0 to the diagram's width. */
  readonly columns: readonly number[];
}

/** The drawing area of one page, in CSS px (between the header, less the gap under it, and the footer). */
export function drawingArea(landscape: boolean): { width: number; height: number } {
  const [width, height] = landscape ? [a4.height, a4.width] : [a4.width, a4.height];
  return { width: width - 2 * a4.margin, height: height - 2 * a4.margin - a4.header - a4.gap - a4.footer };
}

/**
 * The layout of a `width` × `height` diagram whose boxes are `boxes`: on one page, in the orientation that prints it
 * larger, when that keeps the labels at least {@link minReadableScale}; otherwise on as few pages as any readable scale
 * allows (rows, and columns when it is also too wide, each cut in a gap between boxes), at the largest scale that needs
 * no more pages — never enlarged, never larger than makes it as wide (or as high) as a page — in the orientation needing
 * fewer pages (of two alike, the one printing it larger).
 */
export function printLayout(width: number, height: number, boxes: readonly Box[]): PrintLayout {
  const fits = [false, true].map((landscape) => {
    const area = drawingArea(landscape);
    return { landscape, scale: Math.min(area.width / width, area.height / height, maxScale) };
  });
  const readable = fits.filter((fit) => fit.scale >= minReadableScale);
  if (readable.length > 0) {
    const { landscape, scale } = readable.reduce((a, b) => (b.scale > a.scale ? b : a));
    return { landscape, scale, rows: [0, height], columns: [0, width] };
  }
  const [portrait, landscape] = [false, true].map((turned) => fewestPages(width, height, boxes, turned)) as [Paged, Paged];
  const chosen = portrait.pages !== landscape.pages ? (portrait.pages < landscape.pages ? portrait : landscape) : (landscape.layout.scale > portrait.layout.scale ? landscape : portrait);
  return chosen.layout;
}

interface Paged {
  readonly layout: PrintLayout;
  readonly pages: number;
}

/**
 * In one orientation, the layout over the fewest pages: the scales from the largest allowed down to the readable minimum
 * (by hundredths) are tried, since where the gaps between boxes fall decides the count, and the largest scale with the
 * fewest pages is kept.
 */
function fewestPages(width: number, height: number, boxes: readonly Box[], landscape: boolean): Paged {
  const area = drawingArea(landscape);
  const largest = Math.max(minReadableScale, Math.min(1, Math.max(area.width / width, area.height / height)));
  const vertical = boxes.map((b) => ({ start: b.top, end: b.bottom }));
  const horizontal = boxes.map((b) => ({ start: b.left, end: b.right }));
  const scales = [largest];
  for (let hundredths = Math.ceil(largest * 100) - 1; hundredths >= Math.round(minReadableScale * 100); hundredths--) scales.push(hundredths / 100);
  let best: Paged | undefined;
  for (const scale of scales) {
    const rows = pageCuts(vertical, height, area.height / scale);
    const columns = pageCuts(horizontal, width, area.width / scale);
    const pages = (rows.length - 1) * (columns.length - 1);
    if (!best || pages < best.pages) best = { layout: { landscape, scale, rows, columns }, pages };
  }
  return best!;
}

/**
 * A frame's title together with the first box under it in the frame (the box whose top is highest), as one box where
 * pages are not cut, so no page ends on a frame's title alone; the title as it is when the frame has no box under it.
 */
export function titleWithFirstBox(title: Box, frame: Box, boxes: readonly Box[]): Box {
  const first = boxes
    .filter((b) => b.top >= title.bottom && b.left >= frame.left && b.right <= frame.right && b.bottom <= frame.bottom)
    .reduce<Box | undefined>((highest, b) => (highest && highest.top <= b.top ? highest : b), undefined);
  if (!first) return title;
  return { left: Math.min(title.left, first.left), top: title.top, right: Math.max(title.right, first.right), bottom: first.bottom };
}

/**
 * Where to cut a diagram of `total` units into pages of at most `length` units: at the furthest gap between nodes that
 * still fills at least half a page (else straight through, when a single node is longer than half a page).
 */
export function pageCuts(spans: readonly Span[], total: number, length: number): number[] {
  const cuts = [0];
  const inside = (at: number) => spans.some((s) => s.start < at && at < s.end);
  const candidates = [...new Set(spans.map((s) => Math.max(0, s.start - 6)))].sort((a, b) => b - a);
  // Note: half a unit of slack, so rounding never starts a page for a sliver.
  while (total - cuts[cuts.length - 1]! > length + 0.5) {
    const last = cuts[cuts.length - 1]!;
    const limit = last + length;
    const gap = candidates.find((at) => at <= limit && at >= last + length / 2 && !inside(at));
    cuts.push(gap ?? limit);
  }
  cuts.push(total);
  return cuts;
}
