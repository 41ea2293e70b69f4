// The pieces process.json is written in join to exactly what JSON.stringify(value, null, 2) writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProcess } from '../../core/src/index.js';
import { jsonPieces } from '../src/io/json-pieces.js';

const processes = join(import.meta.dirname, '../../../processes');

describe('jsonPieces', () => {
  it('joins to JSON.stringify’s text for every real process, one piece no larger than a step', () => {
    for (const name of readdirSync(processes).filter((n) => n.endsWith('.sop'))) {
      const compiled = compileProcess(readFileSync(join(processes, name), 'utf8')).process;
      const pieces = jsonPieces(compiled);
      expect(pieces.join(''), name).toBe(JSON.stringify(compiled, null, 2));
      const longestStep = Math.max(...(compiled?.steps ?? []).map((step) => JSON.stringify(step, null, 2).length));
      expect(Math.max(...pieces.map((p) => p.length)), name).toBeLessThanOrEqual(longestStep);
    }
  });

  it('joins to JSON.stringify’s text for any JSON value, and for what JSON.stringify leaves out or turns into null', () => {
    const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), { toJSON: () => 'x' });
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), odd, fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('any'), { maxKeys: 4 })),
    })).any;
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 6 }), (v, depth) => jsonPieces(v, depth).join('') === (JSON.stringify(v, null, 2) ?? 'null')));
  });
});
