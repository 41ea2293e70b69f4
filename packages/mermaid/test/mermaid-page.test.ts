// The long-lived Mermaid page draws exactly what mermaid-cli's own renderMermaid draws (same page, Mermaid bundle and
// configuration) with the frame titles lifted above the lines, diagram after diagram in one page, and a diagram Mermaid
// rejects does not spoil the next one.
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import { launchBrowser, type SharedBrowser } from '@sopkit/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSHandle, Page } from 'puppeteer';
import { liftFrameTitles, openMermaidPage, renderConfig, toMermaid, type MermaidPage } from '../src/index.js';
import { compileFile } from './helpers.js';

/** Note: Mermaid draws some rounded shapes with rough.js, whose curves are jittered at random on every render. */
const withoutPathData = (svg: string) => svg.replace(/\sd="[^"]*"/g, ' d=""');

const diagrams = [
  ['home-service-visit, steps, ELK', toMermaid(compileFile('processes/home-service-visit.sop'), { detail: 'steps' })],
  ['hostile text, full, dagre, left to right', toMermaid(compileFile('packages/mermaid/test/fixtures/hostile.sop'), { detail: 'full', layout: 'dagre', direction: 'LR' })],
  ['home-service-visit, problems, ELK, no legend', toMermaid(compileFile('processes/home-service-visit.sop'), { detail: 'problems', legend: false })],
] as const;

/** The default theme's frame fill, which Mermaid's own SVG gives every frame without a style of its own. */
const themeFrameFill = '#ffffde';

let shared: SharedBrowser;
let page: MermaidPage;
let plain: Page;
beforeAll(async () => {
  shared = await launchBrowser();
  page = await openMermaidPage(shared.browser, renderConfig());
  plain = await shared.browser.newPage();
});

/** renderMermaid's SVG with the frame titles lifted the way the Mermaid page lifts them. */
async function lifted(svg: string): Promise<string> {
  const lift = await plain.evaluateHandle(`(${liftFrameTitles.toString()})`) as JSHandle<typeof liftFrameTitles>;
  return plain.evaluate((lift, svg, ground) => {
    const template = document.createElement('template');
    template.innerHTML = svg;
    const element = template.content.querySelector('svg')!;
    lift(element, ground);
    return new XMLSerializer().serializeToString(element);
  }, lift, svg, themeFrameFill);
}
afterAll(async () => {
  await page.close();
  await shared.close();
});

describe('one long-lived Mermaid page', () => {
  it.each(diagrams)('draws %s as mermaid-cli’s renderMermaid does in a fresh page', async (_, text) => {
    const ours = await page.render(text);
    const { data } = await renderMermaid(shared.browser, text, 'svg', { mermaidConfig: renderConfig(), backgroundColor: 'white', fontEmbed: false });
    const theirs = await lifted(new TextDecoder().decode(data));
    expect(theirs).not.toBe(new TextDecoder().decode(data));
    expect(ours).toMatch(/^<svg\b/);
    expect(withoutPathData(ours)).toBe(withoutPathData(theirs));
  });

  it('rejects a diagram Mermaid cannot parse with Mermaid’s message, then draws the next one', async () => {
    await expect(page.render('flowchart TD\n  a["unclosed] --> b\n')).rejects.toThrow(/Parse error|Expecting|Lexical error/);
    const [, text] = diagrams[0];
    expect(withoutPathData(await page.render(text))).toContain('接客户电话');
  });
});
