// Golden HTML and Markdown of every built-in template for every process (UPDATE=1 regenerates them; review the diff by eye).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../src/index.js';
import { compileFile, fixtures, repoRoot, renderBuiltin } from './helpers.js';

const golden = fileURLToPath(new URL('./golden/', import.meta.url));
const sources = [
  ...readdirSync(`${repoRoot}processes`).filter((f) => f.endsWith('.sop')).map((f) => `processes/${f}`),
  ...readdirSync(fixtures).filter((f) => f.endsWith('.sop')).map((f) => `${fixtures}${f}`),
];

describe.each(sources)('%s', (source) => {
  // Note: a fixed hash keeps the goldens still when the compiler's hashing changes; the sheets print it all the same.
  const doc = { ...compileFile(source), hash: `sha256:${'0123456789abcdef'.repeat(4)}` };
  it.each(builtinTemplates.flatMap((t) => (['html', 'markdown'] as const).map((f) => [t, f] as const)))('%s as %s', async (template, format) => {
    const text = await renderBuiltin(doc, template, format);
    const path = `${golden}${doc.id}/${template}.${format === 'html' ? 'html' : 'md'}`;
    if (process.env['UPDATE']) {
      mkdirSync(`${golden}${doc.id}`, { recursive: true });
      writeFileSync(path, text);
    }
    expect(existsSync(path), `no golden ${path}: run UPDATE=1 and review it`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
