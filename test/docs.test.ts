// The generated parts of the docs match the data they come from (run `pnpm run docs` after changing keywords or codes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fillGenerated, generatedDocs } from '../scripts/generate-docs.js';
import { repoRoot } from './helpers/run-sop.js';

for (const doc of generatedDocs) {
  it(`${doc.path} is up to date`, () => {
    const text = readFileSync(join(repoRoot, doc.path), 'utf8');
    expect(text).toBe(fillGenerated(text, doc.name, doc.body()));
  });
}
