// Bundles the `sop` CLI with esbuild into packages/cli/dist/ so the installed binary starts fast (run on install and before tests).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Packages loaded from node_modules at run time instead of bundled: large, lazily used, or shipping their own assets. */
const external = ['puppeteer', 'puppeteer-core', '@mermaid-js/mermaid-cli', 'mermaid', 'ink', 'react', 'react/*', 'handlebars', 'ts-fsrs',
  'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'ink-*'];

import { renameSync, rmSync } from 'node:fs';

// Build beside dist/ and swap it in, so a `sop` already running keeps its files for as long as possible.
const dist = `${root}packages/cli/dist`;
const staging = `${dist}.${process.pid}.tmp`;

const result = await build({
  entryPoints: { sop: `${root}packages/cli/src/main.ts` },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external,
  sourcemap: 'linked',
  minify: true,
  keepNames: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  banner: { js: "import { createRequire as __sopCreateRequire } from 'node:module'; const require = __sopCreateRequire(import.meta.url);" },
});
rmSync(`${dist}.old`, { recursive: true, force: true });
try {
  renameSync(dist, `${dist}.old`);
} catch {
  // first build: nothing to move aside
}
renameSync(staging, dist);
rmSync(`${dist}.old`, { recursive: true, force: true });

if (process.env.SOP_BUNDLE_ANALYZE) console.log(await (await import('esbuild')).analyzeMetafile(result.metafile));
