// Words of the drill's own (screen labels, summaries) in Traditional characters for zh-TW documents, the document's text inside them kept as written.
import { toTraditional } from '@sopkit/core';

const open = '\uE000';
const close = '\uE001';
const han = /\p{Script=Han}/u;
const marker = /\uE000(\d+)\uE001/gu;

/** `value` with every string that holds a Chinese character (at any depth) replaced by a marker; the originals go to `kept`. */
function hide(value: unknown, kept: string[]): unknown {
  if (typeof value === 'string') {
    if (!han.test(value)) return value;
    kept.push(value);
    return `${open}${kept.length - 1}${close}`;
  }
  if (Array.isArray(value)) return value.map((v) => hide(v, kept));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hide(v, kept)]));
  return value;
}

/** A function whose text is converted to Traditional characters, except what its arguments put into it. */
function wordsOf<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const kept: string[] = [];
    const out = f(...(args.map((a) => hide(a, kept)) as A));
    return (typeof out === 'string' ? toTraditional(out).replace(marker, (_, i: string) => kept[Number(i)]!) : out) as R;
  };
}

/**
 * The same words (a string, a function that returns one, or an object of them) in Traditional characters. Note: the document's
 * text passed to a function (a step title, a trainee's name) is kept as written, since converting text that is already
 * Traditional character by character would spell some of it wrong (公里 → 公裡, 皇后 → 皇後).
 */
export function inTraditional<T>(words: T): T {
  if (typeof words === 'string') return toTraditional(words) as T;
  if (typeof words === 'function') return wordsOf(words as (...args: unknown[]) => unknown) as T;
  if (Array.isArray(words)) return words.map((w: unknown) => inTraditional(w)) as T;
  if (words !== null && typeof words === 'object') return Object.fromEntries(Object.entries(words).map(([k, v]) => [k, inTraditional(v)])) as T;
  return words;
}

