// Golden Mermaid text of every process at every detail level (UPDATE=1 regenerates them; review the diff by eye).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { details, toMermaid } from '../src/index.js';
import { compileFile, diagramSources } from './helpers.js';

const golden = fileURLToPath(new URL('./golden/', import.meta.url));

describe.each(diagramSources())('%s', (source) => {
  const process = compileFile(source);
  it.each(details)('detail %s', (detail) => {
    const text = toMermaid(process, { detail });
    const path = `${golden}${basename(source, '.sop')}.${detail}.mmd`;
    if (globalThis.process.env['UPDATE']) {
      mkdirSync(golden, { recursive: true });
      writeFileSync(path, text);
    }
    expect(existsSync(path), `${path} is missing: run UPDATE=1 pnpm test -- packages/mermaid`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
