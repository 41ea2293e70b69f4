// SVG pictures in a printed sheet (the embedded diagram) are printed inline: their labels are real text in the sheet's
// embedded fonts (never Type 3 pictures), at the picture's own size whatever the sheet's style sheet says about its
// classes, without its links out; measured in the PDF with pdffonts and pdftotext -bbox.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '../src/index.js';
import { sharedPrinter } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'sopkit-inline-svg-'));
const printer = sharedPrinter();

/** A 400 × 100 picture: a label in 16 px type inside a group classed like a sheet's own boxes, a link out, a handler. */
const picture = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 400 100" width="100%">
<style>text { font-family: "Noto Sans CJK SC", sans-serif; font-size: 16px; fill: #222; }</style>
<g class="decision step"><rect x="2" y="2" width="396" height="96" fill="#fff3cd" onclick="alert(1)"/><text x="20" y="40">判断客户是否在家</text></g>
<a xlink:href="https://example.com/tracker"><text x="20" y="80">详见规范</text></a>
<script>document.title = 'ran'</script>
</svg>`;

/** A sheet whose style sheet would shrink anything classed `decision` to 4 pt. */
const sheet = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>@page { size: A4; margin: 17mm 14mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 9.5pt; } .decision, .decision * { font-size: 4pt !important; }
figure img { max-width: 100%; }</style></head>
<body><p>正文</p><figure><img src="${svgDataUri(picture)}" alt="流程图"></figure></body></html>`;

describe('an SVG picture in a printed sheet', () => {
  it('prints its labels as text in the embedded fonts, at its own size, without its link out', async () => {
    const pdf = await printer().print(sheet, { sheet: null, title: '内联', version: null, processId: 'inline', hash: 'sha256:0', language: 'zh-CN' });
    const path = join(folder, 'inline.pdf');
    writeFileSync(path, pdf);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Type 3/);
    expect(fonts).toMatch(/NotoSansCJKsc-Regular\s+CID TrueType/);
    const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const word = /xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">判断客户是否在家</.exec(xml);
    expect(word).not.toBeNull();
    // Eight characters one em each: 16 px is 12 pt.
    expect((Number(word![2]) - Number(word![1])) / 8).toBeCloseTo(12, 0);
    expect(xml).toContain('>详见规范<');
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('example.com');
  });
});
