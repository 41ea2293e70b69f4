// The versions that decide what a rendered diagram looks like (part of the cache key): Mermaid, mermaid-cli and ours.
import { mermaidCliAssets } from './mermaid-cli-assets.js';

/**
 * Bump when our part of the drawing (mermaid-page.ts), the SVG-to-PNG/PDF conversion or the render settings change in a
 * way the Mermaid text does not show.
 */
const conversionVersion = 9;

/** e.g. `mermaid 12.3.0 · mermaid-cli 12.2.0 · sopkit 4` (the Mermaid that mermaid-cli loads into the page). */
export async function rendererVersion(): Promise<string> {
  const { mermaidVersion, cliVersion } = await mermaidCliAssets();
  return `mermaid ${mermaidVersion} · mermaid-cli ${cliVersion} · sopkit ${conversionVersion}`;
}
