// The two header lines: process, mode and trainee; then progress, score and the exam timer.
import { Box, Text } from 'ink';
import { ProgressBar } from './ProgressBar.js';
import { truncate } from './wrap-text.js';

export interface HeaderProps {
  readonly title: string;
  readonly width: number;
  /** Progress through the questions; absent in learn mode. */
  readonly progress?: { readonly done: number; readonly total: number };
  /** Score text, e.g. `得分 3/4`. */
  readonly score?: string;
  /** Timer text, e.g. `剩余 09:12`; `urgent` colours it red. */
  readonly timer?: { readonly text: string; readonly urgent: boolean };
}

/** Header of the drill screen. */
export function Header({ title, width, progress, score, timer }: HeaderProps) {
  return (
    <Box flexDirection="column">
      <Text bold color="cyan" wrap="truncate-end">{truncate(title, width)}</Text>
      <Text>
        {progress && <ProgressBar done={progress.done} total={progress.total} width={20} />}
        {score !== undefined && <Text color="yellow">{`   ${score}`}</Text>}
        {timer && <Text color={timer.urgent ? 'red' : 'magenta'} bold={timer.urgent}>{`   ${timer.text}`}</Text>}
      </Text>
    </Box>
  );
}
