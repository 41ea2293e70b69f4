// Decision tables as Mermaid draws them in Chromium: a hostile table (HTML, Mermaid syntax, directives, entities in its
// title, facts, values, rule names, outcomes and the checker's findings) is drawn as exactly its rows and cells with every
// text literal, and nothing active; the order-closing rules' two tables print on at most two A4 pages (once five of 8).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, type SharedBrowser } from '@sopkit/browser';
import type { Page } from 'puppeteer';
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

/** What an SVG shows: each drawn table's cells' text row by row, and the active or foreign things in it. */
async function drawn(svg: string): Promise<{ tables: string[][][]; active: string[] }> {
  await page.setContent(`<!doctype html><html><body>${svg}</body></html>`, { waitUntil: 'load' });
  return page.evaluate(() => ({
    // Note: the word joiner (U+2060) escapeLabel puts into $$ and fa: is invisible.
    tables: [...document.querySelectorAll('table.sop-table')].map((table) => [...table.querySelectorAll('tr')].map((row) => [...row.cells].map((cell) => (cell.textContent ?? '').replaceAll('\u2060', '')))),
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
    const { tables, active } = await drawn(new TextDecoder().decode(files.svg));
    const table = process.tables[0]!;
    const text = (lines: readonly { text: string }[]) => (lines.length > 0 ? lines.map((line) => line.text).join('') : '—');
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!.table!;
    expect(tables).toEqual([[box.columns, ...box.rows.map((row) => row.map(text)), ...box.notes.map((note) => [note.text])]]);
    // The SOP's own words, literally, where they belong.
    expect(tables[0]![0]).toContain(table.facts[0]!.name);
    expect(tables[0]!.map((row) => row.at(-1))).toContain(table.rules[0]!.outcome);
    expect(tables[0]!.map((row) => row[0])).toEqual(expect.arrayContaining(['click x call alert(1)', 'R2', 'R3']));
    expect(box.notes).toHaveLength(2);
    expect(active).toEqual([]);
  });
});

describe('the order-closing rules, printed', () => {
  it('print both decision tables, every rule with its outcome, on at most two A4 pages', async () => {
    const process = compileFile('processes/order-closing-rules.sop');
    const { files } = await renderer.render(toMermaid(process), ['pdf']);
    const path = join(mkdtempSync(join(tmpdir(), 'sopkit-tables-')), 'closing.pdf');
    writeFileSync(path, files.pdf!);
    const pages = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).split('\f').map((p) => p.replace(/\s+/g, ''));
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
