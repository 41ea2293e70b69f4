// Bundles the `sop` CLI with esbuild into packages/cli/dist/ so the installed binary starts fast (run on install and before tests).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Packages loaded from node_modules at run time instead of bundled: large, lazily used, or shipping their own assets. */
const external = ['puppeteer', 'puppeteer-core', '@mermaid-js/mermaid-cli', 'mermaid', 'ink', 'react', 'react/*', 'handlebars', 'ts-fsrs',
  'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'ink-*', 'harfbuzzjs', 'harfbuzzjs/*'];

import { renameSync, rmSync, writeFileSync } from 'node:fs';

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
  // Note: bundled CommonJS dependencies (write-file-atomic) use require and __filename, which ES modules lack.
  banner: { js: "import { createRequire as __sopCreateRequire } from 'node:module'; import { fileURLToPath as __sopFileURLToPath } from 'node:url'; const require = __sopCreateRequire(import.meta.url); const __sopFilename = __sopFileURLToPath(import.meta.url);" },
  define: { __filename: '__sopFilename' },
});
if (Number(process.versions.node.split('.')[0]) >= 22) {
  writeFileSync(`${staging}/node-path`, process.execPath);
  await buildSnapshot(staging, 'check', 'packages/cli/src/snapshot/check-snapshot.ts', 'no start-up snapshot (sop check starts without it)');
  await buildSnapshot(staging, 'drill-prepare', 'packages/cli/src/features/drill/prepare-snapshot.ts', 'no drill preparation snapshot (sop drill prepares in its own process)');
}

rmSync(`${dist}.old`, { recursive: true, force: true });
try {
  renameSync(dist, `${dist}.old`);
} catch {
  // first build: nothing to move aside
}
renameSync(staging, dist);
rmSync(`${dist}.old`, { recursive: true, force: true });

if (process.env.SOP_BUNDLE_ANALYZE) console.log(await (await import('esbuild')).analyzeMetafile(result.metafile));

/**
 * A start-up snapshot: a one-file CommonJS bundle of `entry` run once with --build-snapshot into `<name>.blob`, so a process
 * started from it has its parser already built. `sop check` (bin/sop) starts from the `check` snapshot; `sop drill` prepares its
 * processes in one started from `drill-prepare`. Needs the pinned Node 22 (a snapshot only loads in the Node that made it,
 * whose path is recorded beside it in node-path); without it, both do the work in the ordinary bundle.
 */
async function buildSnapshot(dir, name, entry, missing) {
  await build({
    entryPoints: [`${root}${entry}`],
    outfile: `${dir}/${name}-snapshot.cjs`,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    minify: true,
    logLevel: 'error',
    // Note: some ESM dependencies call createRequire(import.meta.url); CommonJS has no import.meta.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  const { spawnSync } = await import('node:child_process');
  const made = spawnSync(process.execPath, ['--snapshot-blob', `${dir}/${name}.blob`, '--build-snapshot', `${dir}/${name}-snapshot.cjs`], { encoding: 'utf8' });
  if (made.status !== 0) {
    process.stderr.write(`bundle-cli: ${missing}: ${made.stderr.split('\n')[0]}\n`);
    rmSync(`${dir}/${name}.blob`, { force: true });
  }
}
