// What a keyword is, in the document's language, from core's keyword table: its description (zh-TW documents read it in
// Traditional characters, keywords named in it spelled as the table spells them in zh-TW) and its other spellings.
import { keywordTable, toTraditional, type KeywordEntry, type Language } from '@sopkit/core';

/**
 * Where the general conversion spells a zh-CN keyword otherwise than the table's zh-TW spelling of the same place
 * (`字段` → `欄位`, where zh-TW documents write `字段`): the converted spelling and the table's.
 */
const corrections: readonly (readonly [string, string])[] = keywordTable.flatMap((entry) => entry.words['zh-CN'].flatMap((word, i) => {
  const table = entry.words['zh-TW'][i];
  const general = toTraditional(word);
  return table !== undefined && general !== table ? [[general, table] as const] : [];
}));

/** The zh-TW descriptions made so far (each is made once). */
const traditionalDescriptions = new Map<KeywordEntry, string>();

/**
 * A keyword's description for a document language. In zh-TW the zh-CN description is read in Traditional characters,
 * and the keywords it names take the table's zh-TW spelling.
 */
export function keywordDescription(entry: KeywordEntry, language: Language): string {
  if (language === 'en') return entry.doc.en;
  if (language === 'zh-CN') return entry.doc['zh-CN'];
  let description = traditionalDescriptions.get(entry);
  if (description === undefined) {
    description = corrections.reduce((text, [general, table]) => text.replaceAll(general, table), toTraditional(entry.doc['zh-CN']));
    traditionalDescriptions.set(entry, description);
  }
  return description;
}

/** The keyword's spellings in a document language other than `written` (compared as the lexer does: any case, any run of blanks). */
export function otherSpellings(entry: KeywordEntry, language: Language, written: string): string[] {
  const fold = (word: string) => word.toLowerCase().replace(/[ \t\u3000]+/g, ' ');
  return entry.words[language].filter((word) => fold(word) !== fold(written));
}
