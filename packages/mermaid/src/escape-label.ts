// Turns untrusted SOP text into the inside of a quoted Mermaid label that shows the text literally and cannot break out.

/**
 * Characters Mermaid or the HTML label would read as syntax, replaced by Mermaid's `#code;` entities.
 * Note: one pass over the text, so the `#` of an entity written here is never escaped again; `&` so HTML entities in the text stay
 * literal; `%` so no `%%{init}%%` directive or `%%` comment can form anywhere in the text; `$` so no `$$…$$` maths;
 * `:` so no `fa:fa-…` icon; braces, brackets and pipes so nothing can look like a shape or an edge label.
 */
const entities: readonly (readonly [string, string])[] = [
  ['#', '#35;'],
  ['&', '#amp;'],
  ['"', '#quot;'],
  ['`', '#96;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
  ['%', '#37;'],
  ['$', '#36;'],
  [':', '#58;'],
  ['{', '#123;'],
  ['}', '#125;'],
  ['[', '#91;'],
  [']', '#93;'],
  ['|', '#124;'],
  ['\\', '#92;'],
];

const entityOf = new Map(entities);
const special = /[#&"`<>%$:{}[\]|\\]/g;
/** Line breaks, tabs and other control characters (including Unicode line and paragraph separators). */
const breaking = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Note: Mermaid looks for `$$…$$` maths and `fa:fa-…` icons after decoding entities, so escaping `$` and `:` is not
 * enough; an invisible word joiner (U+2060) between the two dollar signs, or after the icon prefix's colon, keeps them
 * literal.
 */
const decodedSyntax = /\$(?=\$)|(?<=fa[bklrs]?:)(?=fa-)/g;

/** Escapes one line of text for use between the double quotes of a Mermaid label; line breaks become spaces. */
export function escapeLabel(text: string): string {
  return text.replace(breaking, ' ').replace(decodedSyntax, (match) => `${match}\u2060`).replace(special, (ch) => entityOf.get(ch) ?? ch);
}
