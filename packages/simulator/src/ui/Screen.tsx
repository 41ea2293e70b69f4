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
  /** Lines above the body that stay while it scrolls (the step heading in learn mode, a question's situation). */
  readonly pinned?: readonly StyledLine[];
  /** First body line shown (for scrolling views). */
  readonly scroll?: number;
  readonly help: string;
  readonly rows: number;
  readonly columns: number;
}

/** Lines pinned above the body, as long as they leave it at least half of the screen (otherwise they scroll with it). */
function pinnedLines(pinned: readonly StyledLine[], body: readonly StyledLine[], rows: number): { top: readonly StyledLine[]; rest: readonly StyledLine[] } {
  return pinned.length * 2 <= bodyRows(rows) ? { top: pinned, rest: body } : { top: [], rest: [...pinned, ...body] };
}

/** How many body lines can scroll out of view at the top: as far as the last ones can come up. */
export function maxScroll(body: readonly StyledLine[], pinned: readonly StyledLine[], rows: number): number {
  const { top, rest } = pinnedLines(pinned, body, rows);
  return Math.max(0, rest.length - (bodyRows(rows) - top.length));
}

/**
 * The first body line shown: `scroll`, moved as little as needed to show the lines marked `focus` (the `…` that marks
 * more lines below takes a line of its own).
 */
export function windowStart(body: readonly StyledLine[], room: number, scroll: number): number {
  let start = Math.max(0, Math.min(scroll, body.length - room));
  const first = body.findIndex((line) => line.focus);
  if (first < 0) return start;
  const last = body.length - 1 - [...body].reverse().findIndex((line) => line.focus);
  const shownUpTo = (from: number) => from + (body.length - from > room ? room - 1 : room);
  if (first < start) start = first;
  while (start < first && last >= shownUpTo(start)) start++;
  return start;
}

/** One full screen. */
export function Screen({ header, body: content, pinned: wanted = [], scroll = 0, help, rows, columns }: ScreenProps) {
  const { top: pinned, rest: body } = pinnedLines(wanted, content, rows);
  const room = bodyRows(rows) - pinned.length;
  const start = windowStart(body, room, scroll);
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
