// A long-lived Chromium page that draws Mermaid diagrams to SVG as mermaid-cli's renderMermaid does (its page, its
// interceptor, the Mermaid bundle it loads, the same initialize, render and serialise calls), except that Mermaid is
// loaded once and then draws one diagram after another, instead of a new page loading Mermaid again for every diagram,
// and that frame titles are drawn above the lines that cross them.
import type { MermaidConfig } from 'mermaid';
import type { Browser, BrowserContext, JSHandle } from 'puppeteer';
import { liftFrameTitles } from './lift-frame-titles.js';
import { createInterceptor, mermaidCliAssets } from './mermaid-cli-assets.js';

type Mermaid = typeof import('mermaid').default;
type Drawn = { svg: string } | { error: string };

/** One page with Mermaid loaded. Diagrams asked for while one is being drawn wait their turn in the page. */
export interface MermaidPage {
  /** Draws one diagram to SVG; rejects with a {@link MermaidError} when Mermaid cannot parse or lay out the text. */
  render(text: string): Promise<string>;
  close(): Promise<void>;
}

/** Mermaid's own message for a diagram it rejected (the page is still fine to use). */
export class MermaidError extends Error {
  override readonly name = 'MermaidError';
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
    const lift = await page.evaluateHandle(`(${liftFrameTitles.toString()})`) as JSHandle<typeof liftFrameTitles>;
    const draw = await module.evaluateHandle(drawInPage, config, lift);
    return {
      async render(text) {
        const drawn = await draw.evaluate((draw, definition) => draw(definition), text);
        if ('error' in drawn) throw new MermaidError(drawn.error);
        return drawn.svg;
      },
      close: () => page.close(),
    };
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Runs in the page: initialises Mermaid and returns the function that draws one diagram the way renderMermaid does —
 * initialise Mermaid (here again before every diagram, so nothing a previous diagram set carries over), render into
 * #container, give the SVG a white background and serialise it as XML — one diagram at a time, in the order asked.
 * One change to Mermaid's drawing before it is serialised: `lift` ({@link liftFrameTitles}) draws the frames' titles above
 * the lines that cross them.
 * Note: renderMermaid parses Mermaid's SVG into #container to serialise it; an inert template gives the same XML (checked
 * by a test) without the page laying out every diagram once more.
 */
function drawInPage(module: { default: Mermaid }, config: MermaidConfig, lift: typeof liftFrameTitles): (definition: string) => Promise<Drawn> {
  // Note: no named functions in here: tsx would wrap them in a `__name` helper the page does not have.
  const mermaid = module.default;
  mermaid.initialize({ startOnLoad: false, ...config });
  const container = document.getElementById('container');
  let previous: Promise<unknown> = Promise.resolve();
  return (definition) => {
    const drawn = previous.then(async (): Promise<Drawn> => {
      if (!container) return { error: 'mermaid-cli’s page has no #container' };
      try {
        mermaid.initialize({ startOnLoad: false, ...config });
        container.innerHTML = '';
        const { svg } = await mermaid.render('my-svg', definition, container);
        const template = document.createElement('template');
        template.innerHTML = svg;
        const element = template.content.querySelector('svg');
        if (!element) return { error: 'Mermaid drew no SVG' };
        element.style.backgroundColor = 'white';
        lift(element, mermaid.mermaidAPI.getConfig().themeVariables?.clusterBkg ?? 'white');
        return { svg: new XMLSerializer().serializeToString(element) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    });
    previous = drawn;
    return drawn;
  };
}
