// Bundles the `sop` CLI with esbuild into packages/cli/dist/ so the installed binary starts fast (run on install and before tests).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Packages loaded from node_modules at run time instead of bundled: large, lazily used, or shipping their own assets. */
const external = ['puppeteer', 'puppeteer-core', '@mermaid-js/mermaid-cli', 'mermaid', 'ink', 'react', 'react/*', 'handlebars', 'ts-fsrs',
  'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'ink-*', 'harfbuzzjs', 'harfbuzzjs/*'];

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';

// dist is a link to dist-<key>, a bundle named for what it was built from (the packages' files, the lockfile, this script
// and the Node running it): an unchanged tree is not bundled again, and a new bundle is built beside the old one and
// switched to by replacing the link in one rename. A `sop` already running (or another test run that bundled a moment
// before) keeps reading its own folder, whose chunks it loads lazily.
const cli = `${root}packages/cli`;
const dist = `${cli}/dist`;
const key = bundleKey();
const target = `${cli}/dist-${key}`;
if (readKey(dist) === key) process.exit(0);
const staging = `${target}.${process.pid}.tmp`;

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

writeFileSync(`${staging}/.bundle-key`, key);
if (existsSync(target) && readKey(target) !== key) rmSync(target, { recursive: true, force: true }); // left half-made
try {
  renameSync(staging, target);
} catch {
  rmSync(staging, { recursive: true, force: true }); // another run built the same bundle meanwhile
}
pointDistAt(`dist-${key}`);
pruneOldBundles();

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

/** What the bundle is built from: every file of the packages except their tests and outputs, the lockfile, this script, the Node. */
function bundleKey() {
  const hash = createHash('sha256');
  hash.update(`${process.execPath}\0${process.version}\0`);
  for (const file of [`${root}pnpm-lock.yaml`, fileURLToPath(import.meta.url), ...packageFiles(`${root}packages`)]) {
    hash.update(`${file.slice(root.length)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function packageFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !/^(node_modules|test|dist|dist[-.].*|out|\..*)$/.test(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? packageFiles(`${dir}/${entry.name}`) : entry.isFile() ? [`${dir}/${entry.name}`] : []));
}

function readKey(dir) {
  try {
    return readFileSync(`${dir}/.bundle-key`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Replaces dist by a link to `name` in one rename (a dist folder from before bundles were named is moved aside first). */
function pointDistAt(name) {
  const link = `${dist}.${process.pid}.link`;
  rmSync(link, { force: true });
  symlinkSync(name, link);
  if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) {
    rmSync(`${dist}.old`, { recursive: true, force: true });
    renameSync(dist, `${dist}.old`);
    rmSync(`${dist}.old`, { recursive: true, force: true });
  }
  renameSync(link, dist);
}

/** Removes bundles other than the current one that are over an hour old: no `sop` still running would load from them. */
function pruneOldBundles() {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(cli)) {
    if (!name.startsWith('dist-') || name === `dist-${key}`) continue;
    const path = `${cli}/${name}`;
    if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < hourAgo) rmSync(path, { recursive: true, force: true });
  }
}
