// A pagination pass in the print page: a table, a table's row group or a list marked `data-continued="…"` that breaks onto
// another page is split there, and its part on the following pages starts with that text (e.g. 工步 8：敲门（续）).
import type { Page } from 'puppeteer';

/**
 * The most parts a page's marked elements may have for the pass to run. Note: each split lays the whole body out again,
 * so the pass grows with the square of the sheet: 2,000 audit rows print in about 14 s, 10,000 took over 3 minutes (and
 * puppeteer gave up). Past this, the sheet is printed without the captions; column headers still repeat on every page.
 */
export const maxParts = 3_000;

/**
 * Splits, in the page laid out for print, every element with a `data-continued` attribute at the first of its parts that
 * lands on a later page than the element's start, and captions the rest with the attribute's text:
 * - a table (its parts are its body rows) becomes two tables; the second starts a new page and its header gets a first row
 *   `<tr class="continued"><th colspan=…>`, which Chromium repeats on any further page;
 * - a table row group (`tbody`; its parts are its rows) becomes two row groups; the second starts a new page with a row
 *   `<tr class="continued"><td colspan=…>` under the table's repeated header;
 * - any other element, such as a list (its parts are its children), becomes two elements; the second is preceded by a
 *   `<p class="continued">` starting a new page (an `ol` goes on numbering where it broke).
 * An element that starts on a later page than its parent element begins is captioned there, above the first of its
 * siblings on that page (its heading, the rest of its step), unless this pass already put a caption there; a table that
 * is itself the first gets the header row instead. The pages are found by laying the
 * body out in columns of the page area (the size and margins of the page's unnamed `@page` rules), which Chromium
 * fragments as it fragments pages; after each split the layout is measured again. Does nothing when the page sets no
 * paper size, or when the marked elements have more than `maxParts` parts (rows, items) in all. Resolves to the number
 * of captions added.
 *
 * Note: the page's code has no named inner functions (tsx would wrap them in a `__name` helper the page does not have).
 */
