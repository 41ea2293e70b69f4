// The long-lived Mermaid page draws exactly what mermaid-cli's own renderMermaid draws (same page, Mermaid bundle and
// configuration), diagram after diagram in one page, and a diagram Mermaid rejects does not spoil the next one.
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import { launchBrowser, type SharedBrowser } from '@sopkit/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMermaidPage, renderConfig, toMermaid, type MermaidPage } from '../src/index.js';
import { compileFile } from './helpers.js';

/** Note: Mermaid draws some rounded shapes with rough.js, whose curves are jittered at random on every render. */
const withoutPathData = (svg: string) => svg.replace(/\sd="[^"]*"/g, ' d=""');

const diagrams = [
  ['home-service-visit, steps, ELK', toMermaid(compileFile('processes/home-service-visit.sop'), { detail: 'steps' })],
  ['hostile text, full, dagre, left to right', toMermaid(compileFile('packages/mermaid/test/fixtures/hostile.sop'), { detail: 'full', layout: 'dagre', direction: 'LR' })],
  ['home-service-visit, problems, ELK, no legend', toMermaid(compileFile('processes/home-service-visit.sop'), { detail: 'problems', legend: false })],
] as const;

let shared: SharedBrowser;
let page: MermaidPage;
beforeAll(async () => {
  shared = await launchBrowser();
  page = await openMermaidPage(shared.browser, renderConfig());
});
afterAll(async () => {
  await page.close();
  await shared.close();
});

describe('one long-lived Mermaid page', () => {
  it.each(diagrams)('draws %s as mermaid-cli’s renderMermaid does in a fresh page', async (_, text) => {
    const ours = await page.render(text);
    const { data } = await renderMermaid(shared.browser, text, 'svg', { mermaidConfig: renderConfig(), backgroundColor: 'white', fontEmbed: false });
    const theirs = new TextDecoder().decode(data);
    expect(ours).toMatch(/^<svg\b/);
    expect(withoutPathData(ours)).toBe(withoutPathData(theirs));
  });

  it('rejects a diagram Mermaid cannot parse with Mermaid’s message, then draws the next one', async () => {
    await expect(page.render('flowchart TD\n  a["unclosed] --> b\n')).rejects.toThrow(/Parse error|Expecting|Lexical error/);
    const [, text] = diagrams[0];
    expect(withoutPathData(await page.render(text))).toContain('接客户电话');
  });
});
