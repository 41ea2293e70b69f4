// Appending one list to another without spreading it into arguments (a spread of ~100,000 items overflows the stack).

/** Pushes every item of `items` onto `into`. */
export function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
