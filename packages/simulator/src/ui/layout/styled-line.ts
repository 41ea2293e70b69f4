// A screen line with one style, and wrapping of a paragraph into such lines with a hanging indent.
import { displayWidth, wrapText } from '../wrap-text.js';

/** Colours the drill screen uses. */
export type LineColor = 'cyan' | 'green' | 'red' | 'yellow' | 'magenta' | 'blue' | 'gray';

/** One terminal line of a screen body, already wrapped to the screen width. */
export interface StyledLine {
  readonly text: string;
  readonly color?: LineColor;
  readonly bold?: boolean;
  readonly dim?: boolean;
  /** A line the screen keeps in view when the body does not fit (the option or entry under the cursor). */
  readonly focus?: boolean;
}

/** Style of a paragraph's lines. */
export type LineStyle = Omit<StyledLine, 'text'>;

/** Wraps a paragraph to `width`; the first line starts with `first`, later lines are indented to line up after it (or with `rest`). */
export function paragraph(text: string, width: number, style: LineStyle = {}, first = '', rest = ' '.repeat(displayWidth(first))): StyledLine[] {
  const room = Math.max(8, width - Math.max(displayWidth(first), displayWidth(rest)));
  return wrapText(text, room).map((line, i) => ({ ...style, text: `${i === 0 ? first : rest}${line}` }));
}

/** An empty line. */
export const blank: StyledLine = { text: '' };
