// Chromium profile folders that sopkit processes gone before left in the temporary folder (a build killed with kill -9
// cannot remove its own): found by sopkit's own naming, checked to be this user's and unused, and removed.
import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** How sopkit names a profile folder: this prefix, the id of the process that made it, and mkdtemp's six characters. */
export const profilePrefix = 'sopkit-chromium-';

const current = new RegExp(`^${profilePrefix}(\\d+)-[A-Za-z0-9]{6}$`);
/** Folders of earlier versions, which named no process. */
const older = new RegExp(`^${profilePrefix}[A-Za-z0-9]{6}$`);
/** An older folder this new may still be about to get its Chromium. */
const settled = 60_000;

/** Whether a process with this id exists (another user's counts: it cannot be signalled, but it is there). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Every argument of every running process's command line, from Linux's /proc; undefined where there is no /proc. */
async function runningArguments(): Promise<Set<string> | undefined> {
  let ids: string[];
  try {
    ids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const found = new Set<string>();
  await Promise.all(ids.map(async (id) => {
    try {
      for (const argument of (await readFile(`/proc/${id}/cmdline`, 'utf8')).split('\0')) found.add(argument);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }));
  return found;
}

/**
 * Removes the folders in `dir` named by sopkit for a Chromium profile and owned by this user whose process is gone: a
 * folder naming a process id that no longer runs; a folder of the older naming only when no running process names it as
 * its profile (`--user-data-dir=…`, read from /proc) and it is over a minute old. Never throws: what it cannot remove
 * stays.
 */
export async function removeStaleProfiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.startsWith(profilePrefix));
  } catch {
    return;
  }
  const withoutPid = names.filter((name) => older.test(name));
  const inUse = withoutPid.length > 0 ? await runningArguments() : undefined;
  const uid = process.getuid?.();
  await Promise.all(names.map(async (name) => {
    const path = join(dir, name);
    const pid = current.exec(name)?.[1];
    if (pid !== undefined ? running(Number(pid)) : !older.test(name) || !inUse || inUse.has(`--user-data-dir=${path}`)) return;
    try {
      const stat = await lstat(path);
      if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) return;
      if (pid === undefined && Date.now() - stat.mtimeMs < settled) return;
      await rm(path, { recursive: true, force: true });
    } catch {
      // removed by another process meanwhile, or not ours to remove
    }
  }));
}
