// Every diagram of every process in processes/ and examples/ (and the hostile fixture), at every detail level and in
// both layouts, is accepted by Mermaid's own parser and renders in Chromium through mermaid-cli.
import { afterAll, describe, expect, it } from 'vitest';
import { createDiagramRenderer, details, layouts, toMermaid } from '../src/index.js';
import { compileFile, diagramSources } from './helpers.js';

const renderer = createDiagramRenderer();
afterAll(() => renderer.close());

describe.each(diagramSources())('%s', (source) => {
  const process = compileFile(source);
  it.each(layouts.flatMap((layout) => details.map((detail) => [layout, detail] as const)))('%s, %s', async (layout, detail) => {
    const { files } = await renderer.render(toMermaid(process, { layout, detail }), ['svg']);
    const svg = new TextDecoder().decode(files.svg);
    expect(svg).toMatch(/^<svg\b/);
    expect(svg).not.toContain('Syntax error');
    const steps = svg.match(/class="node default step"|class="node step/g) ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(process.steps.length);
  });
});

describe('a diagram Mermaid cannot parse', () => {
  it('is rejected with Mermaid’s message, not drawn as an error picture', async () => {
    await expect(renderer.render('flowchart TD\n  a["unclosed] --> b\n', ['svg'])).rejects.toThrow(/Parse error|Expecting|Lexical error/);
  });
});

describe('a diagram beyond Mermaid’s text limit', () => {
  it('is rejected with a message, not drawn as Mermaid’s “Maximum text size” picture', async () => {
    const huge = `flowchart TD\n${Array.from({ length: 70_000 }, (_, i) => `  n${i}["第${i}步 敲门与进门"] --> n${i + 1}\n`).join('')}`;
    expect(huge.length).toBeGreaterThan(2_000_000);
    await expect(renderer.render(huge, ['svg'])).rejects.toThrow(/too large to draw: [\d,]+ characters of Mermaid, at most 2,000,000/);
  });
});
