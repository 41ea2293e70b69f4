// Choosing a document's language: a `# language:` comment, else the first keyword, else zh-CN.
import type { KeywordUse } from '../ast/nodes.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
import { languages, languagesOfWord, type Language } from './keywords.js';

const directive = /^#[ \t\u3000]*(?:language|语言|語言)[ \t\u3000]*[:：][ \t\u3000]*(\S*)/i;

export interface LanguageChoice {
  readonly language: Language;
  readonly source: 'directive' | 'detected' | 'default';
}

/** The language a keyword's spelling belongs to when it belongs to one only (so that, as the document's first such keyword, it decides). */
export function decidedLanguage(keyword: KeywordUse): Language | undefined {
  const langs = languagesOfWord(keyword.kind, keyword.image);
  return langs.length === 1 ? langs[0] : undefined;
}

/** Reads the language from the comments before the first keyword, or detects it from the keywords. */
export function chooseLanguage(comments: readonly { readonly startOffset: number; readonly image: string }[], keywords: readonly KeywordUse[], diagnostics: PendingDiagnostic[]): LanguageChoice {
  const firstKeyword = keywords[0]?.span.start ?? Infinity;
  for (const comment of comments) {
    if (comment.startOffset > firstKeyword) break;
    const match = directive.exec(comment.image);
    if (!match) continue;
    const value = match[1]!;
    const known = languages.find((l) => l.toLowerCase() === value.toLowerCase());
    if (known) return { language: known, source: 'directive' };
    const at = comment.startOffset + match[0].length - value.length;
    diagnostics.push({ code: 'SOP1009', span: { start: at, end: at + value.length }, args: { value } });
    break;
  }
  // The first keyword decides between English and Chinese; spellings shared by zh-CN and zh-TW defer to the
  // first keyword that only one of them uses, and default to zh-CN.
  let chinese = false;
  for (const keyword of keywords) {
    const decided = decidedLanguage(keyword);
    if (decided) return { language: decided, source: 'detected' };
    if (languagesOfWord(keyword.kind, keyword.image).some((l) => l !== 'en')) chinese = true;
  }
  return { language: 'zh-CN', source: chinese ? 'detected' : 'default' };
}
