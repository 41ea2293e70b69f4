// The server's own words (titles, hover labels) in the document's language, zh-TW included; core's messages keep their own
// two languages (a zh-TW document reads core's zh-CN messages).
import type { Language } from '@sopkit/core';

/** The same words in each document language. */
export type OwnWords = Readonly<Record<Language, string>>;

/** The words for a document language. */
export function say(language: Language, words: OwnWords): string {
  return words[language];
}
