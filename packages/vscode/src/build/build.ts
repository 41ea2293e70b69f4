// `pnpm --filter vscode build`: writes the generated files, then bundles the extension, the language server and the
// preview script (with Mermaid) into dist/ with esbuild. Everything the extension runs is inside dist/: no network.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generatedFiles } from './generated-files.js';

/** The packages/vscode folder. */
export const extensionRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Writes the generated files and the three bundles. */
export async function buildExtension(): Promise<void> {
  for (const [path, text] of generatedFiles()) {
    mkdirSync(dirname(join(extensionRoot, path)), { recursive: true });
    writeFileSync(join(extensionRoot, path), text);
  }
  const dist = join(extensionRoot, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const common = { bundle: true, minify: true, legalComments: 'none', logLevel: 'warning', logOverride: { 'empty-import-meta': 'silent' } } as const;
  await Promise.all([
    build({
      ...common, entryPoints: [join(extensionRoot, 'src/extension/extension.ts')], outfile: join(dist, 'extension.cjs'),
      platform: 'node', format: 'cjs', target: 'node20',
      // Note: `@sopkit/mermaid` loads mermaid-cli (and Chromium) only to render files; the preview renders in the webview instead.
      external: ['vscode', '@mermaid-js/mermaid-cli', 'puppeteer'],
    }),
    build({ ...common, entryPoints: [join(extensionRoot, '../language-server/src/main.ts')], outfile: join(dist, 'server.cjs'), platform: 'node', format: 'cjs', target: 'node20' }),
    build({ ...common, entryPoints: [join(extensionRoot, 'src/webview/preview.ts')], outfile: join(dist, 'webview.js'), platform: 'browser', format: 'iife', target: 'es2022' }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildExtension();
