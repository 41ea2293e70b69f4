// SVG pictures of a page about to be printed drawn inline instead of as images, so their labels print as text in the
// page's embedded fonts (Chromium prints the text of an SVG image as Type 3 glyph pictures, in fonts the page never cut).
import type { Page } from 'puppeteer';

/**
 * Replaces, in the print page, every `<img>` showing an SVG `data:` URI (such as the embedded process diagram) by the
 * same SVG inline, sized as the image was (its natural size from the viewBox, within the image's own max-width and
 * max-height, centred where the image sat). The SVG goes into a shadow root, so the sheet's style sheet (a `.step` or
 * `.decision` rule) cannot restyle its boxes, nor its own style sheet the sheet. Scripts, event handlers and links out
 * are removed first, although the print page runs no script and loads nothing. An SVG that does not parse, or has no
 * viewBox, stays an image. The HTML file itself keeps the `<img>`. Resolves to the number of pictures replaced.
 *
 * Note: the page's code has no named inner functions (tsx would wrap them in a `__name` helper the page does not have).
 */
export async function inlineSvgImages(page: Page): Promise<number> {
  return page.evaluate(() => {
    let replaced = 0;
    for (const image of document.querySelectorAll<HTMLImageElement>('img[src^="data:image/svg+xml;base64,"]')) {
      let text: string;
      try {
        const bytes = Uint8Array.from(atob(image.src.slice(image.src.indexOf(',') + 1)), (c) => c.charCodeAt(0));
        text = new TextDecoder().decode(bytes);
      } catch {
        continue;
      }
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      const svg = parsed.documentElement;
      if (parsed.querySelector('parsererror') || svg.localName !== 'svg') continue;
      const box = /^\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*$/.exec(svg.getAttribute('viewBox') ?? '');
      if (!box) continue;
      svg.querySelectorAll('script').forEach((el) => el.remove());
      for (const el of [svg, ...svg.querySelectorAll('*')]) {
        for (const attribute of [...el.attributes]) {
          const outward = /(^|:)href$/.test(attribute.name) && !attribute.value.trim().startsWith('#');
          if (attribute.name.toLowerCase().startsWith('on') || outward) el.removeAttributeNode(attribute);
        }
      }
      const sized = getComputedStyle(image);
      svg.setAttribute('width', box[1]!);
      svg.setAttribute('height', box[2]!);
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', image.alt);
      // Note: an inline SVG with a width, a height and a viewBox is sized like an image of that natural size.
      svg.setAttribute('style', `display:block;margin:0 auto;width:auto;height:auto;max-width:${sized.maxWidth};max-height:${sized.maxHeight};background-color:white`);
      const host = document.createElement('div');
      host.className = image.className;
      host.attachShadow({ mode: 'open' }).append(document.importNode(svg, true));
      image.replaceWith(host);
      replaced++;
    }
    return replaced;
  });
}
