// ISO 8601 durations as the compiled JSON writes them (`PT30S`, `P3D`, `P3M`): their parts, their length in seconds, and the units they use.

/** Duration units, smallest first. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Seconds per unit; months count 30 days and years 365, as the compiler compares them. */
export const unitSeconds: Readonly<Record<DurationUnit, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

/** One amount of one unit, e.g. `{ amount: 30, unit: 'second' }`. */
export interface DurationPart {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const pattern = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const order: readonly DurationUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** The non-zero parts of an ISO 8601 duration, largest unit first (empty for `P0D`); null when it is not one. */
export function durationParts(iso: string): DurationPart[] | null {
  const match = pattern.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return null;
  const parts: DurationPart[] = [];
  order.forEach((unit, i) => {
    const text = match[i + 1];
    if (text !== undefined && Number(text) !== 0) parts.push({ amount: Number(text), unit });
  });
  return parts;
}

/** Length of an ISO 8601 duration in seconds; NaN when it is not one. */
export function durationSeconds(iso: string): number {
  const parts = durationParts(iso);
  return parts === null ? Number.NaN : parts.reduce((sum, p) => sum + p.amount * unitSeconds[p.unit], 0);
}

/** The smallest unit a duration uses (`P3M` → month, `PT48H` → hour), or null for `P0D` and non-durations. */
export function smallestUnit(iso: string): DurationUnit | null {
  const parts = durationParts(iso);
  return parts && parts.length > 0 ? parts[parts.length - 1]!.unit : null;
}
