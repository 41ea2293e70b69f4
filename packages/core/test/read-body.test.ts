// Reading a text in pieces cut before step lines gives the same tree and diagnostics as reading it in one pass, on the
// real processes, on random documents and on random edits of the real processes, with pieces as small as one step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordTable, languages, parse } from '../src/index.js';

const repo = join(import.meta.dirname, '../../..');
const corpus = ['processes', 'examples'].flatMap((dir) =>
  readdirSync(join(repo, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.sop')).map((f) => readFileSync(join(repo, dir, f), 'utf8')));

function readsAlike(text: string, pieceSize: number): void {
  const whole = parse(text, { pieceSize: Infinity });
  const pieces = parse(text, { pieceSize });
  expect({ ast: pieces.ast, diagnostics: pieces.diagnostics }).toEqual({ ast: whole.ast, diagnostics: whole.diagnostics });
}

const keywords = keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l]));
const line = fc.tuple(
  fc.constantFrom('', '  ', '    '),
  fc.oneof(fc.constantFrom(...keywords), fc.constantFrom('工步 3', 'Step 4', '阶段', '-', '#', '工部 5', '转到 工步 2')),
  fc.constantFrom(':', '：', ' ', ''),
  fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('服务工程师', '30秒内 @MOT', '是', '')),
).map((parts) => parts.join(''));

describe('reading in pieces', () => {
  it('reads the real processes as one pass does', () => {
    for (const text of corpus) for (const size of [1, 200, 2000]) readsAlike(text, size);
  });

  it('reads random documents as one pass does', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 80 }), fc.integer({ min: 1, max: 300 }), (lines, size) => readsAlike(lines.join('\n'), size)), { numRuns: 500 });
  });

  it('reads random edits of the real processes as one pass does', () => {
    const edit = fc.record({ file: fc.nat({ max: corpus.length - 1 }), at: fc.nat(), cut: fc.nat({ max: 20 }), insert: line.map((l) => `${l}\n`), size: fc.integer({ min: 1, max: 500 }) });
    fc.assert(fc.property(edit, ({ file, at, cut, insert, size }) => {
      const text = corpus[file]!;
      const where = at % (text.length + 1);
      readsAlike(text.slice(0, where) + insert + text.slice(where + cut), size);
    }), { numRuns: 300 });
  });
});
