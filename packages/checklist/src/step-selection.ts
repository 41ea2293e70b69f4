// `--steps 8-12` / `3,5,8-12`: which steps a checklist covers, compared by step number (`12` also covers `12.1`).

/** A parsed selection, or the part of the text that could not be read. */
export type StepSelection =
  | { readonly ok: true; readonly text: string; includes(number: string): boolean }
  | { readonly ok: false; readonly bad: string };

type Key = number[];

function key(text: string): Key | undefined {
  return /^\d+(?:\.\d+)*$/.test(text) ? text.split('.').map(Number) : undefined;
}

/** Compares a step number with a bound over the bound's length, so `12.1` counts as `12` against the bound `12`. */
function compare(number: Key, bound: Key): number {
  for (let i = 0; i < bound.length; i++) {
    const difference = (number[i] ?? 0) - bound[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Reads a selection such as `8-12`, `8`, `3,5,8-12` (also `8~12`, `8–12`, full-width commas). */
export function parseStepSelection(text: string): StepSelection {
  const ranges: [Key, Key][] = [];
  for (const raw of text.split(/[,，、]/)) {
    const part = raw.trim();
    const [from, to, ...rest] = part.split(/\s*[-~～–—]\s*/);
    const low = key(from ?? '');
    const high = to === undefined ? low : key(to);
    if (!low || !high || rest.length > 0 || compare(high, low) < 0) return { ok: false, bad: part };
    ranges.push([low, high]);
  }
  return {
    ok: true,
    text: text.trim(),
    includes(number: string) {
      const k = key(number);
      return k !== undefined && ranges.some(([low, high]) => compare(k, low) >= 0 && compare(k, high) <= 0);
    },
  };
}
