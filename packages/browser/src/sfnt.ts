// Reading and writing the table directory of an OpenType / TrueType font file (sfnt): tables by tag, checksums, padding.

/** The tables of a font file, by four-letter tag. */
export type SfntTables = Map<string, Uint8Array>;

const tag = (bytes: Uint8Array, at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);

/** The tables of a single font file (not a collection), as views into `font`. */
export function readSfnt(font: Uint8Array): SfntTables {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables: SfntTables = new Map();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    const offset = view.getUint32(record + 8);
    tables.set(tag(font, record), font.subarray(offset, offset + view.getUint32(record + 12)));
  }
  return tables;
}

/** The OpenType checksum of some bytes: their sum as big-endian 32-bit words, the last one padded with zeros. */
function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    sum = (sum + (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

/**
 * A font file of `tables` with the given `sfntVersion` (0x00010000 for TrueType outlines): records sorted by tag, every
 * table on a 4-byte boundary, checksums and head's checkSumAdjustment computed as the specification asks.
 */
export function writeSfnt(sfntVersion: number, tables: SfntTables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const padded = (length: number) => (length + 3) & ~3;
  const directory = 12 + 16 * tags.length;
  const size = tags.reduce((total, t) => total + padded(tables.get(t)!.length), directory);
  const font = new Uint8Array(size);
  const view = new DataView(font.buffer);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, sfntVersion);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let offset = directory;
  let headAt = -1;
  tags.forEach((t, i) => {
    const data = t === 'head' ? copyWithZeroAdjustment(tables.get(t)!) : tables.get(t)!;
    const record = 12 + 16 * i;
    for (let k = 0; k < 4; k++) font[record + k] = t.charCodeAt(k);
    view.setUint32(record + 4, checksum(data));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    font.set(data, offset);
    if (t === 'head') headAt = offset;
    offset += padded(data.length);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(font)) >>> 0);
  return font;
}

/** head with its checkSumAdjustment zeroed, as the table's own checksum is taken. */
function copyWithZeroAdjustment(head: Uint8Array): Uint8Array {
  const copy = head.slice();
  new DataView(copy.buffer).setUint32(8, 0);
  return copy;
}
