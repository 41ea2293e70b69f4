// The render cache on disk: <folder>/<hmac>.svg|png|pdf, each entry named by an HMAC of its key with a secret of this
// machine's user (kept outside any project), so an entry a cloned project ships can never be taken for one we rendered;
// files are written atomically (write-file-atomic), so a cancelled build leaves no half file.
import { createHmac, randomBytes } from 'node:crypto';
import { chmod, link, lstat, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ImageFormat } from './diagram-renderer.js';

/** A cache folder whose entries are trusted only when named with this machine's secret. */
export interface DiagramCache {
  /** The cached files of a key among `formats` (missing ones are simply absent). */
  read(key: string, formats: readonly ImageFormat[]): Promise<Partial<Record<ImageFormat, Uint8Array>>>;
  /** Stores freshly rendered files under their key. */
  write(key: string, files: Partial<Record<ImageFormat, Uint8Array>>): Promise<void>;
}

const secretFile = 'diagram-cache.key';

/** sopkit's own folder of per-user state: $XDG_CACHE_HOME/sopkit, else ~/.cache/sopkit. */
export function secretFolder(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'];
  return join(base && isAbsolute(base) ? base : join(homedir(), '.cache'), 'sopkit');
}

/**
 * This user's cache secret (64 hex digits), created on first use in `folder` (made mode 0700, the file 0600; created
 * under a temporary name and linked into place, so two builds starting at once agree on one). Undefined when it cannot
 * be read or made, or is not a plain file of the expected form: the cache is then not used.
 */
export async function machineSecret(folder: string = secretFolder()): Promise<string | undefined> {
  const path = join(folder, secretFile);
  const existing = async () => {
    const stat = await lstat(path);
    if (!stat.isFile()) return undefined;
    const text = (await readFile(path, 'utf8')).trim();
    return /^[0-9a-f]{64}$/.test(text) ? text : undefined;
  };
  try {
    return await existing();
  } catch {
    // not made yet (or unreadable: made again below, which fails if it is there)
  }
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(folder, 0o700);
    const temporary = join(folder, `.${secretFile}.${process.pid}.${randomBytes(6).toString('hex')}`);
    await writeFile(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      await link(temporary, path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
    return await existing();
  } catch {
    return undefined;
  }
}

/** The cache in `dir`, or undefined (no cache) when this machine's secret cannot be had. */
export async function openDiagramCache(dir: string, folder?: string): Promise<DiagramCache | undefined> {
  const secret = await machineSecret(folder);
  if (secret === undefined) return undefined;
  const name = (key: string) => createHmac('sha256', secret).update(key).digest('hex');
  return {
    async read(key, formats) {
      const found: Partial<Record<ImageFormat, Uint8Array>> = {};
      await Promise.all(formats.map(async (format) => {
        try {
          found[format] = await readFile(join(dir, `${name(key)}.${format}`));
        } catch {
          // not cached yet
        }
      }));
      return found;
    },
    async write(key, files) {
      await mkdir(dir, { recursive: true });
      await Promise.all(Object.entries(files).map(([format, data]) =>
        writeFileAtomic(join(dir, `${name(key)}.${format}`), Buffer.from(data.buffer, data.byteOffset, data.byteLength))));
    },
  };
}
