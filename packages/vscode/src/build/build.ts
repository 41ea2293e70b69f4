// `pnpm --filter vscode build`: checks that the generated files are current, then bundles the extension, the language
// server and the preview script (with Mermaid) into dist/ with esbuild. Everything the extension runs is inside dist/.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generatedFiles } from './generated-files.js';

/** The packages/vscode folder. */
export const extensionRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Writes the three bundles; fails when a generated file does not match the keyword table. */
export async function buildExtension(): Promise<void> {
  const stale = [...generatedFiles()].filter(([path, text]) => !existsSync(join(extensionRoot, path)) || readFileSync(join(extensionRoot, path), 'utf8') !== text);
  if (stale.length > 0) throw new Error(`out of date: ${stale.map(([path]) => path).join(', ')} — run pnpm --filter vscode generate`);
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
