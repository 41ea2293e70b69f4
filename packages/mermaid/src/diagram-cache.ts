// The render cache on disk: <folder>/<sha256>.svg|png|pdf, written atomically (write-file-atomic) so a cancelled build leaves no half file.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ImageFormat } from './diagram-renderer.js';

/** The cached files of a key among `formats` (missing ones are simply absent). */
export async function readCached(dir: string, key: string, formats: readonly ImageFormat[]): Promise<Partial<Record<ImageFormat, Uint8Array>>> {
  const found: Partial<Record<ImageFormat, Uint8Array>> = {};
  await Promise.all(formats.map(async (format) => {
    try {
      found[format] = await readFile(join(dir, `${key}.${format}`));
    } catch {
      // not cached yet
    }
  }));
  return found;
}

/** Stores freshly rendered files under their key. */
export async function writeCached(dir: string, key: string, files: Partial<Record<ImageFormat, Uint8Array>>): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(Object.entries(files).map(([format, data]) => writeFileAtomic(join(dir, `${key}.${format}`), Buffer.from(data.buffer, data.byteOffset, data.byteLength))));
}
