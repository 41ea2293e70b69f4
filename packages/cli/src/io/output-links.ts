// Symbolic links inside an output folder: sopkit neither writes nor reads its outputs through them (a cloned project's
// committed `out/<id>/process.json -> ~/.bashrc` must not be overwritten, nor a cached diagram read from /etc).
import type { Dirent } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Every symbolic link below `dir` (not `dir` itself), with where it points; none when `dir` does not exist. */
export async function linksBelow(dir: string): Promise<{ path: string; target: string }[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: { path: string; target: string }[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) found.push({ path, target: await readlink(path).catch(() => '?') });
    else if (entry.isDirectory()) found.push(...await linksBelow(path));
  }
  return found;
}
