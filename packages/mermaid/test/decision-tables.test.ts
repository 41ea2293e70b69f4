// Decision tables as Mermaid draws them in Chromium: a hostile table (HTML, Mermaid syntax, directives, entities in its
// title, facts, values, rule names, outcomes and the checker's findings) is drawn as exactly its rows and cells with every
// text literal, and nothing active; a long table prints one page wide, cut only between its boxes; the order-closing
// rules' two tables print on at most two A4 pages (once five of 8).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, type SharedBrowser } from '@sopkit/browser';
import type { Page } from 'puppeteer';
import { compileProcess } from '@sopkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiagramRenderer, toMermaid } from '../src/index.js';
import { buildGraph, defaultDiagramOptions, type GraphNode } from './graph-helpers.js';
import { compileFile } from './helpers.js';

const renderer = createDiagramRenderer();
let shared: SharedBrowser;
let page: Page;
beforeAll(async () => {
  shared = await launchBrowser();
  page = await shared.browser.newPage();
  await page.setJavaScriptEnabled(false);
});
afterAll(async () => {
  await renderer.close();
  await shared.close();
});

/** What an SVG shows: each drawn table's cells' text row by row, each table's notes line by line, and the active or foreign things in it. */
async function drawn(svg: string): Promise<{ tables: string[][][]; notes: string[][]; active: string[] }> {
  await page.setContent(`<!doctype html><html><body>${svg}</body></html>`, { waitUntil: 'load' });
  return page.evaluate(() => ({
    // Note: the word joiner (U+2060) escapeLabel puts into $$ and fa: is invisible.
    tables: [...document.querySelectorAll('table.sop-table')].map((table) => [...table.querySelectorAll('tr')].map((row) => [...row.cells].map((cell) => (cell.textContent ?? '').replaceAll('\u2060', '')))),
    notes: [...document.querySelectorAll('table.sop-table caption')].map((caption) => [...caption.childNodes].filter((node) => node.nodeName !== 'BR').map((node) => (node.textContent ?? '').replaceAll('\u2060', ''))),
    active: [
      ...[...document.querySelectorAll('svg script, svg img, svg a, svg iframe, svg object, svg embed')].map((el) => el.localName),
      ...[...document.querySelectorAll('svg *')].flatMap((el) => el.getAttributeNames().filter((name) => /^on|href$/i.test(name)).map((name) => `${el.localName}[${name}]`)),
    ],
  }));
}

describe('a decision table of hostile text, drawn', () => {
  const process = compileFile('packages/mermaid/test/fixtures/hostile-table.sop');
  const boxes = buildGraph(process, defaultDiagramOptions).items.filter((item): item is GraphNode => 'kind' in item && item.kind === 'table');

  it('has exactly its rows and cells, each text as written, and nothing that runs or links', async () => {
    const { files } = await renderer.render(toMermaid(process), ['svg']);
    const { tables, notes, active } = await drawn(new TextDecoder().decode(files.svg));
    const table = process.tables[0]!;
    const text = (lines: readonly { text: string }[]) => (lines.length > 0 ? lines.map((line) => line.text).join('') : '—');
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!.table!;
    expect(tables).toEqual([[box.columns, ...box.rows.map((row) => row.map(text))]]);
    expect(notes).toEqual([box.notes.map((note) => note.text)]);
    // The SOP's own words, literally, where they belong.
    expect(tables[0]![0]).toContain(table.facts[0]!.name);
    expect(tables[0]!.map((row) => row.at(-1))).toContain(table.rules[0]!.outcome);
    expect(tables[0]!.map((row) => row[0])).toEqual(expect.arrayContaining(['click x call alert(1)', 'R2', 'R3']));
    expect(box.notes).toHaveLength(2);
    expect(active).toEqual([]);
  });
});

/** The text of each page of a PDF, in drawing order, without white space. */
function pdfPages(pdf: Uint8Array): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'sopkit-tables-')), 'diagram.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''));
}

describe('a table of sixty rules with a long list of uncovered values, printed', () => {
  const rules = Array.from({ length: 60 }, (_, i) => `  规则 D${i + 1}: 处理方式第${i + 1}种，按规定时间办结\n    当 天数 = ${i + 1}\n    当 级别 = 一级`).join('\n');
  const process = compileProcess(`流程: 长表\n  编号: long\n工步 1: 查表\n  负责: 客服\n决策表: 按天数\n  事实: 天数 = 天数\n  事实: 级别 = 一级、二级\n${rules}\n`).process!;

  it('is one page wide, every row whole on one page, the uncovered values wrapped under the last rows', async () => {
    expect(process.tables[0]!.gaps.flatMap((gap) => gap.uncovered).length).toBeGreaterThan(50);
    const { files } = await renderer.render(toMermaid(process), ['pdf']);
    const pages = pdfPages(files.pdf!);
    expect(pages.filter((text) => /第\d+行第\d+列/.test(text))).toEqual([]);
    for (let i = 1; i <= 60; i++) expect(pages.filter((text) => text.includes(`处理方式第${i}种，`)), `D${i}`).toHaveLength(1);
    expect(pages.filter((text) => text.includes('无规则覆盖'))).toHaveLength(1);
    expect(pages.filter((text) => text.includes('决策表：按天数（续）')).length).toBeGreaterThan(0);
  });
});

describe('the order-closing rules, printed', () => {
  it('print both decision tables, every rule with its outcome, on at most two A4 pages', async () => {
    const process = compileFile('processes/order-closing-rules.sop');
    const { files } = await renderer.render(toMermaid(process), ['pdf']);
    const pages = pdfPages(files.pdf!);
    const rules = process.tables.flatMap((t) => t.rules);
    expect(rules.length).toBe(13);
    const onPages = new Set(rules.map((rule) => {
      const found = pages.findIndex((p) => p.includes(`${rule.label}`) && p.includes(rule.outcome.replace(/\s+/g, '')));
      expect(found, rule.label ?? rule.id).toBeGreaterThanOrEqual(0);
      return found;
    }));
    expect(onPages.size).toBeLessThanOrEqual(2);
    for (const table of process.tables) expect(pages.some((p) => p.includes(`决策表：${table.title}`))).toBe(true);
  });
});
