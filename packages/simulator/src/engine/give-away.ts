// Whether a question's right option gives itself away by its form, so that a trainee could pick it without knowing the SOP:
// far longer or far shorter than every wrong option, or the only option that says words of the situation.
import { displayWidth } from '@sopkit/core';
import { bigrams, sharedCount } from './text-overlap.js';

/** An option as the give-away test compares it: how wide it is on screen and its bigrams (see `bigrams`). */
export interface OptionForm {
  readonly width: number;
  readonly tokens: ReadonlySet<string>;
}

/** The form of a text. */
export function formOf(text: string): OptionForm {
  return { width: displayWidth(text), tokens: bigrams(text) };
}

/**
 * How the right option stands out among the wrong ones (0: it does not): at least twice as wide as every one, or at most half
 * as wide as every one (「向客户表示歉意,仅凭电话所叙述的故障现象进行判断…」 among three one-line remedies); and the only one that
 * shares words with the situation the question shows (「现场未带发票」: only 「与客户约定再送发票或寄发票」 says 发票).
 */
export function giveAways(right: OptionForm, situation: ReadonlySet<string>, wrong: readonly OptionForm[]): number {
  if (wrong.length === 0) return 0;
  const byWidth = wrong.every((w) => 2 * w.width <= right.width) || wrong.every((w) => w.width >= 2 * right.width);
  const byWords = sharedCount(right.tokens, situation) > 0 && wrong.every((w) => sharedCount(w.tokens, situation) === 0);
  return Number(byWidth) + Number(byWords);
}
