// The compiled JSON's empty lists: one frozen array shared by every empty field (a 10k-step process has about 550,000).
export const none: readonly never[] = Object.freeze([]);

/** `items.map(each)`, or the shared empty list when there are no items. */
export function mapList<T, U>(items: readonly T[], each: (item: T, index: number) => U): readonly U[] {
  return items.length === 0 ? none : items.map(each);
}

/** The list itself, or the shared empty list when it is empty. */
export function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? none : list;
}
