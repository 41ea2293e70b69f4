// `pnpm --filter vscode package`: builds the extension and packs it into sop-<version>.vsix with vsce, offline (no dependencies).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension, extensionRoot } from './build.js';

/** Builds and packages the extension; returns the path of the .vsix. */
export async function packageExtension(): Promise<string> {
  await buildExtension();
  const { version } = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8')) as { version: string };
  const out = join(extensionRoot, `sop-${version}.vsix`);
  execFileSync(join(extensionRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: extensionRoot, stdio: ['ignore', 'inherit', 'inherit'],
  });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await packageExtension();
