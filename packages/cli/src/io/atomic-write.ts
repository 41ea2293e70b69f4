// Atomic file writes (npm's write-file-atomic): a temporary file beside the target, renamed over it; removed on failure or Ctrl-C.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomicLibrary from 'write-file-atomic';

/** Writes `data` to `path` (creating its folder) so that readers see either the old file or the whole new one, never a part. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomicLibrary(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}
