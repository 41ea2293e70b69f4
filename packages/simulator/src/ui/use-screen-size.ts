// The terminal size (following resizes), or a fixed size for tests.
import { useWindowSize } from 'ink';

/** A screen size in columns and rows. */
export interface ScreenSize {
  readonly columns: number;
  readonly rows: number;
}

/** The size to lay out for: `fixed` if given, else the terminal's. */
export function useScreenSize(fixed?: ScreenSize): ScreenSize {
  const size = useWindowSize();
  return fixed ?? { columns: size.columns, rows: size.rows };
}
