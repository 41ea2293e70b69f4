// Wraps and truncates text by display width (Chinese characters take two columns), so lines align at any terminal width;
// wrapping keeps the CJK line-breaking rule (kinsoku): no line starts with a closing mark or ends with an opening one.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter();

/** Display width in terminal columns. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Marks no line may start with (closing brackets and quotes, stops, commas, colons, ellipses: the CJK line-start rule). */
const closing = /^[。．，、；：？！）」』】〕〗〙〛〉》”’…‥・·％,.;:?!)\]}%]/u;
/** Marks no line may end with (opening brackets and quotes). */
const opening = /[（「『【〔〖〘〚〈《“‘([{]\s*$/u;

/** Break units: a run of non-CJK word characters (with its trailing spaces) or a single other grapheme, closing marks joined to the unit before them and opening marks to the unit after. */
function units(text: string): string[] {
  const out: string[] = [];
  let open = '';
  for (const unit of graphemeUnits(text)) {
    const joined = open === '' && out.length > 0 && closing.test(unit) ? out.pop()! + unit : open + unit;
    open = opening.test(joined) ? joined : '';
    if (open === '') out.push(joined);
  }
  if (open !== '') out.push(open);
  return out;
}

/** Splits text into a run of non-CJK word characters (with its trailing spaces), or a single other grapheme. */
function graphemeUnits(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const { segment } of segmenter.segment(text)) {
    const wide = stringWidth(segment) > 1;
    if (!wide && !/\s/.test(segment)) {
      if (word !== '' && /\s$/.test(word)) (out.push(word), (word = ''));
      word += segment;
    } else if (!wide) {
      word += segment;
    } else {
      if (word !== '') (out.push(word), (word = ''));
      out.push(segment);
    }
  }
  if (word !== '') out.push(word);
  return out;
}

/** Cuts a unit wider than the line into grapheme pieces that fit. */
function split(unit: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of segmenter.segment(unit)) {
    if (stringWidth(piece + segment) > width && piece !== '') (pieces.push(piece), (piece = ''));
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Wraps one paragraph to `width` columns; explicit newlines start new lines. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const unit of units(paragraph)) {
      for (const piece of stringWidth(unit) > limit ? split(unit, limit) : [unit]) {
        if (line !== '' && stringWidth(line + piece.trimEnd()) > limit) {
          lines.push(line.trimEnd());
          line = piece.trimStart();
        } else {
          line += piece;
        }
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Cuts text to at most `width` columns, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (stringWidth(`${out}${segment}…`) > width) break;
    out += segment;
  }
  return `${out}…`;
}

/** Pads text with spaces to exactly `width` columns (after truncating). */
export function padEnd(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
