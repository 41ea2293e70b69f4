// Atomic file writes: write a temporary file beside the target, then rename it over the target.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Writes `data` to `path` so that readers see either the old file or the whole new one, never a part. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await produceFileAtomic(path, (temp) => writeFile(temp, data));
}

/** Runs `produce(tempPath)` (e.g. a renderer that writes a file itself), then renames the result into place. */
export async function produceFileAtomic(path: string, produce: (tempPath: string) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    await produce(temp);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
