// The .sop files below the workspace folders the client named (never outside them: symbolic links are not followed), read
// lazily on the first request and kept current by watched-file events, or, for a client that cannot watch files, by
// comparing each file's modification time and size on every request.
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from '@sopkit/core';
import { symbolEntries, type WorkspaceEntry } from './symbol-entries.js';

/** Files larger than this are left out (a 5,000-step process is under 1 MB). */
const maxFileBytes = 8 * 1024 * 1024;
/** At most this many files are indexed. */
const maxFiles = 10_000;

interface FileState {
  readonly mtimeMs: number;
  readonly size: number;
  readonly entries: readonly WorkspaceEntry[];
}

/** The path a `file:` URI names, or undefined for another scheme. */
export function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The symbol entries of the .sop files on disk below the workspace roots. */
export class WorkspaceFiles {
  #roots: readonly string[] = [];
  /** The roots with symbolic links resolved: a file read must resolve to a path below one of them. */
  #realRoots: readonly string[] = [];
  readonly #files = new Map<string, FileState>();
  readonly #dirty = new Set<string>();
  #listed = false;
  #watched = false;
  #refreshing: Promise<void> | undefined;

  /** Sets the workspace folders (URIs; other schemes than `file:` are ignored) and forgets what was read. */
  setRoots(uris: readonly string[]): void {
    this.#roots = uris.map(uriPath).filter((p): p is string => p !== undefined);
    this.#files.clear();
    this.#dirty.clear();
    this.#listed = false;
  }

  /** The client sends watched-file events from now on: files are listed once and then re-read only when an event names them. */
  watch(): void {
    this.#watched = true;
  }

  /** A file (or, deleted, a folder) changed on disk; outside the roots it is ignored. */
  changed(uri: string, deleted: boolean): void {
    const path = uriPath(uri);
    if (!path || !this.#roots.some((root) => isListed(root, path))) return;
    if (!deleted) {
      if (path.endsWith('.sop')) this.#dirty.add(path);
      return;
    }
    for (const known of [...this.#files.keys()]) if (known === path || isBelow(path, known)) this.#files.delete(known);
  }

  /** The entries of every file, by path, brought up to date first. */
  async entries(): Promise<ReadonlyMap<string, readonly WorkspaceEntry[]>> {
    this.#refreshing ??= this.#refresh().finally(() => { this.#refreshing = undefined; });
    await this.#refreshing;
    return new Map([...this.#files].map(([path, state]) => [path, state.entries]));
  }

  async #refresh(): Promise<void> {
    const toRead = new Set(this.#dirty);
    this.#dirty.clear();
    if (!this.#listed) this.#realRoots = await Promise.all(this.#roots.map((root) => realpath(root).catch(() => root)));
    if (!this.#listed || !this.#watched) {
      const listed = new Set<string>();
      for (const root of this.#roots) await listSopFiles(root, listed);
      for (const path of [...this.#files.keys()]) if (!listed.has(path)) this.#files.delete(path);
      for (const path of listed) if (!this.#watched || !this.#files.has(path)) toRead.add(path);
      this.#listed = true;
    }
    for (const path of toRead) await this.#read(path);
  }

  /** Re-reads a file whose modification time or size changed (or that is new); forgets it when it is gone or too large. */
  async #read(path: string): Promise<void> {
    try {
      const info = await stat(path);
      const known = this.#files.get(path);
      const real = await realpath(path);
      if (!info.isFile() || info.size > maxFileBytes || !this.#realRoots.some((root) => isBelow(root, real))) {
        this.#files.delete(path);
        return;
      }
      if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return;
      if (!known && this.#files.size >= maxFiles) return;
      const uri = pathToFileURL(path).href;
      const { ast, lines } = parse(await readFile(path, 'utf8'), { uri });
      this.#files.set(path, { mtimeMs: info.mtimeMs, size: info.size, entries: symbolEntries(uri, ast, lines) });
    } catch {
      this.#files.delete(path);
    }
  }
}

/** Whether `path` is inside the folder `root`. */
function isBelow(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/** Whether the listing below `root` would include `path`: below it, in no hidden folder or node_modules. */
function isListed(root: string, path: string): boolean {
  return isBelow(root, path) && relative(root, path).split(sep).every((part) => !part.startsWith('.') && part !== 'node_modules');
}

/** Adds the .sop files below `dir` to `found`: no symbolic links, no hidden folders, no node_modules. */
async function listSopFiles(dir: string, found: Set<string>): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (found.size >= maxFiles) return;
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') await listSopFiles(path, found);
    else if (entry.isFile() && entry.name.endsWith('.sop')) found.add(path);
  }
}
