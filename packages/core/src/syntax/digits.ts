// Digits as trainers type them: ASCII, or full width (０–９) from a Chinese input method left in full-width mode.

/** One digit, ASCII or full width, as a regular-expression source. */
export const digit = '[0-9\\uff10-\\uff19]';

const fullWidthDigit = /[\uff10-\uff19]/;
const fullWidthDigits = /[\uff10-\uff19]/g;

/** The text with full-width digits as ASCII ones (`工步 ８` reads as step 8); one code unit each, so offsets stay. */
export function asciiDigits(text: string): string {
  return fullWidthDigit.test(text) ? text.replace(fullWidthDigits, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}
