// The versions that decide what a rendered diagram looks like (part of the cache key): Mermaid, mermaid-cli and ours.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the SVG-to-PNG/PDF conversion or the render settings change in a way the Mermaid text does not show. */
const conversionVersion = 1;

async function installedVersion(name: string): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // no package.json here: look one folder up
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

let cached: Promise<string> | undefined;

/** e.g. `mermaid 12.3.0 · mermaid-cli 12.2.0 · sopkit 1`. */
export function rendererVersion(): Promise<string> {
  cached ??= Promise.all([installedVersion('mermaid'), installedVersion('@mermaid-js/mermaid-cli')])
    .then(([mermaid, cli]) => `mermaid ${mermaid} · mermaid-cli ${cli} · sopkit ${conversionVersion}`);
  return cached;
}
