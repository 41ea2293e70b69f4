// Atomic file writes (npm's write-file-atomic): a temporary file beside the target, renamed over it; removed on failure or Ctrl-C.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomicLibrary from 'write-file-atomic';

/** What a write refuses: the output path names the command's own input file (`sop compile x.sop -o x.sop`). */
export const outputIsInput = 'EOUTPUTISINPUT';

/**
 * Writes `data` (text, bytes, or text in pieces too long to join into one string) to `path` (creating its folder) so that readers see either the old file or the whole new one, never a
 * part. A device, pipe or socket (`-o /dev/stdout`, a named pipe) is written through, since renaming over it would
 * replace it with a plain file. Refuses (error code `EOUTPUTISINPUT`) when `path` is the file `input`.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array | readonly string[], options: { input?: string } = {}): Promise<void> {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) data = Buffer.concat(data.map((piece) => Buffer.from(piece)));
  const target = await stat(path).catch(() => undefined);
  if (target && options.input !== undefined) {
    const source = await stat(options.input).catch(() => undefined);
    if (source && source.dev === target.dev && source.ino === target.ino) throw Object.assign(new Error(`${path} is the input file`), { code: outputIsInput });
  }
  if (target && !target.isFile() && !target.isDirectory()) {
    await writeFile(path, data);
    return;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomicLibrary(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
}
