// The one place where core's positions (1-based lines and columns, 0-based offsets) become LSP's 0-based positions and back.
import type { LineMap, Range as SopRange, Span } from '@sopkit/core';
import type { Position, Range } from 'vscode-languageserver';

/** An LSP range from a core range. */
export function lspRange(range: SopRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** An LSP range from a span of offsets. */
export function spanRange(lines: LineMap, span: Span): Range {
  return lspRange(lines.range(span));
}

/** The offset of an LSP position. */
export function offsetAt(lines: LineMap, position: Position): number {
  return lines.offsetAt(position.line + 1, position.character + 1);
}

/** The 0-based LSP line of an offset. */
export function lspLine(lines: LineMap, offset: number): number {
  return lines.point(offset).line - 1;
}
