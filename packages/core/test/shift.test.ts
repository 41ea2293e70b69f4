// Moving a tree in place (what reparse() does to the part after an edit) moves every position exactly once: the same
// as a fresh copy with every offset moved, on the real processes and on random keyword soup.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shifted, shiftInPlace } from '../src/ast/shift.js';
import { keywordTable, languages, parse } from '../src/index.js';

const repo = join(import.meta.dirname, '../../..');
const corpus = ['processes', 'examples'].flatMap((dir) =>
  readdirSync(join(repo, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.sop')).map((f) => readFileSync(join(repo, dir, f), 'utf8')));

function movesEveryPositionOnce(text: string): void {
  const { ast } = parse(text);
  const nodes = [ast.process, ast.extraProcesses, ast.phases, ast.looseSteps, ast.forms, ast.templates, ast.tables, ast.misplaced, ast.badLines, ast.comments]
    .filter((n): n is NonNullable<typeof n> => n !== undefined);
  const expected = shifted({ nodes, keywords: ast.keywords }, 1000);
  shiftInPlace(nodes, ast.keywords, 1000);
  expect({ nodes, keywords: ast.keywords }).toEqual(expected);
}

const keywords = keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l]));
const line = fc.tuple(
  fc.constantFrom('', '  ', '    '),
  fc.oneof(fc.constantFrom(...keywords), fc.constantFrom('-', '#', '工步 3', '转到 工步 2', '当 金额 > 5')),
  fc.constantFrom(':', '：', ' ', ''),
  fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('服务工程师, 中心', '30秒内 @MOT', '工步 4', '是')),
).map((parts) => parts.join(''));

describe('shiftInPlace', () => {
  it('moves every position of the real processes once', () => {
    expect(corpus.length).toBeGreaterThan(3);
    for (const text of corpus) movesEveryPositionOnce(text);
  });

  it('moves every position of random documents once', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 60 }), (lines) => movesEveryPositionOnce(lines.join('\n'))), { numRuns: 400 });
  });
});
