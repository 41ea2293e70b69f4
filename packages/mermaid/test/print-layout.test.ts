// Where a diagram goes on A4: one page when its labels stay readable, else as few pages as a readable scale allows, in the
// orientation needing fewer pages, cut in gaps between boxes.
import { describe, expect, it } from 'vitest';
import { drawingArea, minReadableScale, pageCuts, printLayout, titleWithFirstBox, type Box } from '../src/print-layout.js';

/** A column of boxes 60 high with 20 between them, `width` wide, from the top. */
const column = (count: number, width: number): Box[] =>
  Array.from({ length: count }, (_, i) => ({ left: 0, top: i * 80, right: width, bottom: i * 80 + 60 }));

describe('print layout', () => {
  it('prints a small diagram on one page, enlarged at most one and a half times', () => {
    expect(printLayout(500, 889, column(11, 500))).toEqual({ landscape: false, scale: expect.closeTo(994 / 889, 5), rows: [0, 889], columns: [0, 500] });
    expect(printLayout(200, 100, []).scale).toBe(1.5);
  });

  it('turns a wide diagram to landscape when that prints it larger', () => {
    const layout = printLayout(1400, 600, []);
    expect(layout.landscape).toBe(true);
    expect(layout.rows).toEqual([0, 600]);
  });

  it('cuts a long diagram into as few rows as a readable scale allows, at the largest scale needing no more, each cut in a gap between boxes', () => {
    const boxes = column(50, 690);
    const layout = printLayout(690, 4000, boxes);
    // At its natural size it would take five pages; at the readable minimum three.
    expect(layout).toMatchObject({ landscape: false, columns: [0, 690] });
    expect(layout.rows).toHaveLength(4);
    expect(layout.scale).toBeGreaterThan(minReadableScale);
    expect(layout.scale).toBeLessThan(1);
    for (const cut of layout.rows.slice(1, -1)) expect(cut % 80).toBeGreaterThanOrEqual(60);
    const area = drawingArea(false);
    const rowsAt = (scale: number) => pageCuts(boxes.map((b) => ({ start: b.top, end: b.bottom })), 4000, area.height / scale).length - 1;
    expect(rowsAt(layout.scale + 0.01)).toBeGreaterThan(3);
    for (let scale = minReadableScale; scale <= 1; scale += 0.005) expect(rowsAt(scale)).toBeGreaterThanOrEqual(3);
  });

  it('never prints below the readable scale: a diagram too wide as well is cut into columns too', () => {
    const layout = printLayout(2000, 3000, column(37, 2000));
    expect(layout.scale).toBe(minReadableScale);
    expect(layout.columns.length).toBeGreaterThan(2);
    expect(layout.rows.length).toBeGreaterThan(2);
  });

  it('turns a diagram to landscape when that needs fewer pages (the visit at full detail)', () => {
    const layout = printLayout(1302, 18810, []);
    expect(layout.landscape).toBe(true);
    expect(layout.columns).toEqual([0, 1302]);
    expect(layout.scale).toBeGreaterThanOrEqual(minReadableScale);
    expect(layout.rows).toHaveLength(Math.ceil((18810 * minReadableScale) / drawingArea(true).height) + 1);
  });

  it('starts no page for a sliver left by rounding', () => {
    expect(pageCuts([], 889.3, 889)).toEqual([0, 889.3]);
  });
});

describe('a frame\'s title', () => {
  const frame: Box = { left: 100, top: 1000, right: 400, bottom: 1400 };
  const title: Box = { left: 200, top: 1000, right: 300, bottom: 1024 };
  const first: Box = { left: 150, top: 1060, right: 350, bottom: 1120 };
  const boxes: Box[] = [{ left: 150, top: 900, right: 350, bottom: 960 }, { left: 150, top: 1200, right: 350, bottom: 1260 }, first, { left: 500, top: 1030, right: 600, bottom: 1050 }];

  it('is held together with the first box under it in its frame', () => {
    expect(titleWithFirstBox(title, frame, boxes)).toEqual({ left: 150, top: 1000, right: 350, bottom: 1120 });
    expect(titleWithFirstBox(title, frame, [])).toEqual(title);
  });

  it('is never left alone at the foot of a page', () => {
    // A page of 1050 units would end just under the title; the cut moves above the frame instead.
    const cuts = pageCuts([...boxes, titleWithFirstBox(title, frame, boxes)].map((b) => ({ start: b.top, end: b.bottom })), 1400, 1050);
    expect(cuts[1]).toBeLessThanOrEqual(title.top);
  });
});

