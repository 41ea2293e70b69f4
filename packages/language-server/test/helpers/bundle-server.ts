// Bundles the language server with esbuild into one file, as the VS Code extension ships it, for the tests to spawn.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** Writes `server.cjs` into a new temporary folder and returns its path. */
export async function bundleServer(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'sop-lsp-')), 'server.cjs');
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'error' });
  return outfile;
}