export async function continueParts(page: Page): Promise<number> {
  return page.evaluate((most) => {
    const unchecked = '[data-continued]:not([data-continuation])';
    if (!document.querySelector(unchecked)) return 0;
    const partCount = [...document.querySelectorAll(unchecked)].reduce((n, el) => n + (el instanceof HTMLTableElement ? [...el.tBodies].reduce((r, b) => r + b.rows.length, 0) : el.children.length), 0);
    if (partCount > most) return 0;

    // The page area, from the unnamed @page rules (the last declaration of each property wins), in CSS px.
    const declared = new Map<string, string>();
    for (const sheet of [...document.styleSheets]) {
      for (const rule of [...sheet.cssRules]) {
        if (!(rule instanceof CSSPageRule) || rule.selectorText !== '') continue;
        for (const property of ['size', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left']) {
          const value = rule.style.getPropertyValue(property).trim();
          if (value) declared.set(property, value);
        }
      }
    }
    const size = (declared.get('size') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const papers: Record<string, [string, string]> = {
      a5: ['148mm', '210mm'], a4: ['210mm', '297mm'], a3: ['297mm', '420mm'], b5: ['176mm', '250mm'], b4: ['250mm', '353mm'],
      letter: ['8.5in', '11in'], legal: ['8.5in', '14in'], ledger: ['11in', '17in'],
    };
    const named = size.map((word) => papers[word]).find(Boolean);
    const lengths = size.filter((word) => /^[\d.]/.test(word));
    const paper = named ?? (lengths.length === 2 ? [lengths[0]!, lengths[1]!] : lengths.length === 1 ? [lengths[0]!, lengths[0]!] : undefined);
    if (!paper) return 0;
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden';
    document.body.append(probe);
    const px: number[] = [...paper, ...['margin-top', 'margin-right', 'margin-bottom', 'margin-left'].map((m) => declared.get(m) ?? '0')]
      .map((length) => {
        probe.style.width = length;
        return Number.parseFloat(getComputedStyle(probe).width) || 0;
      });
    probe.remove();
    const [paperWidth, paperHeight, top, right, bottom, left] = px as [number, number, number, number, number, number];
    const landscape = size.includes('landscape');
    const width = (landscape ? paperHeight : paperWidth) - left - right;
    const height = (landscape ? paperWidth : paperHeight) - top - bottom;
    if (!(width > 0 && height > 0)) return 0;

    // The body laid out in page-sized columns, with page breaks as column breaks, while measuring.
    const body = document.body;
    const columns = document.createElement('div');
    columns.style.cssText = `width:${width}px;height:${height}px;columns:${width}px;column-gap:0;column-fill:auto;margin:0;padding:0`;
    const bodyStyle = body.getAttribute('style');
    body.style.setProperty('margin', '0', 'important');
    body.style.setProperty('max-width', 'none', 'important');
    columns.append(...body.childNodes);
    body.append(columns);
    const forced = [...columns.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
      const style = getComputedStyle(el);
      const sides = (['break-before', 'break-after'] as const).filter((side) => ['page', 'left', 'right', 'recto', 'verso'].includes(style.getPropertyValue(side)));
      return sides.map((side) => ({ el, side, was: el.style.getPropertyValue(side), priority: el.style.getPropertyPriority(side) }));
    });
    forced.forEach(({ el, side }) => el.style.setProperty(side, 'column', 'important'));

    // Elements this pass starts a new page with, and the parts it split off (already captioned where they start).
    const breaks: HTMLElement[] = [];
    const parts = new Set<Element>();
    let changed = 0;
    for (let before = -1; before < changed;) {
      before = changed;
      const origin = columns.getBoundingClientRect().left;
      for (const marked of document.querySelectorAll<HTMLElement>(unchecked)) {
        marked.setAttribute('data-continuation', '');
        const table = marked instanceof HTMLTableElement ? marked : undefined;
        const group = marked instanceof HTMLTableSectionElement ? marked : undefined;
        const pieces: Element[] = table ? [...table.tBodies].flatMap((b) => [...b.rows]) : group ? [...group.rows] : [...marked.children];
        const owner = group || parts.has(marked) ? undefined : marked.parentElement;
        const pages = [...(owner ? [owner] : []), ...pieces].map((el) => Math.floor((el.getBoundingClientRect().left - origin + 1) / width));
        const begins = owner ? pages.shift()! : pages[0];
        if (begins === undefined || pages.length === 0) continue;
        // Starting on a later page than what it belongs to, what is kept on that page with it (its heading, the rest of its
        // step) is captioned above it, unless already captioned there; otherwise the element is split where it breaks, if it does.
        let first: Element = marked;
        while (pages[0]! > begins && first.previousElementSibling
          && Math.floor((first.previousElementSibling.getBoundingClientRect().left - origin + 1) / width) === pages[0]) first = first.previousElementSibling;
        const at = pages[0]! > begins && !breaks.includes(first as HTMLElement) ? 0 : pages.findIndex((p) => p > pages[0]!);
        if (at < 0) continue;
        // Note: a part that would keep only the caption this pass gave it, its rows all going on to a later page, is not
        // split again: that only repeated the caption, page after page, without end.
        if (at > 0 && pieces.slice(0, at).every((piece) => piece.classList.contains('continued'))) continue;
        if (at > 0) first = marked;
        const text = marked.getAttribute('data-continued');
        if (table && (at > 0 || first === table)) {
          let captioned = table;
          if (at > 0) {
            captioned = table.cloneNode(false) as HTMLTableElement;
            captioned.removeAttribute('id');
            captioned.style.setProperty('break-before', 'column');
            breaks.push(captioned);
            [...table.children].filter((child) => child.localName === 'colgroup').forEach((child) => captioned.append(child.cloneNode(true)));
            if (table.tHead) captioned.append(table.tHead.cloneNode(true));
            const from = pieces[at]!.parentElement as HTMLTableSectionElement;
            const part = from.cloneNode(false) as HTMLTableSectionElement;
            part.append(...pieces.slice(at).filter((row) => row.parentElement === from));
            const later = [...table.tBodies].filter((b) => b.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_PRECEDING);
            captioned.append(part, ...later, ...(table.tFoot ? [table.tFoot] : []));
            table.after(captioned);
          }
          const head = captioned.tHead ?? captioned.createTHead();
          const columnCount = [...(head.rows[head.rows.length - 1]?.cells ?? (pieces[at] as HTMLTableRowElement).cells)].reduce((n, cell) => n + cell.colSpan, 0);
          const caption = head.insertRow(0);
          caption.className = 'continued';
          const cell = document.createElement('th');
          cell.colSpan = Math.max(1, columnCount);
          cell.textContent = text;
          caption.append(cell);
        } else if (group) {
          const rest = group.cloneNode(false) as HTMLTableSectionElement;
          rest.removeAttribute('id');
          rest.removeAttribute('data-continuation');
          parts.add(rest);
          const header = group.closest('table')?.tHead?.rows;
          const columnCount = [...(header?.[header.length - 1]?.cells ?? (pieces[at] as HTMLTableRowElement).cells)].reduce((n, cell) => n + cell.colSpan, 0);
          const caption = rest.insertRow();
          caption.className = 'continued';
          caption.style.setProperty('break-before', 'column');
          breaks.push(caption);
          const cell = document.createElement('td');
          cell.colSpan = Math.max(1, columnCount);
          cell.textContent = text;
          caption.append(cell);
          rest.append(...pieces.slice(at));
          group.after(rest);
        } else {
          if (at > 0) {
            const rest = marked.cloneNode(false) as Element;
            rest.removeAttribute('id');
            rest.removeAttribute('data-continuation');
            if (marked instanceof HTMLOListElement && !marked.reversed) (rest as HTMLOListElement).start = marked.start + at;
            parts.add(rest);
            rest.append(...pieces.slice(at));
            marked.after(rest);
            first = rest;
          }
          const caption = document.createElement('p');
          caption.className = 'continued';
          caption.style.setProperty('break-before', 'column');
          breaks.push(caption);
          caption.textContent = text;
          first.before(caption);
        }
        changed++;
        break;
      }
    }

    forced.forEach(({ el, side, was, priority }) => (was ? el.style.setProperty(side, was, priority) : el.style.removeProperty(side)));
    breaks.forEach((el) => el.style.setProperty('break-before', 'page'));
    document.querySelectorAll('[data-continuation]').forEach((el) => el.removeAttribute('data-continuation'));
    body.append(...columns.childNodes);
    columns.remove();
    if (bodyStyle === null) body.removeAttribute('style');
    else body.setAttribute('style', bodyStyle);
    return changed;
  }, maxParts);
}
