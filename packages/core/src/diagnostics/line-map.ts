// Offsets to 1-based line/column, from a table of line starts computed once per text (as the TypeScript scanner does).
import type { Span } from '../ast/nodes.js';
import type { Point, Range } from './types.js';

export class LineMap {
  #lineStarts: number[] | undefined;
  /** The 0-based line of the last point asked for. */
  #last = 0;

  constructor(readonly text: string) {}

  /** Built on first use: a clean document checked on every keystroke never needs it. */
  get #starts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    let index = this.text.indexOf('\n');
    while (index !== -1) {
      starts.push(index + 1);
      index = this.text.indexOf('\n', index + 1);
    }
    this.#lineStarts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  /** The point of a 0-based offset (clamped into the text). */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.#starts;
    // Note: callers mostly ask in source order (the compiler walks the tree); the line of the last answer or the next one
    // is checked before searching.
    for (let line = this.#last; line <= this.#last + 1 && line < starts.length; line++) {
      if (starts[line]! <= clamped && (line + 1 === starts.length || starts[line + 1]! > clamped)) {
        this.#last = line;
        return { line: line + 1, column: clamped - starts[line]! + 1, offset: clamped };
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    this.#last = low;
    return { line: low + 1, column: clamped - starts[low]! + 1, offset: clamped };
  }

  range(span: Span): Range {
    return { start: this.point(span.start), end: this.point(span.end) };
  }

  /** The offset of a 1-based line and column. */
  offsetAt(line: number, column: number): number {
    const start = this.#starts[Math.max(0, Math.min(line - 1, this.#starts.length - 1))]!;
    return Math.min(start + column - 1, this.text.length);
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.#starts[line - 1] ?? this.text.length;
    const next = this.#starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
