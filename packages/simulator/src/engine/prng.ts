// A small seeded pseudo-random generator (mulberry32) whose whole state is one 32-bit number, so drill states stay plain data.

/** The generator's state: an unsigned 32-bit integer. */
export type RngState = number;

/** Turns any integer seed into a generator state. */
export function seedRng(seed: number): RngState {
  return Math.trunc(seed) >>> 0;
}

/** Draws a float in [0, 1) and returns it with the next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** Draws an integer in [0, bound). */
export function nextInt(state: RngState, bound: number): [number, RngState] {
  const [f, next] = nextFloat(state);
  return [Math.floor(f * bound), next];
}

/** A seeded Fisher–Yates shuffle; returns a new array and the next state. */
export function shuffle<T>(items: readonly T[], state: RngState): [T[], RngState] {
  const out = [...items];
  let rng = state;
  for (let i = out.length - 1; i > 0; i--) {
    let j: number;
    [j, rng] = nextInt(rng, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return [out, rng];
}
