// The render cache trusts only entries named with this user's secret: the secret is made once (folder 0700, file 0600),
// shared by concurrent first uses, refused when it is a link; an entry under the plain content key (as a cloned project
// could ship it) is never read.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineSecret, openDiagramCache, secretFolder } from '../src/diagram-cache.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'sopkit-cache-test-'));

describe('the machine secret', () => {
  it('is made once, private to the user, and the same for every caller, also when they start at once', async () => {
    const folder = join(scratch(), 'sopkit');
    const secrets = await Promise.all(Array.from({ length: 8 }, () => machineSecret(folder)));
    expect(secrets[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(secrets).size).toBe(1);
    expect(await machineSecret(folder)).toBe(secrets[0]);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, 'diagram-cache.key')).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['diagram-cache.key']);
  });

  it('is not taken from a link, so no cache is used', async () => {
    const folder = join(scratch(), 'sopkit');
    mkdirSync(folder);
    const elsewhere = join(scratch(), 'key');
    writeFileSync(elsewhere, `${'a'.repeat(64)}\n`);
    symlinkSync(elsewhere, join(folder, 'diagram-cache.key'));
    expect(await machineSecret(folder)).toBeUndefined();
    expect(await openDiagramCache(scratch(), folder)).toBeUndefined();
    expect(lstatSync(join(folder, 'diagram-cache.key')).isSymbolicLink()).toBe(true);
  });

  it('lives under $XDG_CACHE_HOME/sopkit, else ~/.cache/sopkit', () => {
    expect(secretFolder({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/sopkit');
    expect(secretFolder({ XDG_CACHE_HOME: 'relative' })).toMatch(/\/\.cache\/sopkit$/);
    expect(secretFolder({})).toMatch(/\/\.cache\/sopkit$/);
  });
});

describe('the cache', () => {
  it('reads back what it wrote, and never a file named by the plain key', async () => {
    const dir = scratch();
    const cache = (await openDiagramCache(dir, join(scratch(), 'sopkit')))!;
    writeFileSync(join(dir, 'key1.svg'), '<svg><script>alert(1)</script></svg>');
    expect(await cache.read('key1', ['svg'])).toEqual({});
    await cache.write('key1', { svg: new TextEncoder().encode('<svg>ours</svg>') });
    const files = readdirSync(dir).filter((name) => name !== 'key1.svg');
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.svg$/);
    expect(new TextDecoder().decode((await cache.read('key1', ['svg', 'png'])).svg)).toBe('<svg>ours</svg>');
  });

  it('does not know the entries made with another user’s secret', async () => {
    const dir = scratch();
    const mine = (await openDiagramCache(dir, join(scratch(), 'sopkit')))!;
    const theirs = (await openDiagramCache(dir, join(scratch(), 'sopkit')))!;
    await theirs.write('key2', { svg: new TextEncoder().encode('<svg>theirs</svg>') });
    expect(await mine.read('key2', ['svg'])).toEqual({});
  });
});
