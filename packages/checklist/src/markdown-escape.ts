// Escaping SOP text for Markdown, so that no text can become a link, an image, raw HTML, emphasis, a heading or a table cell break.

const special = /[\\`*_[\]<>&|~#]/g;
const blockStart = /^(\s*)(>|(?:[-+=]|\d+[.)])(?=\s|$))/;

/** Backslash-escapes Markdown punctuation (CommonMark allows escaping any ASCII punctuation) and folds line breaks into spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(special, (c) => `\\${c}`)
    .replace(blockStart, (_, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

/** A copy of a value with every string in it escaped for Markdown; numbers, booleans and null stay as they are. */
export function escapeMarkdownDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => escapeMarkdownDeep(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeMarkdownDeep(item)])) as T;
  }
  return value;
}
