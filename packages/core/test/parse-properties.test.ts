// Property tests: on random text and random mutations of the real processes, parse/check never throw, always return a
// tree, and every diagnostic range lies inside the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, compileProcess, keywordTable, languages } from '../src/index.js';

const repo = join(import.meta.dirname, '../../..');
const corpus = ['processes', 'examples'].flatMap((dir) => {
  try {
    return readdirSync(join(repo, dir), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.sop'))
      .map((f) => readFileSync(join(repo, dir, f), 'utf8'));
  } catch {
    return [];
  }
});

function assertWellFormed(text: string): void {
  const result = check(text);
  expect(result.ast.type).toBe('document');
  for (const d of result.diagnostics) {
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
    expect(d.message.length).toBeGreaterThan(0);
  }
  compileProcess(text);
}

const keywords = keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l]));
const piece = fc.oneof(
  fc.constantFrom(...keywords),
  fc.constantFrom(':', '：', ' ', '\u3000', '\n', '\r\n', '\r', '#', '-', '@', '工步 8', '转到 工步 3', '当 ', '是', '否', '\t'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const sopLike = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('parse properties', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertWellFormed(text)), { numRuns: 300 });
  });

  it('never throws on keyword soup', () => {
    fc.assert(fc.property(sopLike, (text) => assertWellFormed(text)), { numRuns: 500 });
  });

  it('never throws on mutations of the real processes', () => {
    expect(corpus.length).toBeGreaterThan(0);
    const mutation = fc.record({
      file: fc.nat({ max: corpus.length - 1 }),
      edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.oneof(piece, fc.constant('')) }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(mutation, ({ file, edits }) => {
        let text = corpus[file]!;
        for (const edit of edits) {
          const at = edit.at % (text.length + 1);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
        }
        assertWellFormed(text);
      }),
      { numRuns: 200 },
    );
  });
});
