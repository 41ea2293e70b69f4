// The diagnostic catalogue: codes are unique, numbered by category, worded in both languages, and each has a fixture.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/index.js';

/** Codes that no .sop text can produce: checked elsewhere (CLI end-to-end tests) or purely defensive. */
const notFromSource: Record<string, string> = {
  SOP1013: 'defensive: the grammar accepts every token sequence the lexer can produce',
  SOP3001: 'internal error: compiled output failing its own schema',
  SOP3101: 'checklist templates (packages/checklist tests)', SOP3102: 'checklist templates (packages/checklist tests)',
  SOP3103: 'checklist templates (packages/checklist tests)', SOP3104: 'checklist templates (packages/checklist tests)',
  SOP3105: 'checklist templates (packages/checklist tests)', SOP3106: 'checklist --steps (test/checklist-e2e.test.ts)',
  SOP3107: 'missing Chromium, asked for explicitly (test/render-environment.test.ts)', SOP3108: 'missing Chromium (test/render-environment.test.ts)',
  SOP3109: 'diagram embedding (packages/checklist tests)', SOP3201: 'missing Chromium, asked for explicitly (test/render-environment.test.ts)',
  SOP3202: 'missing Chromium (test/render-environment.test.ts)', SOP3203: 'render failure (test/diagram-e2e.test.ts)',
  SOP3204: 'sopkit.yaml diagram settings (packages/cli tests)',
  SOP4001: 'CLI: file errors (test/cli.test.ts)',
  SOP4002: 'CLI: empty folder (test/cli.test.ts)',
  SOP4003: 'CLI: unwritable output (test/cli.test.ts)',
  SOP4004: 'CLI: sopkit.yaml syntax (test/cli.test.ts)',
  SOP4005: 'CLI: sopkit.yaml settings (test/cli.test.ts)',
  SOP4006: 'CLI: invalid UTF-8 (test/cli.test.ts)',
  SOP4007: 'CLI: outputs of an earlier build (test/cli.test.ts)',
  SOP4008: 'CLI: a link out of a source folder (test/cli.test.ts)',
  SOP4009: 'CLI: an output folder linked outside the project (test/cli.test.ts)',
  SOP4010: 'CLI: a link inside the output folder (test/cli.test.ts)',
  SOP4011: 'CLI: a source over the size limit (test/cli.test.ts)',
  SOP4012: 'CLI: the default source folder is missing (test/cli.test.ts)',
  SOP2009: 'needs two files: duplicate process ids (test/cli.test.ts)',
};

describe('diagnostic catalogue', () => {
  const codes = Object.keys(catalogue);

  it('has unique, well-formed codes in their category', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^SOP[1-4]\d{3}$/);
  });

  it('words every message in zh-CN and en, with the same placeholders', () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(entry['zh-CN'], code).not.toBe('');
      expect(entry.en, code).not.toBe('');
      expect(names(entry.en), code).toEqual(names(entry['zh-CN']));
    }
  });

  it('has a fixture for every code a .sop file can produce', () => {
    const fixtures = readdirSync(join(import.meta.dirname, 'fixtures'));
    const missing = codes.filter((code) => !notFromSource[code] && !fixtures.some((f) => f.startsWith(code.toLowerCase())));
    expect(missing).toEqual([]);
  });
});
