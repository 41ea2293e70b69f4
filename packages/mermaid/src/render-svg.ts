// One diagram to SVG through mermaid-cli's own renderer (the real Mermaid in the shared Chromium), strictly configured.
import type { Browser } from 'puppeteer';
import { renderConfig } from './mermaid-config.js';

/** Renders Mermaid text to SVG; rejects with Mermaid's parse or layout error when the text is not a valid diagram. */
export async function renderSvg(browser: Browser, text: string): Promise<string> {
  const { renderMermaid } = await import('@mermaid-js/mermaid-cli');
  const { data } = await renderMermaid(browser, text, 'svg', {
    mermaidConfig: renderConfig(),
    backgroundColor: 'white',
    fontEmbed: false,
  });
  return new TextDecoder().decode(data);
}
