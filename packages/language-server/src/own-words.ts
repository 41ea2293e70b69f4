// The server's own words (hover labels, action titles, refusals) in the document's language: one Chinese text, read in
// Traditional characters (core's toTraditional) in zh-TW documents, and one English text.
import { toTraditional, type Language } from '@sopkit/core';

/** One thing the server says, in Chinese and in English; `{name}` marks where an argument goes. */
export interface OwnWords {
  readonly zh: string;
  readonly en: string;
}

/** The arguments of a text: the document's own words (names, titles) and numbers, filled in as written. */
export type WordArgs = Readonly<Record<string, string | number>>;

/**
 * The words for a document language, with their arguments filled in. The Chinese text becomes Traditional before the
 * arguments go in, so a name the document writes in Simplified characters stays as written.
 */
export function say(language: Language, words: OwnWords, args: WordArgs = {}): string {
  const text = language === 'en' ? words.en : language === 'zh-TW' ? toTraditional(words.zh) : words.zh;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
}
