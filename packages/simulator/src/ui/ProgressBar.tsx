// A progress bar with a count: `████░░░░ 3/10`.
import { Text } from 'ink';

export interface ProgressBarProps {
  readonly done: number;
  readonly total: number;
  /** Bar width in columns, without the count. */
  readonly width: number;
}

/** Filled cells for what is done, light cells for what is left. */
export function ProgressBar({ done, total, width }: ProgressBarProps) {
  const filled = total === 0 ? 0 : Math.round((Math.min(done, total) / total) * width);
  return (
    <Text>
      <Text color="green">{'█'.repeat(filled)}</Text>
      <Text color="gray">{'░'.repeat(width - filled)}</Text>
      <Text> {done}/{total}</Text>
    </Text>
  );
}
