// LineMap.point answers like a plain count of line breaks, whatever order offsets are asked in (it remembers the last line).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineMap } from '../src/index.js';

function plainPoint(text: string, offset: number) {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: clamped - lineStart + 1, offset: clamped };
}

describe('LineMap.point', () => {
  it('matches a plain count for offsets in any order', () => {
    const text = fc.array(fc.constantFrom('a', '工', '\n', '\r\n', ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: -3, max: 70 }), { maxLength: 40 }), (source, offsets) => {
      const lines = new LineMap(source);
      for (const offset of offsets) expect(lines.point(offset)).toEqual(plainPoint(source, offset));
    }), { numRuns: 300 });
  });
});
