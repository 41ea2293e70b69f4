// What a printed diagram's pages say about it (title, version, process id, content hash): carried in the Mermaid text as
// one comment line (Mermaid skips it), read back by the renderer, and worded as each page's header and footer.
import type { PageBands } from '@sopkit/browser';
import { canonicalWord, languages, type Language, type ProcessJson } from '@sopkit/core';
import { vocabulary } from './vocabulary.js';

/** The process a diagram shows, as its printed pages name it. */
export interface PageCaption {
  readonly title: string;
  readonly version: string | null;
  readonly id: string;
  readonly hash: string;
  readonly language: string;
}

const marker = '%% sopkit-page ';

/**
 * The comment line naming the process. Note: JSON keeps the line one line (line breaks escaped); U+2028 and U+2029,
 * which JSON leaves alone, are escaped too, since JavaScript's multiline patterns end a line there, and so is `%`, since
 * Mermaid looks for `%%{…}%%` directives anywhere in the text, comments included.
 */
export function captionComment(process: ProcessJson): string {
  const caption: PageCaption = { title: process.title, version: process.version, id: process.id, hash: process.hash, language: process.language };
  const escapes: Record<string, string> = { '\u2028': '\\u2028', '\u2029': '\\u2029', '%': '\\u0025' };
  return `${marker}${JSON.stringify(caption).replace(/[\u2028\u2029%]/g, (c) => escapes[c]!)}`;
}

/** The caption a Mermaid text carries, if it has one that reads as such. */
export function readCaption(text: string): PageCaption | undefined {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.startsWith(marker));
  if (!line) return undefined;
  try {
    const value: unknown = JSON.parse(line.slice(marker.length));
    if (typeof value !== 'object' || value === null) return undefined;
    const { title, version, id, hash, language } = value as Record<string, unknown>;
    if (typeof title !== 'string' || typeof id !== 'string' || typeof hash !== 'string' || typeof language !== 'string') return undefined;
    return { title, version: typeof version === 'string' ? version : null, id, hash, language };
  } catch {
    return undefined;
  }
}

/**
 * The header and footer of a printed page: "流程图 · title" and the version above; the process id and the short content
 * hash below, and after the page number the page's row and column when the drawing is cut both ways. Without a caption,
 * only the page number (and place).
 */
export function pageChrome(caption: PageCaption | undefined, tile?: { row: number; column: number }): PageBands {
  const words = vocabulary(caption?.language ?? 'en');
  const pageNote = tile ? { pageNote: words.tile(tile.row, tile.column) } : {};
  if (!caption) return { headerLeft: '', headerRight: '', footerLeft: '', ...pageNote };
  const known = languages.find((l: Language) => l === caption.language) ?? 'en';
  return {
    headerLeft: `${words.diagram} · ${caption.title}`,
    headerRight: caption.version === null ? '' : `${canonicalWord('version', known)} ${caption.version}`,
    footerLeft: `${caption.id} · ${words.hash} ${caption.hash.replace(/^sha256:/, '').slice(0, 12)}`,
    ...pageNote,
  };
}
