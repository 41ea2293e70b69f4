// Builds the bundled `sop` binary once before the tests, so end-to-end tests run the real installed CLI.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [`${root}scripts/bundle-cli.mjs`], { stdio: 'inherit' });
}
