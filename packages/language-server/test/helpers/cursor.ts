// Inline test sources with `<|>` cursor markers: the text without them and each marker's LSP position.
import type { Position } from 'vscode-languageserver-protocol';

export interface Marked {
  readonly text: string;
  readonly cursors: readonly Position[];
}

/** Removes every `<|>` from `source` and returns where each one was (0-based line and UTF-16 character). */
export function markers(source: string): Marked {
  const cursors: Position[] = [];
  let text = '';
  let rest = source;
  for (;;) {
    const at = rest.indexOf('<|>');
    if (at === -1) break;
    text += rest.slice(0, at);
    rest = rest.slice(at + 3);
    const lines = text.split('\n');
    cursors.push({ line: lines.length - 1, character: lines[lines.length - 1]!.length });
  }
  return { text: text + rest, cursors };
}

/** The text a range covers. */
export function textIn(text: string, range: { start: Position; end: Position }): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
