// A pagination pass in the print page: a table marked `data-continued="…"` that breaks onto another page is split there,
// and its part on the following pages starts with that text (e.g. 工步 8：敲门（续）) above its repeated column header.
import type { Page } from 'puppeteer';

/**
 * Splits, in the page laid out for print, every table with a `data-continued` attribute at the first row that lands on a
 * later page than the table's start. The rest becomes a table of its own (`data-continuation`), starting a new page,
 * whose header has a first row `<tr class="continued"><th colspan=…>` saying the attribute's text; Chromium repeats that
 * header on any further page. The pages are found by laying the body out in columns of the page area (the size and
 * margins of the page's unnamed `@page` rules), which Chromium fragments as it fragments pages; after each split the
 * layout is measured again. Does nothing when the page sets no paper size. Resolves to the number of tables split.
 *
 * Note: the page's code has no named inner functions (tsx would wrap them in a `__name` helper the page does not have).
 */
export async function continueTables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const unchecked = 'table[data-continued]:not([data-continuation])';
    if (!document.querySelector(unchecked)) return 0;

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

    let changed = 0;
    for (let before = -1; before < changed;) {
      before = changed;
      const origin = columns.getBoundingClientRect().left;
      for (const table of document.querySelectorAll<HTMLTableElement>(unchecked)) {
        table.setAttribute('data-continuation', '');
        const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
        const pages = [table.parentElement ?? table, ...rows].map((el) => Math.floor((el.getBoundingClientRect().left - origin + 1) / width));
        const begins = pages.shift()!;
        // Either the table starts on a later page than what it belongs to (captioned as it is), or it breaks (split there).
        const at = (pages[0] ?? begins) > begins ? 0 : pages.findIndex((p) => p > (pages[0] ?? 0));
        if (at < 0) continue;
        let captioned = table;
        if (at > 0) {
          captioned = table.cloneNode(false) as HTMLTableElement;
          captioned.removeAttribute('id');
          captioned.style.setProperty('break-before', 'column');
          [...table.children].filter((child) => child.localName === 'colgroup').forEach((child) => captioned.append(child.cloneNode(true)));
          if (table.tHead) captioned.append(table.tHead.cloneNode(true));
          const from = rows[at]!.parentElement as HTMLTableSectionElement;
          const part = from.cloneNode(false) as HTMLTableSectionElement;
          part.append(...rows.slice(at).filter((row) => row.parentElement === from));
          const later = [...table.tBodies].filter((body) => body.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_PRECEDING);
          captioned.append(part, ...later, ...(table.tFoot ? [table.tFoot] : []));
          table.after(captioned);
        }
        const head = captioned.tHead ?? captioned.createTHead();
        const span = [...(head.rows[head.rows.length - 1]?.cells ?? rows[at]?.cells ?? [])].reduce((n, cell) => n + cell.colSpan, 0);
        const caption = head.insertRow(0);
        caption.className = 'continued';
        const cell = document.createElement('th');
        cell.colSpan = Math.max(1, span);
        cell.textContent = table.getAttribute('data-continued');
        caption.append(cell);
        changed++;
        break;
      }
    }

    forced.forEach(({ el, side, was, priority }) => (was ? el.style.setProperty(side, was, priority) : el.style.removeProperty(side)));
    document.querySelectorAll<HTMLElement>('table[data-continuation]').forEach((table) => {
      table.removeAttribute('data-continuation');
      if (table.style.getPropertyValue('break-before') === 'column') table.style.setProperty('break-before', 'page');
    });
    body.append(...columns.childNodes);
    columns.remove();
    if (bodyStyle === null) body.removeAttribute('style');
    else body.setAttribute('style', bodyStyle);
    return changed;
  });
}
