// ISO 8601 durations as the compiled JSON writes them (`PT30S`, `P3D`, `P3M`): their parts, their length in seconds, and the units they use.
import { durationParts as coreDurationParts, type DurationUnit } from '@sopkit/core';

/** Length of an ISO 8601 duration in seconds; NaN when it is not one. */
export { isoSeconds as durationSeconds, unitSeconds, type DurationUnit } from '@sopkit/core';

/** One amount of one unit, e.g. `{ amount: 30, unit: 'second' }`. */
export interface DurationPart {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** The non-zero parts of an ISO 8601 duration, largest unit first (empty for `P0D`); null when it is not one. */
export function durationParts(iso: string): DurationPart[] | null {
  const parts = coreDurationParts(iso);
  return parts ? parts.filter((part) => part.amount !== 0) : null;
}

/** The smallest unit a duration uses (`P3M` → month, `PT48H` → hour), or null for `P0D` and non-durations. */
export function smallestUnit(iso: string): DurationUnit | null {
  const parts = durationParts(iso);
  return parts && parts.length > 0 ? parts[parts.length - 1]!.unit : null;
}
