// The content hash is sha256 over the compiled JSON text without source ranges (docs/schema.md), however it is computed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProcess, contentHash } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const range = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 9 } });
/** The definition, written the plain way: the whole JSON text, ranges cut out. */
const definition = (content: object) =>
  `sha256:${createHash('sha256').update(JSON.stringify(content).replace(/,"range":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g, '')).digest('hex')}`;

describe('contentHash', () => {
  it('is the definition on every real process', () => {
    const files = readdirSync(new URL('processes/', root)).filter((f) => f.endsWith('.sop'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const { hash, ...body } = compileProcess(readFileSync(new URL(`processes/${file}`, root), 'utf8')).process!;
      expect(contentHash(body), file).toBe(definition(body));
      expect(hash, file).toBe(definition(body));
    }
  });

  it('is the definition on odd shapes', () => {
    const samples: object[] = [
      {},
      { range: range(1), after: 1 },
      { a: undefined, b: [undefined, 2], c: { range: range(2), d: '中文"\\' }, range: range(3) },
      { steps: Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}`, text: '敲门'.repeat(i % 50), range: range(i) })), range: range(1) },
    ];
    for (const sample of samples) expect(contentHash(sample)).toBe(definition(sample));
  });

  it('ignores ranges but not content', () => {
    expect(contentHash({ a: [{ t: 'x', range: range(1) }] })).toBe(contentHash({ a: [{ t: 'x', range: range(7) }] }));
    expect(contentHash({ a: [{ t: 'x', range: range(1) }] })).not.toBe(contentHash({ a: [{ t: 'y', range: range(1) }] }));
  });
});
