// Words of the drill's own (screen labels, summaries) in Traditional characters for zh-TW documents, the document's text inside them kept as written.
import { toTraditional, toTraditionalKeeping } from '@sopkit/core';

const han = /\p{Script=Han}/u;

/** `value` with every string that holds a Chinese character (at any depth) marked as the document's, to keep as written. */
function hide(value: unknown, keep: (piece: string) => string): unknown {
  if (typeof value === 'string') return han.test(value) ? keep(value) : value;
  if (Array.isArray(value)) return value.map((v) => hide(v, keep));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hide(v, keep)]));
  return value;
}

/** A function whose text is converted to Traditional characters, except what its arguments put into it. */
function wordsOf<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    let out: R | undefined;
    const text = toTraditionalKeeping((keep) => {
      out = f(...(args.map((a) => hide(a, keep)) as A));
      return typeof out === 'string' ? out : '';
    });
    return (typeof out === 'string' ? text : out) as R;
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

