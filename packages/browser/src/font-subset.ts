// Small fonts holding only a document's characters, cut from the installed Noto Sans CJK SC with HarfBuzz's subsetter
// (WebAssembly) and given TrueType outlines, so a printed PDF embeds kilobytes of real (CID) font instead of Chromium
// drawing every glyph of the CFF-based collection as a Type 3 picture.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type * as HarfBuzzJs from 'harfbuzzjs';
import { toTrueType, type GlyphOutline } from './truetype-font.js';
import type { PathCommand } from './truetype-glyphs.js';

/** The family the printed pages ask for first, which the subsets stand in for. */
export const subsetFamily = 'Noto Sans CJK SC';

/** The weights printed: text, and bold titles and labels (a 700 that falls back to 400 would be synthesised bold). */
const weights = [{ weight: 400, style: 'Regular' }, { weight: 700, style: 'Bold' }] as const;

/** One weight of the family, cut down to some characters. */
export interface FontSubset {
  readonly weight: number;
  /** A TrueType font file. */
  readonly data: Uint8Array;
}

/** Cuts every weight of the family down to the characters of some text (plus printable ASCII). */
export type FontSubsetter = (text: string) => FontSubset[];

/** The C functions of harfbuzz-subset.wasm used here (pointers are offsets into its memory). */
interface HarfBuzzSubset {
  readonly memory: WebAssembly.Memory;
  malloc(size: number): number;
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
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HarfBuzz keeps the blob's bytes where they are (they stay allocated for the subsetter's lifetime). */
const memoryModeReadonly = 1;
/** HB_SUBSET_FLAGS_NO_HINTING: CFF hints mean nothing to the TrueType outlines made from them. */
const noHinting = 0x1;

/** Printable ASCII, always kept: the PDF's Latin text and punctuation cost almost nothing. */
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/**
 * A subsetter for the installed Noto Sans CJK SC, each weight read once (reuse it for every document), or undefined when
 * fontconfig does not find that family in both weights or harfbuzzjs is not installed (pages then print with the
 * installed fonts as they are).
 */
export async function loadFontSubsetter(): Promise<FontSubsetter | undefined> {
  const files = await Promise.all(weights.map(({ style }) => findFont(`${subsetFamily}:style=${style}`)));
  const wasmPath = resolveHarfBuzz('harfbuzzjs/dist/harfbuzz-subset.wasm');
  const mainPath = resolveHarfBuzz('harfbuzzjs');
  if (files.some((file) => !file) || !wasmPath || !mainPath) return undefined;
  // Note: the subsetter keeps CFF outlines; HarfBuzz's main build (its JavaScript API) draws them for the TrueType copy.
  const [wasm, draw] = await Promise.all([readFile(wasmPath), import(pathToFileURL(mainPath).href) as Promise<typeof HarfBuzzJs>]);
  const hb = (await WebAssembly.instantiate(wasm)).instance.exports as unknown as HarfBuzzSubset;
  const faces = await Promise.all(weights.map(async ({ weight }, i) => {
    const { path, index } = files[i]!;
    const bytes = await readFile(path);
    const pointer = hb.malloc(bytes.byteLength);
    new Uint8Array(hb.memory.buffer, pointer, bytes.byteLength).set(bytes);
    const blob = hb.hb_blob_create(pointer, bytes.byteLength, memoryModeReadonly, 0, 0);
    const face = hb.hb_face_create(blob, index);
    hb.hb_blob_destroy(blob);
    // Note: measured here, a face prepared with hb_subset_preprocess cuts no faster for a document's few hundred characters
    // and takes a quarter of a second to prepare.
    return { weight, face };
  }));
  const codepoints = (text: string) => [...new Set([...ascii, ...[...text].map((c) => c.codePointAt(0)!)])];
  return (text) => faces.map(({ weight, face }) => {
    const cut = subset(hb, face, codepoints(text));
    return { weight, data: toTrueType(cut, outlines(draw, cut)) };
  });
}

/** The CSS `@font-face` rules that make the subsets stand in for the family, each font a data: URI (no file, no script). */
export function fontFaceRules(fonts: readonly FontSubset[]): string {
  return fonts.map(({ weight, data }) =>
    `@font-face{font-family:"${subsetFamily}";font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,${Buffer.from(data).toString('base64')}) format("truetype")}`,
  ).join('\n');
}

/** Draws the glyphs of a font file with HarfBuzz (font units, y up). */
function outlines(draw: typeof HarfBuzzJs, font: Uint8Array): GlyphOutline {
  const drawn = new draw.Font(new draw.Face(new draw.Blob(font), 0));
  return (glyph) => drawn.glyphToJson(glyph) as PathCommand[];
}

/**
 * A file of harfbuzzjs, found from here or else from this package's folder: a bundle of this code (the CLI) lives in
 * a package that may not depend on harfbuzzjs itself.
 */
function resolveHarfBuzz(request: string): string | undefined {
  const here = createRequire(import.meta.url);
  try {
    return here.resolve(request);
  } catch {
    try {
      return createRequire(here.resolve('@sopkit/browser')).resolve(request);
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
function subset(hb: HarfBuzzSubset, face: number, codepoints: readonly number[]): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('HarfBuzz could not start a font subset');
  try {
    hb.hb_subset_input_set_flags(input, noHinting);
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
