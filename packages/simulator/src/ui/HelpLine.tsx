// The key help at the bottom of every screen.
import { Text } from 'ink';
import { truncate } from './wrap-text.js';

export interface HelpLineProps {
  readonly text: string;
  readonly width: number;
}

/** One dim line of key help. */
export function HelpLine({ text, width }: HelpLineProps) {
  return <Text dimColor>{truncate(text, width)}</Text>;
}
