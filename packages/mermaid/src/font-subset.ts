// Small fonts holding only a diagram's characters, cut from the installed Noto Sans CJK SC with HarfBuzz's subsetter
// (WebAssembly), so a printed PDF carries kilobytes of font instead of Chromium copying the whole 20 MB collection.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

/** The family the diagrams ask for first (see mermaid-config.ts), which the subsets stand in for. */
export const subsetFamily = 'Noto Sans CJK SC';

/** The weights drawn in a diagram: labels, and their bold titles (`<b>`). */
const weights = [{ weight: 400, style: 'Regular' }, { weight: 700, style: 'Bold' }] as const;

/** One weight of the family, cut down to some characters. */
export interface FontSubset {
  readonly weight: number;
  /** An OpenType font file. */
  readonly data: Uint8Array;
}

/** Cuts every weight of the family down to the characters of some text (plus printable ASCII). */
export type FontSubsetter = (text: string) => FontSubset[];

/** The characters an SVG shows: its text without tags, styles and character references' syntax. */
export function svgText(svg: string): string {
  return svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(x[\da-f]+|\d+);/gi, (_, code: string) => String.fromCodePoint(Number(code[0] === 'x' || code[0] === 'X' ? `0${code}` : code)));
}

/** The C functions of harfbuzz-subset.wasm used here (pointers are offsets into its memory). */
interface HarfBuzz {
  readonly memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HarfBuzz keeps the blob's bytes where they are (they stay allocated for the subsetter's lifetime). */
const memoryModeReadonly = 1;

/** Printable ASCII, always kept: the PDF's Latin text and punctuation cost almost nothing. */
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/**
 * A subsetter for the installed Noto Sans CJK SC, each weight read once (reuse it for every diagram), or
 * undefined when fontconfig does not find that family in both weights or harfbuzzjs is not installed (the PDF then uses
 * the installed fonts as they are).
 */
export async function loadFontSubsetter(): Promise<FontSubsetter | undefined> {
  const files = await Promise.all(weights.map(({ style }) => findFont(`${subsetFamily}:style=${style}`)));
  const wasmPath = findSubsetterWasm();
  if (files.some((file) => !file) || !wasmPath) return undefined;
  const wasm = await readFile(wasmPath);
  const hb = (await WebAssembly.instantiate(wasm)).instance.exports as unknown as HarfBuzz;
  const faces = await Promise.all(weights.map(async ({ weight }, i) => {
    const { path, index } = files[i]!;
    const bytes = await readFile(path);
    const pointer = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer, pointer, bytes.byteLength).set(bytes);
    const blob = hb.hb_blob_create(pointer, bytes.byteLength, memoryModeReadonly, 0, 0);
    const face = hb.hb_face_create(blob, index);
    hb.hb_blob_destroy(blob);
    // Note: measured here, a face prepared with hb_subset_preprocess cuts no faster for a diagram's few hundred characters
    // and takes a quarter of a second to prepare.
    return { weight, face };
  }));
  const codepoints = (text: string) => [...new Set([...ascii, ...[...text].map((c) => c.codePointAt(0)!)])];
  return (text) => faces.map(({ weight, face }) => ({ weight, data: subset(hb, face, codepoints(text)) }));
}

/**
 * HarfBuzz's subsetter, found from here or else from this package's folder: a bundle of this code (the CLI) lives in
 * a package that may not depend on harfbuzzjs itself.
 */
function findSubsetterWasm(): string | undefined {
  const wasm = 'harfbuzzjs/dist/harfbuzz-subset.wasm';
  const here = createRequire(import.meta.url);
  try {
    return here.resolve(wasm);
  } catch {
    try {
      return createRequire(here.resolve('@sopkit/mermaid')).resolve(wasm);
    } catch {
      return undefined;
    }
  }
}

/** The font file and face index fontconfig picks for a pattern, if it is the family asked for. */
async function findFont(pattern: string): Promise<{ path: string; index: number } | undefined> {
  try {
    const { stdout } = await promisify(execFile)('fc-match', ['-f', '%{family[0]}\n%{index}\n%{file}', pattern]);
    const [family, index, path] = stdout.split('\n');
    return family === subsetFamily && path ? { path, index: Number(index) } : undefined;
  } catch {
    return undefined;
  }
}

/** The face cut down to the given code points, as an OpenType file. */
function subset(hb: HarfBuzz, face: number, codepoints: readonly number[]): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('HarfBuzz could not start a font subset');
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const codepoint of codepoints) hb.hb_set_add(unicodes, codepoint);
    const result = hb.hb_subset_or_fail(face, input);
    if (!result) throw new Error('HarfBuzz could not cut the font subset');
    const blob = hb.hb_face_reference_blob(result);
    const data = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), hb.hb_blob_get_length(blob)).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(result);
    return data;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}
