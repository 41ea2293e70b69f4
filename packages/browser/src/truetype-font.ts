// A PostScript-flavoured OpenType font (CFF outlines) rewritten with TrueType outlines, every other table kept: Chromium's
// PDF writer embeds TrueType fonts as CID subsets, but draws CFF fonts such as Noto Sans CJK as Type 3 glyph pictures.
// Note: fonteditor-core 2.6.3 and cubic2quad 1.2.1 were measured as replacements and lost (docs/diagrams.md, "Fonts in
// printed PDFs"): the first misreads CID-keyed CFF outlines and widths, the second is 4.6× slower for a few KB less.
import { readSfnt, writeSfnt, type SfntTables } from './sfnt.js';
import { encodeGlyph, toContours, type EncodedGlyph, type PathCommand } from './truetype-glyphs.js';

/** Draws glyph `glyph` of the font being converted, as HarfBuzz's outline commands. */
export type GlyphOutline = (glyph: number) => readonly PathCommand[];

/** Tables that only describe CFF outlines, left out of the TrueType font. */
const cffOnly = new Set(['CFF ', 'CFF2', 'VORG']);

/**
 * The same font with glyf/loca outlines (quadratic, within one font unit of the cubic ones), head, maxp, hmtx and post
 * set to match; glyph numbers, cmap, metrics and layout tables are unchanged, so text lays out exactly as before.
 */
export function toTrueType(font: Uint8Array, outline: GlyphOutline): Uint8Array {
  const tables = readSfnt(font);
  const head = required(tables, 'head');
  const count = new DataView(required(tables, 'maxp').buffer, required(tables, 'maxp').byteOffset).getUint16(4);
  const glyphs = Array.from({ length: count }, (_, glyph) => encodeGlyph(toContours(outline(glyph))));
  const out: SfntTables = new Map([...tables].filter(([tag]) => !cffOnly.has(tag)));
  const { glyf, loca } = glyphTables(glyphs);
  out.set('glyf', glyf);
  out.set('loca', loca);
  out.set('head', longOffsetsHead(head));
  out.set('maxp', maxpVersion1(glyphs));
  out.set('hmtx', sideBearings(required(tables, 'hmtx'), required(tables, 'hhea'), glyphs));
  const post = tables.get('post');
  if (post) out.set('post', postVersion3(post));
  return writeSfnt(0x00010000, out);
}

function required(tables: SfntTables, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`the font has no ${tag} table`);
  return table;
}

/** glyf (the entries back to back) and loca (their 32-bit offsets, one more than there are glyphs). */
function glyphTables(glyphs: readonly EncodedGlyph[]): { glyf: Uint8Array; loca: Uint8Array } {
  const glyf = new Uint8Array(glyphs.reduce((sum, g) => sum + g.data.length, 0));
  const loca = new Uint8Array(4 * (glyphs.length + 1));
  const offsets = new DataView(loca.buffer);
  let at = 0;
  glyphs.forEach((glyph, i) => {
    offsets.setUint32(4 * i, at);
    glyf.set(glyph.data, at);
    at += glyph.data.length;
  });
  offsets.setUint32(4 * glyphs.length, at);
  return { glyf, loca };
}

/** head saying loca holds 32-bit offsets and the glyphs are TrueType outlines. */
function longOffsetsHead(head: Uint8Array): Uint8Array {
  const copy = head.slice();
  const view = new DataView(copy.buffer);
  view.setInt16(50, 1);
  view.setInt16(52, 0);
  return copy;
}

/** maxp version 1.0, which TrueType outlines need: the largest glyph's points and contours, no instructions. */
function maxpVersion1(glyphs: readonly EncodedGlyph[]): Uint8Array {
  const maxp = new Uint8Array(32);
  const view = new DataView(maxp.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, glyphs.length);
  view.setUint16(6, Math.max(0, ...glyphs.map((g) => g.points)));
  view.setUint16(8, Math.max(0, ...glyphs.map((g) => g.contours)));
  view.setUint16(14, 2);
  return maxp;
}

/** hmtx with each left side bearing equal to its glyph's new xMin (as TrueType places outlines); advances unchanged. */
function sideBearings(hmtx: Uint8Array, hhea: Uint8Array, glyphs: readonly EncodedGlyph[]): Uint8Array {
  const metrics = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength).getUint16(34);
  const copy = hmtx.slice();
  const view = new DataView(copy.buffer);
  glyphs.forEach((glyph, i) => {
    const at = i < metrics ? 4 * i + 2 : 4 * metrics + 2 * (i - metrics);
    if (at + 2 <= copy.length) view.setInt16(at, glyph.xMin);
  });
  return copy;
}

/** post version 3.0: the same metrics, no glyph names. */
function postVersion3(post: Uint8Array): Uint8Array {
  const copy = post.slice(0, 32);
  new DataView(copy.buffer).setUint32(0, 0x00030000);
  return copy;
}
