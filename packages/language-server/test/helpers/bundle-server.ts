// Bundles the language server with esbuild into one file, as the VS Code extension ships it, for tests and benches to spawn.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * Writes `server.cjs` into a new temporary folder and returns its path. Runs the esbuild command line (not its API) so
 * that it also works from the bundled benchmarks; pass `root` when this file is not where it was written.
 */
export function bundleServer(root = repoRoot): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'sop-lsp-')), 'server.cjs');
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [
    join(root, 'packages/language-server/src/main.ts'),
    '--bundle', '--platform=node', '--format=cjs', '--target=node22', '--log-level=error', `--outfile=${outfile}`,
  ], { stdio: 'inherit' });
  return outfile;
}
