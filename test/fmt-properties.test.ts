// Formatter properties on the real SOPs and random mutations of them: idempotent, comments kept, same compiled JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, compileDocument, compileProcess, keywordTable, languages } from '../packages/core/src/index.js';
import { format } from '../packages/core/src/format/index.js';
import { repoRoot } from './helpers/run-sop.js';

const corpus = ['processes', 'examples'].flatMap((dir) =>
  readdirSync(join(repoRoot, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.sop'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(repoRoot, dir, f), 'utf8') })),
);

/** The compiled content without source ranges (what the content hash covers). */
function withoutRanges(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (key, v: unknown) => (key === 'range' ? undefined : v)));
}

/** Compiles even a document with errors, so the comparison also covers broken input. */
function compiledLoosely(text: string): unknown {
  const checked = check(text);
  try {
    return withoutRanges(compileDocument(checked.ast, checked.lines));
  } catch (error) {
    return `throws ${String(error)}`;
  }
}

function commentsOf(text: string): string[] {
  return check(text).ast.comments.map((c) => c.text).sort();
}

function codesOf(text: string): string[] {
  return check(text).diagnostics.map((d) => d.code).sort();
}

function assertFormatProperties(text: string): void {
  const once = format(text);
  expect(format(once)).toBe(once);
  expect(commentsOf(once)).toEqual(commentsOf(text));
  const before = compileProcess(text);
  const after = compileProcess(once);
  expect(withoutRanges(after.process)).toEqual(withoutRanges(before.process));
  expect(after.process?.hash).toBe(before.process?.hash);
  expect(compiledLoosely(once)).toEqual(compiledLoosely(text));
  // Note: formatting indents every line under the element it belongs to, so SOP1020 (indented out of its element) is
  // the one code it removes; every other stays.
  expect(codesOf(once)).toEqual(codesOf(text).filter((code) => code !== 'SOP1020'));
}

const keywords = keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l]));
const indentation = fc.array(fc.constantFrom(' ', '\t', '\u3000'), { maxLength: 8 }).map((parts) => parts.join(''));
const piece = fc.oneof(
  fc.constantFrom(...keywords),
  fc.constantFrom(':', '：', ' ', '\u3000', '\n', '\r\n', '\r', '#', '# 注释', '-', '- ', '@', '工步 8', '转到 工步 3', '当 ', '是', '否', '\t', '  '),
  fc.string({ maxLength: 6 }),
);

/** Line-level mutations: what editing a file by hand does (re-indent, move, duplicate, comment, blank, colons, spaces). */
const lineMutation = fc.oneof(
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), indent: indentation }),
  fc.record({ op: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('blank' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 3 }), indent: indentation }),
  fc.record({ op: fc.constant('comment' as const), line: fc.nat(), indent: indentation, text: fc.string({ maxLength: 10 }) }),
  fc.record({ op: fc.constant('colon' as const), line: fc.nat(), wide: fc.boolean(), spaces: indentation }),
  fc.record({ op: fc.constant('trailing' as const), line: fc.nat(), spaces: indentation }),
  fc.record({ op: fc.constant('squeeze' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('typo' as const), line: fc.nat(), at: fc.nat(), insert: piece }),
);
type LineMutation = typeof lineMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateLines(text: string, mutations: readonly LineMutation[], crlf: boolean): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const i = m.line % lines.length;
    const line = lines[i]!;
    switch (m.op) {
      case 'indent': lines[i] = m.indent + line.trimStart(); break;
      case 'delete': lines.splice(i, 1); break;
      case 'duplicate': lines.splice(i, 0, line); break;
      case 'swap': if (i + 1 < lines.length) lines.splice(i, 2, lines[i + 1]!, line); break;
      case 'blank': lines.splice(i, 0, ...Array.from({ length: m.count }, () => m.indent)); break;
      case 'comment': lines.splice(i, 0, `${m.indent}#${m.text.replace(/[\r\n]/g, '')}`); break;
      case 'colon': lines[i] = line.replace(/[ \t]*[:：][ \t]*/, `${m.spaces}${m.wide ? '：' : ':'}${m.spaces}`); break;
      case 'trailing': lines[i] = line + m.spaces; break;
      case 'squeeze': lines[i] = line.replace(/(\S)[ \t\u3000]+/g, '$1'); break;
      case 'typo': { const at = m.at % (line.length + 1); lines[i] = line.slice(0, at) + m.insert + line.slice(at); break; }
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

describe('format properties', () => {
  it('finds the corpus', () => {
    expect(corpus.map((c) => c.name)).toContain('processes/home-service-visit.sop');
  });

  for (const { name, text } of corpus) {
    it(`holds on ${name}`, () => assertFormatProperties(text));
  }

  it('holds on line-level mutations of the corpus', () => {
    const mutation = fc.record({
      file: fc.nat({ max: corpus.length - 1 }),
      mutations: fc.array(lineMutation, { minLength: 1, maxLength: 8 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    });
    fc.assert(fc.property(mutation, ({ file, mutations, crlf, bom }) => {
      const text = mutateLines(corpus[file]!.text, mutations, crlf);
      assertFormatProperties(bom ? `\uFEFF${text}` : text);
    }), { numRuns: 300 });
  });

  it('holds on character-level mutations of the corpus', () => {
    const mutation = fc.record({
      file: fc.nat({ max: corpus.length - 1 }),
      edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.oneof(piece, fc.constant('')) }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(fc.property(mutation, ({ file, edits }) => {
      let text = corpus[file]!.text;
      for (const edit of edits) {
        const at = edit.at % (text.length + 1);
        text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
      }
      assertFormatProperties(text);
    }), { numRuns: 300 });
  });

  it('holds on keyword soup', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('')), assertFormatProperties), { numRuns: 300 });
  });
});
