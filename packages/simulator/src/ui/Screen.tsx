// The fixed 80×24-style frame: header, a body window that scrolls or is cut with `…`, and the help line at the bottom.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { HelpLine } from './HelpLine.js';
import type { StyledLine } from './layout/styled-line.js';
import { Lines } from './Lines.js';

/** Header lines, blank line and help line around the body. */
const chrome = 4;

/** How many body lines fit on a screen of `rows` rows. */
export function bodyRows(rows: number): number {
  return Math.max(3, rows - chrome);
}

export interface ScreenProps {
  readonly header: ReactNode;
  readonly body: readonly StyledLine[];
  /** Lines above the body that stay while it scrolls (e.g. the step heading in learn mode). */
  readonly pinned?: readonly StyledLine[];
  /** First body line shown (for scrolling views). */
  readonly scroll?: number;
  readonly help: string;
  readonly rows: number;
  readonly columns: number;
}

/** One full screen. */
export function Screen({ header, body, pinned = [], scroll = 0, help, rows, columns }: ScreenProps) {
  const room = bodyRows(rows) - pinned.length;
  const start = Math.max(0, Math.min(scroll, body.length - room));
  const more = body.length - start > room;
  const shown = body.slice(start, start + (more ? room - 1 : room));
  return (
    <Box flexDirection="column" height={rows} width={columns}>
      {header}
      <Text> </Text>
      <Box flexDirection="column" flexGrow={1}>
        <Lines lines={[...pinned, ...shown]} />
        {more && <Text dimColor>…</Text>}
      </Box>
      <HelpLine text={help} width={columns} />
    </Box>
  );
}
