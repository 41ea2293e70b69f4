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

/** A text edit that fixes a diagnostic (the editor's quick fix). */
export interface Fix {
  readonly title: string;
  readonly range: Range;
  readonly newText: string;
  /**
   * The one confident answer, safe to apply with a single keystroke (an editor's preferred fix, "fix all" on save): it
   * restores what was plainly meant (a colon, a space, a closing bracket, the keyword in the document's language, deleting
   * invisible characters), or it is a "did you mean" one edit from a word of three or more characters with no other
   * candidate as close. A weaker guess is still offered, not preferred.
   */
  readonly preferred: boolean;
}

export interface Diagnostic {
  readonly code: `SOP${number}`;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related?: readonly { readonly message: string; readonly range: Range }[];
  readonly fix?: Fix;
}
