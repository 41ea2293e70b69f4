// documentLanguage reads from the tokens alone the language that parse chooses for a document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, documentLanguage, keywordTable, languages } from '../src/index.js';

const repo = join(import.meta.dirname, '../../..');
const corpus = ['processes', 'examples', 'packages/core/test/fixtures'].flatMap((dir) =>
  readdirSync(join(repo, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.sop')).map((f) => readFileSync(join(repo, dir, f), 'utf8')));

describe('documentLanguage', () => {
  it('agrees with parse on every real process, example and fixture', () => {
    expect(corpus.length).toBeGreaterThan(50);
    for (const text of corpus) expect(documentLanguage(text)).toBe(check(text).ast.language);
  });

  it('agrees with parse on keyword soup, with or without a # language: line', () => {
    const keywords = keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l]));
    const piece = fc.oneof(fc.constantFrom(...keywords), fc.constantFrom(':', '：', ' ', '\n', '# language: zh-TW\n', '# language: en\n', '# 语言: xx\n', '#', '工步 8'), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(documentLanguage(text)).toBe(check(text).ast.language);
    }), { numRuns: 400 });
  });
});
