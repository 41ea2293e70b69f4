// Frame (phase) titles stay well inside their frames: a title longer than the boxes it frames is wrapped, every word kept,
// its lines centred, and a line that crosses a title passes behind it, measured in the SVG Chromium draws for every
// process and example. Note: Mermaid widens a frame to a one-line title
// with only 4 px to spare, which printing at another scale can overrun; a wrapped title leaves the frame's padding clear.
import { launchBrowser, type SharedBrowser } from '@sopkit/browser';
import { compileProcess } from '@sopkit/core';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiagramRenderer, toMermaid } from '../src/index.js';
import { compileFile, diagramSources } from './helpers.js';

/** Least room between a title and its frame's sides, in px: more than the 4 px of a frame Mermaid widened to its title. */
const minClear = 8;

const renderer = createDiagramRenderer();
let shared: SharedBrowser;
let page: Page;
beforeAll(async () => {
  shared = await launchBrowser();
  page = await shared.browser.newPage();
});
afterAll(async () => {
  await renderer.close();
  await shared.close();
});

/** A frame's title as drawn: its room to spare, in px, to the nearer side of its frame (negative: it runs over), and its lines. */
interface DrawnTitle {
  readonly title: string;
  readonly clear: number;
  /** Each line's left and right edge, in px, top to bottom. */
  readonly lines: readonly { left: number; right: number }[];
  /** The flow lines (edges) running through the title's text: drawn over it, or behind it on a ground of the frame's colour. */
  readonly edgesOver: number;
  readonly edgesBehind: number;
}

async function drawnTitles(svg: string): Promise<DrawnTitle[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => [...document.querySelectorAll('g.cluster')].flatMap((cluster) => {
    const shape = cluster.querySelector('rect');
    const frame = shape?.getBoundingClientRect();
    const label = cluster.querySelector('.cluster-label') ?? document.getElementById(`${cluster.id}-title`);
    const text = label?.querySelector('foreignObject div, foreignObject span, text');
    if (!frame || !label || !text) return [];
    const range = document.createRange();
    range.selectNodeContents(text);
    const drawn = range.getBoundingClientRect();
    const byTop = new Map<number, { left: number; right: number }>();
    const texts = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const boxes: DOMRect[] = [];
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const part = document.createRange();
      part.selectNodeContents(node);
      boxes.push(...part.getClientRects());
    }
    for (const box of boxes) {
      if (box.width === 0) continue;
      const top = Math.round(box.top);
      const line = byTop.get(top);
      byTop.set(top, { left: Math.min(line?.left ?? box.left, box.left), right: Math.max(line?.right ?? box.right, box.right) });
    }
    const lines = [...byTop].sort(([a], [b]) => a - b).map(([, line]) => line);
    const ground = label.querySelector(':scope > rect');
    const grounded = ground !== null && shape !== null && getComputedStyle(ground).fill === getComputedStyle(shape).fill;
    const crossing = [...document.querySelectorAll<SVGPathElement>('g.edgePaths path')].filter((path) => {
      const toScreen = path.getScreenCTM();
      const length = path.getTotalLength();
      for (let at = 0; toScreen && at <= length; at += 1) {
        const point = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y).matrixTransform(toScreen);
        if (point.x > drawn.left && point.x < drawn.right && point.y > drawn.top && point.y < drawn.bottom) return true;
      }
      return false;
    });
    const behind = crossing.filter((path) => grounded && (path.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    return [{
      title: text.textContent ?? '', clear: Math.min(drawn.left - frame.left, frame.right - drawn.right), lines,
      edgesOver: crossing.length - behind.length, edgesBehind: behind.length,
    }];
  }));
}

/** How far apart, in px, the centres of a title's lines are (0 for one line). */
function centreSpread(title: DrawnTitle): number {
  const centres = title.lines.map((line) => (line.left + line.right) / 2);
  return Math.max(...centres) - Math.min(...centres);
}

describe.each(diagramSources())('%s', (source) => {
  it('draws every frame title clear of its frame\'s sides, each line of a wrapped title centred', async () => {
    const { files } = await renderer.render(toMermaid(compileFile(source)), ['svg']);
    const measured = await drawnTitles(new TextDecoder().decode(files.svg));
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.filter((m) => m.clear < minClear)).toEqual([]);
    expect(measured.filter((m) => centreSpread(m) > 1).map((m) => m.title)).toEqual([]);
    expect(measured.filter((m) => m.edgesOver > 0).map((m) => m.title)).toEqual([]);
  });
});

describe('processes/home-service-visit.sop', () => {
  it('draws the flow lines that enter its phases through their titles behind the titles', async () => {
    const { files } = await renderer.render(toMermaid(compileFile('processes/home-service-visit.sop')), ['svg']);
    const measured = await drawnTitles(new TextDecoder().decode(files.svg));
    expect(measured.filter((m) => m.edgesBehind > 0).length).toBeGreaterThanOrEqual(3);
    expect(measured.filter((m) => m.edgesOver > 0)).toEqual([]);
  });
});

describe('a phase title longer than its steps', () => {
  const title = '二、核心服务流程:从需求到满意的闭环管理 "引号" <b>与</b> %%{init}%% 再加一些很长很长的文字';
  const process = compileProcess(`流程: 甲\n  编号: jia\n阶段: ${title}\n工步 1: 受理\n工步 2: 派工\n`).process!;

  it('is wrapped into lines that keep all its text, escaped for Mermaid', () => {
    const line = toMermaid(process).split('\n').find((l) => l.trim().startsWith('subgraph') && l.includes('#58;'))!;
    const label = /\["(.*)"\]$/.exec(line)![1]!;
    const lines = label.split('<br/>');
    expect(lines.length).toBeGreaterThan(1);
    expect(label.replace(/<br\/>/g, '')).not.toMatch(/["<>%]/);
    const decoded = lines.join('').replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/#(quot|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', lt: '<', gt: '>', amp: '&' })[name]!).replace(/\u2060/g, '');
    expect(decoded.replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
  });

  it('renders clear of its frame\'s sides, its lines of different lengths centred over each other', async () => {
    const { files } = await renderer.render(toMermaid(process), ['svg']);
    const drawn = (await drawnTitles(new TextDecoder().decode(files.svg))).find((m) => m.title.includes('闭环'))!;
    expect(drawn.clear).toBeGreaterThanOrEqual(minClear);
    const widths = drawn.lines.map((line) => line.right - line.left);
    expect(Math.max(...widths) - Math.min(...widths)).toBeGreaterThan(8);
    expect(centreSpread(drawn)).toBeLessThanOrEqual(1);
  });
});
