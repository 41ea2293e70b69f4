// Finding and reading .sop sources: files, folders (every .sop below) and `-` for standard input.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';

export interface SourceFile {
  /** The path as shown to the user (relative to the working directory), or `<stdin>`. */
  readonly path: string;
  readonly text: string;
}

export class FileProblem extends Error {
  constructor(readonly code: 'SOP4001' | 'SOP4002' | 'SOP4006', readonly path: string, readonly detail: string) {
    super(detail);
  }
}

/** Expands files and folders into .sop file paths, sorted, without duplicates. */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      found.add('-');
      continue;
    }
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw new FileProblem('SOP4001', input, describe(error));
    }
    if (info.isDirectory()) {
      const files = await glob('**/*.sop', { cwd: absolute, absolute: true, ignore: ['**/node_modules/**'] });
      if (files.length === 0) throw new FileProblem('SOP4002', input, input);
      for (const file of files.sort()) found.add(relative(cwd, file) || file);
    } else {
      found.add(relative(cwd, absolute) || input);
    }
  }
  return [...found];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one source as UTF-8 text (`-` reads standard input). */
export async function readSource(path: string): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    throw new FileProblem('SOP4001', path, describe(error));
  }
  try {
    return { path: path === '-' ? '<stdin>' : path, text: decoder.decode(bytes) };
  } catch {
    throw new FileProblem('SOP4006', path, 'invalid UTF-8');
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    const messages: Record<string, string> = { ENOENT: 'no such file or folder', EACCES: 'permission denied', EISDIR: 'is a folder', ENOTDIR: 'not a folder' };
    return messages[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
