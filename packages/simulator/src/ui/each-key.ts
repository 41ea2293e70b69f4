// Splits typed text that arrives in one chunk (fast typing, a slow link, a paste) into single key presses.
import type { Key } from 'ink';

/** The parts of Ink's key info the screens use. */
export type KeyPress = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'backspace' | 'delete'>;

const none: KeyPress = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false, home: false, end: false, return: false, backspace: false, delete: false };

/** Calls `handle` once per key: special keys as Ink reports them, plain text one character at a time (`\r` as Enter). */
export function eachKey(input: string, key: KeyPress, handle: (input: string, key: KeyPress) => void): void {
  if (input.length <= 1) return handle(input, key);
  for (const character of input) handle(character, character === '\r' ? { ...none, return: true } : none);
}
