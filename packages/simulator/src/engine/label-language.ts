// The language a screen words its labels in (工作标准, 负责, 上报 …): the document's own when the screen speaks it, else the screen's.
import { messageLanguage, type Language, type MessageLanguage } from '@sopkit/core';

/**
 * The keyword language for labels shown around a document's text on a screen in `screen`'s language: a zh-TW document keeps
 * its own keywords (工作標準) on a Chinese screen; on an English screen every document is labelled in English, and the
 * other way round. The document's text itself is never translated.
 */
export function labelLanguage(document: Language, screen: MessageLanguage): Language {
  return messageLanguage(document) === screen ? document : screen;
}
