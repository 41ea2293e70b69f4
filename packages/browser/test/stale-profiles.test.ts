// Profile folders left by sopkit processes that are gone are removed: named for a process id that no longer runs, or of
// the older naming, unused and over a minute old; folders of running processes, fresh ones and other names stay.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { removeStaleProfiles } from '../src/stale-profiles.js';

it('removes only the profile folders whose process is gone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sopkit-profiles-test-'));
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const folder = (name: string, old = false) => {
    const path = join(dir, name);
    mkdirSync(path);
    writeFileSync(join(path, 'Local State'), '{}');
    if (old) utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    return path;
  };
  const dead = folder(`sopkit-chromium-${gone}-aB3xYz`);
  const live = folder(`sopkit-chromium-${process.pid}-Qw12Er`);
  const olderUnused = folder('sopkit-chromium-k9LmNo', true);
  const olderFresh = folder('sopkit-chromium-Zz9Yy8');
  const other = folder(`other-chromium-${gone}-aB3xYz`, true);
  const unlike = folder(`sopkit-chromium-${gone}-toolongname`, true);
  await removeStaleProfiles(dir);
  expect(existsSync(dead)).toBe(false);
  expect(existsSync(olderUnused)).toBe(false);
  expect(existsSync(live)).toBe(true);
  expect(existsSync(olderFresh)).toBe(true);
  expect(existsSync(other)).toBe(true);
  expect(existsSync(unlike)).toBe(true);
});
