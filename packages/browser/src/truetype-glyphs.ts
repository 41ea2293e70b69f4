// Glyph outlines as TrueType draws them: PostScript (cubic) paths turned into quadratic contours, encoded as glyf entries.

/** One drawing command of a glyph outline, in font units (HarfBuzz's draw callbacks, as SVG path letters). */
export interface PathCommand {
  readonly type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  readonly values: readonly number[];
}

/** A point of a TrueType contour: on the curve, or the control point of a quadratic piece. */
export interface ContourPoint {
  readonly x: number;
  readonly y: number;
  readonly on: boolean;
}

/** A glyph ready for the glyf table: its encoded entry and its horizontal extent (for hmtx's left side bearings). */
export interface EncodedGlyph {
  readonly data: Uint8Array;
  readonly xMin: number;
  readonly points: number;
  readonly contours: number;
}

/** Largest distance, in font units, between a cubic piece and the quadratics standing in for it (1/1000 em in CJK fonts). */
const tolerance = 1;
/** Distance bound of the mid-point quadratic against a cubic, per unit of the cubic's third difference. */
const midpointError = Math.sqrt(3) / 36;

type Vec = readonly [number, number];

/** Quadratic pieces (control point, end point) close to the cubic p0 → p3, as many as the tolerance needs. */
export function cubicToQuadratics(p0: Vec, p1: Vec, p2: Vec, p3: Vec): [Vec, Vec][] {
  const third = Math.hypot(p3[0] - 3 * p2[0] + 3 * p1[0] - p0[0], p3[1] - 3 * p2[1] + 3 * p1[1] - p0[1]);
  const pieces = Math.max(1, Math.ceil(Math.cbrt((midpointError * third) / tolerance)));
  const at = (t: number): Vec => {
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
  };
  const slope = (t: number): Vec => {
    const u = 1 - t;
    const [a, b, c] = [3 * u * u, 6 * u * t, 3 * t * t];
    return [a * (p1[0] - p0[0]) + b * (p2[0] - p1[0]) + c * (p3[0] - p2[0]), a * (p1[1] - p0[1]) + b * (p2[1] - p1[1]) + c * (p3[1] - p2[1])];
  };
  const out: [Vec, Vec][] = [];
  for (let i = 0; i < pieces; i++) {
    const [t0, t1] = [i / pieces, (i + 1) / pieces];
    const [q0, q3, d0, d1] = [at(t0), at(t1), slope(t0), slope(t1)];
    const h = (t1 - t0) / 3;
    const q1: Vec = [q0[0] + h * d0[0], q0[1] + h * d0[1]];
    const q2: Vec = [q3[0] - h * d1[0], q3[1] - h * d1[1]];
    out.push([[(3 * (q1[0] + q2[0]) - q0[0] - q3[0]) / 4, (3 * (q1[1] + q2[1]) - q0[1] - q3[1]) / 4], q3]);
  }
  return out;
}

/**
 * The closed contours of a path, in whole font units, each turned clockwise-for-outer as TrueType draws them (PostScript
 * outlines run the other way); a closing point repeating the first is dropped.
 */
export function toContours(commands: readonly PathCommand[]): ContourPoint[][] {
  const contours: ContourPoint[][] = [];
  let current: ContourPoint[] = [];
  let pen: Vec = [0, 0];
  const add = (p: Vec, on: boolean) => current.push({ x: Math.round(p[0]), y: Math.round(p[1]), on });
  const close = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (current.length > 1 && first && last && last.on && last.x === first.x && last.y === first.y) current.pop();
    if (current.length > 0) contours.push([current[0]!, ...current.slice(1).reverse()]);
    current = [];
  };
  for (const { type, values: v } of commands) {
    if (type === 'M') {
      close();
      pen = [v[0]!, v[1]!];
      add(pen, true);
    } else if (type === 'L') {
      pen = [v[0]!, v[1]!];
      add(pen, true);
    } else if (type === 'Q') {
      add([v[0]!, v[1]!], false);
      pen = [v[2]!, v[3]!];
      add(pen, true);
    } else if (type === 'C') {
      for (const [control, end] of cubicToQuadratics(pen, [v[0]!, v[1]!], [v[2]!, v[3]!], [v[4]!, v[5]!])) {
        add(control, false);
        add(end, true);
      }
      pen = [v[4]!, v[5]!];
    } else {
      close();
    }
  }
  close();
  return contours;
}

const onCurve = 0x01;
const xShort = 0x02;
const yShort = 0x04;
const xSameOrPositive = 0x10;
const ySameOrPositive = 0x20;

/** A simple glyph's glyf entry (no instructions), padded to 4 bytes; an empty outline is an empty entry. */
export function encodeGlyph(contours: readonly ContourPoint[][]): EncodedGlyph {
  const points = contours.flat();
  if (points.length === 0) return { data: new Uint8Array(0), xMin: 0, points: 0, contours: 0 };
  let [xMin, yMin, xMax, yMax] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    [xMin, xMax, yMin, yMax] = [Math.min(xMin, x), Math.max(xMax, x), Math.min(yMin, y), Math.max(yMax, y)];
  }
  // Each point takes one flag byte and at most two bytes per coordinate.
  const flags = new Uint8Array(points.length);
  const xs = axisWriter(points.length, xShort, xSameOrPositive);
  const ys = axisWriter(points.length, yShort, ySameOrPositive);
  let [px, py] = [0, 0];
  points.forEach((p, i) => {
    flags[i] = (p.on ? onCurve : 0) | xs.put(p.x - px) | ys.put(p.y - py);
    [px, py] = [p.x, p.y];
  });
  const [xBytes, yBytes] = [xs.written(), ys.written()];
  const headerLength = 10 + 2 * contours.length + 2;
  const length = headerLength + flags.length + xBytes.length + yBytes.length;
  const data = new Uint8Array((length + 3) & ~3);
  const view = new DataView(data.buffer);
  [contours.length, xMin, yMin, xMax, yMax].forEach((value, i) => view.setInt16(2 * i, value));
  let end = -1;
  contours.forEach((contour, i) => view.setUint16(10 + 2 * i, (end += contour.length)));
  data.set(flags, headerLength);
  data.set(xBytes, headerLength + flags.length);
  data.set(yBytes, headerLength + flags.length + xBytes.length);
  return { data, xMin, points: points.length, contours: contours.length };
}

/**
 * One axis of the glyf point coordinates: each delta is written as nothing (0), one unsigned byte with its sign in the
 * flag (short), or a signed 16-bit word; `put` answers the delta's flag bits.
 */
function axisWriter(count: number, short: number, sameOrPositive: number): { put(delta: number): number; written(): Uint8Array } {
  const bytes = new Uint8Array(2 * count);
  let length = 0;
  return {
    put(delta) {
      if (delta === 0) return sameOrPositive;
      if (Math.abs(delta) < 256) {
        bytes[length++] = Math.abs(delta);
        return short | (delta > 0 ? sameOrPositive : 0);
      }
      bytes[length++] = (delta >> 8) & 0xff;
      bytes[length++] = delta & 0xff;
      return 0;
    },
    written: () => bytes.subarray(0, length),
  };
}
