// The fonts a checklist page prints with, put into the page itself: the characters it shows, and a style sheet that
// embeds fonts holding exactly those (as data: URIs, so a page that runs no script and loads nothing can use them).

const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Every character a page can show: its markup as written (text, attribute values such as `data-or`, style sheets), what
 * its character references stand for, and the text of SVG pictures given as base64 `data:` URIs (printed inline, in
 * these fonts). Over-counting costs only a glyph or two.
 */
export function pageCharacters(html: string): string {
  const pictures = [...html.matchAll(/data:image\/svg\+xml;base64,([A-Za-z\d+/=]+)/g)].map(([, data]) => Buffer.from(data!, 'base64').toString('utf8'));
  const shown = html + pictures.join('');
  const references = [...shown.matchAll(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi)].map(([, decimal, hex, name]) => {
    const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
    return code !== undefined ? (code <= 0x10ffff ? String.fromCodePoint(code) : '') : (named[name!.toLowerCase()] ?? '');
  });
  return shown + references.join('');
}

/** The page with a style sheet of `rules` at the start of its head (after the doctype when it has no head tag). */
export function withStyleSheet(html: string, rules: string): string {
  const sheet = `<style>${rules}</style>`;
  const at = /<head\b[^>]*>/i.exec(html) ?? /^\s*<!doctype[^>]*>/i.exec(html);
  const end = at ? at.index + at[0].length : 0;
  return html.slice(0, end) + sheet + html.slice(end);
}
