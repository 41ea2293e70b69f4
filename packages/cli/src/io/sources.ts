// Finding and reading .sop sources: files, folders (every .sop below) and `-` for standard input.
import type { MessageLanguage } from '@sopkit/core/check';
import { open, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';

export interface SourceFile {
  /** The path as shown to the user (relative to the working directory), or `<stdin>`. */
  readonly path: string;
  readonly text: string;
}

/** What went wrong, in both message languages. */
export type Detail = Readonly<Record<MessageLanguage, string>>;

export class FileProblem extends Error {
  readonly detail: Detail;
  constructor(readonly code: 'SOP4001' | 'SOP4002' | 'SOP4006' | 'SOP4008' | 'SOP4009' | 'SOP4010' | 'SOP4011' | 'SOP4012', readonly path: string, detail: Detail | string) {
    const both = typeof detail === 'string' ? { 'zh-CN': detail, en: detail } : detail;
    super(both.en);
    this.detail = both;
  }
}

/**
 * Expands files and folders into .sop file paths, sorted, each file once (also when symbolic links lead to it twice),
 * with a problem for every input that is missing or holds no .sop file. A file found in a folder through a symbolic
 * link that leads outside that folder is skipped (`skipped`, SOP4008): only what the user names is read elsewhere.
 */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<{ paths: string[]; problems: FileProblem[]; skipped: FileProblem[] }> {
  const paths: string[] = [];
  const problems: FileProblem[] = [];
  const skipped: FileProblem[] = [];
  const seen = new Set<string>();
  const add = async (shown: string, absolute: string) => {
    const real = await leadsTo(absolute);
    if (seen.has(real)) return;
    seen.add(real);
    paths.push(shown);
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!seen.has('-')) paths.push('-');
      seen.add('-');
      continue;
    }
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      problems.push(new FileProblem('SOP4001', input, describeBoth(error)));
      continue;
    }
    if (info.isDirectory()) {
      const files = await glob('**/*.sop', { cwd: absolute, absolute: true, ignore: ['**/node_modules/**'] });
      if (files.length === 0) problems.push(new FileProblem('SOP4002', input, input));
      const folder = await realpath(absolute);
      for (const file of files.sort()) {
        const shown = relative(cwd, file) || file;
        const real = await leadsTo(file);
        if (isOutside(folder, real)) skipped.push(new FileProblem('SOP4008', shown, { 'zh-CN': real, en: real }));
        else await add(shown, file);
      }
    } else {
      await add(relative(cwd, absolute) || input, absolute);
    }
  }
  return { paths, problems, skipped };
}

/** Whether `path` lies outside `folder` (both real paths). */
/** Where a path leads once links are followed (the path itself when it does not exist yet). */
export async function leadsTo(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

export function isOutside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one source as UTF-8 text (`-` reads standard input). */
export async function readSource(path: string): Promise<SourceFile> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = path === '-' ? await readAtMost(process.stdin) : await readFileAtMost(path);
  } catch (error) {
    throw new FileProblem('SOP4001', path, describeBoth(error));
  }
  if (!bytes) throw new FileProblem('SOP4011', path, { 'zh-CN': `（超过 ${sourceLimitMB} MB）`, en: ` (over ${sourceLimitMB} MB)` });
  const shown = path === '-' ? '<stdin>' : path;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { path: shown, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { path: shown, text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { path: shown, text: decoder.decode(bytes) };
  } catch {
    throw new FileProblem('SOP4006', path, notUtf8(bytes));
  }
}

/** Where the first byte that is not UTF-8 is, and whether the file reads as GBK (what Windows editors save Chinese in). */
function notUtf8(bytes: Uint8Array): Detail {
  const decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const bad = decoded.indexOf('\uFFFD');
  const line = bad < 0 ? 1 : decoded.slice(0, bad).split('\n').length;
  let gbk = false;
  try {
    new TextDecoder('gbk', { fatal: true }).decode(bytes);
    gbk = true;
  } catch {
    // not GBK either
  }
  return gbk
    ? { 'zh-CN': `（第 ${line} 行起）。它看起来是 GBK 编码：请在编辑器中另存为 UTF-8。`, en: ` (from line ${line}). It looks like GBK: save it as UTF-8 in your editor.` }
    : { 'zh-CN': `（第 ${line} 行起）。请另存为 UTF-8。`, en: ` (from line ${line}). Save it as UTF-8.` };
}

/**
 * The largest source read, in MB. Compiling holds the syntax tree and the output at once, up to ~90 times the file in
 * memory for a file of one-word steps, so a larger file would exhaust Node's heap and crash instead of being reported;
 * the real SOPs are 10–60 KB, the 10,000-step benchmark file 6 MB.
 */
export const sourceLimitMB = 16;

/** A stream's bytes, or undefined once they pass the limit (a device such as /dev/zero never ends). */
async function readAtMost(stream: AsyncIterable<unknown>): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > sourceLimitMB * 2 ** 20) return undefined;
  }
  return Buffer.concat(chunks);
}

async function readFileAtMost(path: string): Promise<Uint8Array | undefined> {
  const file = await open(path);
  try {
    if ((await file.stat()).size > sourceLimitMB * 2 ** 20) return undefined;
    return await readAtMost(file.createReadStream({ autoClose: false }));
  } finally {
    await file.close();
  }
}

const errnoWords: Readonly<Record<string, Detail>> = {
  ENOENT: { 'zh-CN': '没有这个文件或文件夹', en: 'no such file or folder' },
  EACCES: { 'zh-CN': '没有权限', en: 'permission denied' },
  EISDIR: { 'zh-CN': '这是一个文件夹', en: 'is a folder' },
  ENOTDIR: { 'zh-CN': '不是文件夹', en: 'not a folder' },
  EOUTPUTISINPUT: { 'zh-CN': '这是输入文件本身，不会覆盖它', en: 'it is the input file itself; not overwriting it' },
  ENOSPC: { 'zh-CN': '磁盘已满', en: 'no space left on the disk' },
  EDQUOT: { 'zh-CN': '超出了磁盘配额', en: 'disk quota exceeded' },
  EROFS: { 'zh-CN': '只读的文件系统', en: 'read-only file system' },
  EPERM: { 'zh-CN': '不允许这样操作', en: 'operation not permitted' },
  EIO: { 'zh-CN': '读写设备出错', en: 'input/output error' },
  ELOOP: { 'zh-CN': '符号链接绕成了圈', en: 'symbolic links form a loop' },
  ENAMETOOLONG: { 'zh-CN': '文件名太长', en: 'file name too long' },
};

/** A file-system error in a few words (its errno code when it has no words here), in a message language. */
export function describe(error: unknown, language: MessageLanguage = 'en'): string {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof code === 'string') return errnoWords[code]?.[language] ?? code;
  return error instanceof Error ? error.message : String(error);
}

/** `describe` in both message languages. */
function describeBoth(error: unknown): Detail {
  return { 'zh-CN': describe(error, 'zh-CN'), en: describe(error, 'en') };
}
