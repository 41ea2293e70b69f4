// The one Diagnostic type that flows from lexer to CLI to language server.

export type Severity = 'error' | 'warning' | 'info';

/** A position: line and column 1-based, column and offset in UTF-16 code units, offset 0-based. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface Range {
  readonly start: Point;
  readonly end: Point;
}

/** A text edit that fixes a diagnostic (used for "did you mean" quick fixes). */
export interface Fix {
  readonly title: string;
  readonly range: Range;
  readonly newText: string;
}

export interface Diagnostic {
  readonly code: `SOP${number}`;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related?: readonly { readonly message: string; readonly range: Range }[];
  readonly fix?: Fix;
}
