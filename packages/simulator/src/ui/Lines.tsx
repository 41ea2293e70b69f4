// Renders prepared screen lines, one Ink <Text> per line.
import { Text } from 'ink';
import type { StyledLine } from './layout/styled-line.js';

export interface LinesProps {
  /** Lines already wrapped to the screen width. */
  readonly lines: readonly StyledLine[];
}

/** A column of styled lines. */
export function Lines({ lines }: LinesProps) {
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end" {...(line.color && { color: line.color })} bold={line.bold ?? false} dimColor={line.dim ?? false}>
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
    </>
  );
}
