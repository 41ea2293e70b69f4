// `pnpm bench`: bundles bench/run.ts with esbuild (as the CLI is bundled: no keep-names wrappers, no tsx on the hot path)
// and runs it with the pinned Node, passing the arguments through.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Note: inside packages/cli so that the packages kept external resolve exactly as they do for the bundled CLI.
const outdir = `${root}packages/cli/node_modules/.cache/sopkit-bench`;
const external = ['puppeteer', 'puppeteer-core', '@mermaid-js/mermaid-cli', 'mermaid', 'ink', 'react', 'react/*', 'handlebars', 'ts-fsrs',
  'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'ink-*', 'harfbuzzjs', 'harfbuzzjs/*'];
const entries = ['run.ts', 'parse-worker.ts'];
await build({
  entryPoints: entries.map((e) => `${root}bench/${e}`),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external,
  banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; import { fileURLToPath as __benchFileURLToPath } from 'node:url'; const require = __benchCreateRequire(import.meta.url); const __benchFilename = __benchFileURLToPath(import.meta.url);" },
  define: { __filename: '__benchFilename' },
  logLevel: 'warning',
  plugins: [{
    name: 'workspace-sources',
    setup(b) {
      // Workspace packages export TypeScript sources: bundle them; leave npm packages external.
      b.onResolve({ filter: /^@sopkit\// }, (args) => ({ path: `${root}packages/${args.path.slice(8).split('/')[0]}/src/index.ts` }));
    },
  }],
});
const result = spawnSync(process.execPath, [`${outdir}/run.mjs`, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root, env: { ...process.env, SOPKIT_BENCH_DIR: outdir } });
process.exit(result.status ?? 1);
