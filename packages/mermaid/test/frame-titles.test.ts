// Frame (phase) titles stay well inside their frames: a title longer than the boxes it frames is wrapped, every word kept,
// measured in the SVG Chromium draws for every process and example. Note: Mermaid widens a frame to a one-line title
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

/** Room to spare, in px, between each frame's title and the nearer side of its frame (negative: it runs over). */
async function clearances(svg: string): Promise<{ title: string; clear: number }[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => [...document.querySelectorAll('g.cluster')].flatMap((cluster) => {
    const frame = cluster.querySelector('rect')?.getBoundingClientRect();
    const label = cluster.querySelector('.cluster-label');
    const text = label?.querySelector('foreignObject div, foreignObject span, text');
    if (!frame || !label || !text) return [];
    const range = document.createRange();
    range.selectNodeContents(text);
    const drawn = range.getBoundingClientRect();
    return [{ title: text.textContent ?? '', clear: Math.min(drawn.left - frame.left, frame.right - drawn.right) }];
  }));
}

describe.each(diagramSources())('%s', (source) => {
  it('draws every frame title clear of its frame\'s sides', async () => {
    const { files } = await renderer.render(toMermaid(compileFile(source)), ['svg']);
    const measured = await clearances(new TextDecoder().decode(files.svg));
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.filter((m) => m.clear < minClear)).toEqual([]);
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

  it('renders clear of its frame\'s sides', async () => {
    const { files } = await renderer.render(toMermaid(process), ['svg']);
    const measured = await clearances(new TextDecoder().decode(files.svg));
    expect(measured.find((m) => m.title.includes('闭环'))?.clear).toBeGreaterThanOrEqual(minClear);
  });
});
