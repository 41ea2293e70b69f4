// A long-lived Chromium page that draws Mermaid diagrams to SVG as mermaid-cli's renderMermaid does (its page, its
// interceptor, the Mermaid bundle it loads, the same initialize, render and serialise calls), except that Mermaid is
// loaded once and then draws one diagram after another, instead of a new page loading Mermaid again for every diagram.
import type { MermaidConfig } from 'mermaid';
import type { Browser, BrowserContext, ElementHandle, JSHandle, Page } from 'puppeteer';
import { createInterceptor, mermaidCliAssets } from './mermaid-cli-assets.js';

type Mermaid = typeof import('mermaid').default;

/** One page with Mermaid loaded. Draws one diagram at a time (Mermaid itself queues its renders). */
export interface MermaidPage {
  /** Draws one diagram to SVG; rejects with Mermaid's parse or layout error when the text is not a valid diagram. */
  render(text: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens mermaid-cli's page in `browser` (or one of its contexts) and loads Mermaid into it with `config`, which must set
 * the security level (a diagram's own front matter cannot change it).
 */
export async function openMermaidPage(browser: Browser | BrowserContext, config: MermaidConfig): Promise<MermaidPage> {
  const assets = await mermaidCliAssets();
  const page = await browser.newPage();
  try {
    await page.goto(assets.pageUrl);
    await page.$eval('body', (body) => { body.style.background = 'white'; });
    const interceptor = await createInterceptor();
    const moduleUrl = await interceptor.fileUrlToInterceptUrl(assets.mermaidModule);
    page.on('request', interceptor.interceptRequestHandler);
    await page.setRequestInterception(true);
    // Note: the import is sent as text, since test runners rewrite `import()` inside functions they compile.
    const module = await page.evaluateHandle(`import(${JSON.stringify(moduleUrl)})`) as JSHandle<{ default: Mermaid }>;
    const mermaid = await module.evaluateHandle((loaded, initial) => {
      loaded.default.initialize({ startOnLoad: false, ...initial });
      return loaded.default;
    }, config);
    const container = await page.$('#container');
    if (!container) throw new Error(`mermaid-cli's page ${assets.pageUrl} has no #container`);
    return {
      render: (text) => drawSvg(page, mermaid, container, text, config),
      close: () => page.close(),
    };
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * What renderMermaid does with a definition in its page: initialise Mermaid (here again before every diagram, so nothing
 * a previous diagram set carries over), render into #container, give the SVG a white background and serialise it as XML.
 * Note: renderMermaid parses Mermaid's SVG into #container to serialise it; an inert template gives the same XML (checked
 * by a test) without the page laying out and painting every diagram once more.
 */
async function drawSvg(page: Page, mermaid: JSHandle<Mermaid>, container: ElementHandle<Element>, text: string, config: MermaidConfig): Promise<string> {
  return page.evaluate(async (mermaid, container, definition, config) => {
    mermaid.initialize({ startOnLoad: false, ...config });
    container.innerHTML = '';
    const { svg } = await mermaid.render('my-svg', definition, container as HTMLElement);
    const template = document.createElement('template');
    template.innerHTML = svg;
    const element = template.content.querySelector('svg');
    if (!element) throw new Error('Mermaid drew no SVG');
    element.style.backgroundColor = 'white';
    return new XMLSerializer().serializeToString(element);
  }, mermaid, container, text, config);
}
