// The compiled process shares one frozen empty list among its empty fields: same JSON, far fewer objects, and a consumer
// that tries to change one gets an error instead of changing every other empty field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProcess } from '../src/index.js';

const source = readFileSync(new URL('../../../processes/home-service-visit.sop', import.meta.url), 'utf8');

describe('empty lists of the compiled process', () => {
  const process = compileProcess(source).process!;
  const step = process.steps.find((s) => s.notes.length === 0 && s.references.length === 0)!;

  it('are one frozen array', () => {
    expect(step.notes).toBe(step.references);
    expect(Object.isFrozen(step.notes)).toBe(true);
    expect(() => (step.notes as string[]).push('x')).toThrow(TypeError);
    expect(step.references).toEqual([]);
  });

  it('leave lists with entries their own, and print as [] like any empty list', () => {
    expect(step.standards.length).toBeGreaterThan(0);
    expect(Object.isFrozen(step.standards)).toBe(false);
    expect(JSON.parse(JSON.stringify(process))).toEqual(structuredClone(process));
    expect(JSON.stringify(step.notes)).toBe('[]');
  });
});
