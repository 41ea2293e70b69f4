// Printed diagrams, measured in the PDF itself (pdftotext -bbox): no text below 8 pt however wide or long the diagram, on
// about as few pages as that allows (the policy's decision diagrams once took two pages more),
// every page names the process, its version, content hash and page number, so a loose page can be identified, every
// page's header is ruled off across the page (the drawing's white ground once covered the rule on every page but the
// first), and no page ends on a phase's title without any of the phase's steps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiagramRenderer, toMermaid } from '../src/index.js';
import { drawingArea, minReadableScale } from '../src/print-layout.js';
import { compileFile } from './helpers.js';

const renderer = createDiagramRenderer();
afterAll(() => renderer.close());
const folder = mkdtempSync(join(tmpdir(), 'sopkit-printed-'));

interface Word { readonly text: string; readonly width: number; readonly page: number }

/** The words of a PDF with their widths in pt, and each page's text. */
function readPdf(pdf: Uint8Array): { words: Word[]; pages: string[]; sizes: string[] } {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const pages = xml.split('<page ').slice(1);
  const words = pages.flatMap((page, i) => [...page.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)]
    .map((m) => ({ text: m[3]!, width: Number(m[2]) - Number(m[1]), page: i + 1 })));
  const sizes = [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)"/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
  return { words, pages: pages.map((p) => [...p.matchAll(/>([^<]*)<\/word>/g)].map((m) => m[1]).join('')), sizes };
}

/**
 * The smallest text size in pt: a Chinese character is exactly one em wide in every CJK font, so a word of Chinese
 * characters only is as many em wide as it has characters.
 */
function smallestSize(words: readonly Word[]): number {
  const sizes = words.filter((w) => /^\p{Script=Han}+$/u.test(w.text)).map((w) => w.width / [...w.text].length);
  expect(sizes.length).toBeGreaterThan(0);
  return Math.min(...sizes);
}

/**
 * Whether a page of a PDF has a line across its header band, as a screen shows the page whole: a row of pixels (at
 * 72 dpi) in the top 70 pt inked from margin to margin (A4 portrait or landscape, 10 mm margins), grey enough that it is
 * not a frame's pale fill.
 */
function hasHeaderRule(path: string, page: number): boolean {
  const dpi = 72;
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-y', '0', '-H', String(px(70)), path]);
  const [width, height] = (/^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString('latin1')) ?? []).slice(1).map(Number);
  const pixels = pgm.subarray(pgm.length - width! * height!);
  const [left, right] = [px(32), width! - px(32)];
  return Array.from({ length: height! }, (_, y) => y).some((y) => {
    let inked = 0;
    for (let x = left; x < right; x++) if (pixels[y * width! + x]! < 245) inked++;
    return inked >= 0.98 * (right - left);
  });
}

describe.each([
  ['processes/after-sales-policy.sop', 'steps'],
  ['processes/order-closing-rules.sop', 'steps'],
  ['processes/home-service-visit.sop', 'steps'],
  ['processes/home-service-visit.sop', 'full'],
  ['processes/technical-service.sop', 'steps'],
] as const)('%s at detail %s, printed', (source, detail) => {
  const process = compileFile(source);

  it('prints no text smaller than 8 pt, and names the process, version, hash and page number on every page', async () => {
    const { files } = await renderer.render(toMermaid(process, { detail }), ['pdf']);
    const { words, pages, sizes } = readPdf(files.pdf!);
    expect(smallestSize(words)).toBeGreaterThanOrEqual(7.95);
    expect(new Set(sizes).size).toBe(1);
    pages.forEach((text, i) => {
      expect(text).toContain(`流程图·${process.title.replace(/\s/g, '')}`);
      if (process.version) expect(text).toContain(`版本${process.version}`);
      expect(text).toContain(`${process.id}·内容哈希${process.hash.slice('sha256:'.length, 'sha256:'.length + 12)}`);
      expect(text).toContain(`第${i + 1}页/共${pages.length}页`);
    });
  });

  it('is printed on as few pages as its size at the smallest readable scale needs, and a fifth more at most for cutting between boxes', async () => {
    const { files } = await renderer.render(toMermaid(process, { detail }), ['svg', 'pdf']);
    const box = /viewBox="[-\d.e]+ [-\d.e]+ ([\d.e]+) ([\d.e]+)"/.exec(new TextDecoder().decode(files.svg!))!;
    const [width, height] = [Number(box[1]), Number(box[2])];
    const fewest = Math.min(...[false, true].map((landscape) => {
      const area = drawingArea(landscape);
      return Math.ceil((width * minReadableScale) / area.width) * Math.ceil((height * minReadableScale) / area.height);
    }));
    const { pages } = readPdf(files.pdf!);
    expect(pages.length).toBeGreaterThanOrEqual(fewest);
    expect(pages.length).toBeLessThanOrEqual(Math.floor(fewest * 1.2));
  });

  it('rules off the header across every page', async () => {
    const { files } = await renderer.render(toMermaid(process, { detail }), ['pdf']);
    const path = join(folder, `${process.id}-${detail}-header.pdf`);
    writeFileSync(path, files.pdf!);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    const unruled = Array.from({ length: pages }, (_, i) => i + 1).filter((page) => !hasHeaderRule(path, page));
    expect(unruled).toEqual([]);
  });

  it('prints each phase\'s title on a page with at least one of its steps', async () => {
    const { files } = await renderer.render(toMermaid(process, { detail }), ['pdf']);
    const { pages } = readPdf(files.pdf!);
    const steps = new Map(process.steps.map((step) => [step.id, `${step.number}·${step.title.replace(/\s/g, '').slice(0, 2)}`]));
    const orphans = pages.flatMap((text, i) => process.phases
      .filter((phase) => phase.title && text.includes(phase.title.replace(/\s/g, '')))
      .filter((phase) => !phase.steps.some((id) => text.includes(steps.get(id)!)))
      .map((phase) => `page ${i + 1}: ${phase.title}`));
    expect(orphans).toEqual([]);
  });
});

describe('a diagram too wide and too long for a page at a readable size', () => {
  // Twelve chains of forty boxes side by side: about 1,800 by 3,000 px at the natural size.
  const chains = Array.from({ length: 12 }, (_, c) => Array.from({ length: 40 }, (_, r) => `  c${c}r${r}["检查 第${c + 1}列第${r + 1}行"]`).join('\n')
    + `\n${Array.from({ length: 39 }, (_, r) => `  c${c}r${r} --> c${c}r${r + 1}`).join('\n')}`);
  const text = `flowchart TD\n${chains.join('\n')}\n`;

  it('is printed over rows and columns of pages, each saying where it sits, with the text still at least 8 pt', async () => {
    const { files } = await renderer.render(text, ['pdf']);
    const { words, pages, sizes } = readPdf(files.pdf!);
    expect(smallestSize(words)).toBeGreaterThanOrEqual(7.95);
    // Without a process to name (Mermaid text toMermaid did not write), only the page number, in English.
    const places = pages.map((p) => /Page(\d+)of(\d+)·row(\d+),column(\d+)/.exec(p)?.slice(1).map(Number));
    expect(places.every(Boolean)).toBe(true);
    const rows = Math.max(...places.map((p) => p![2]!));
    const columns = Math.max(...places.map((p) => p![3]!));
    expect(rows).toBeGreaterThan(1);
    expect(columns).toBeGreaterThan(1);
    expect(pages.length).toBe(rows * columns);
    // Every box is printed whole on some page.
    for (const label of ['第1列第1行', '第12列第1行', '第1列第40行', '第12列第40行']) expect(pages.some((p) => p.includes(label))).toBe(true);
  });
});
