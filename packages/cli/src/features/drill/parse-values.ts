// Parsers for `sop drill` option values (commander calls them; a bad value becomes a usage error naming the option).
import { InvalidArgumentError } from 'commander';

/** An integer option with a lower bound. */
export function parseInteger(name: string, min: number): (value: string) => number {
  return (value) => {
    if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError(`${name} takes a whole number.`);
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be at least ${min}.`);
    return n;
  };
}

/** A percentage from 0 to 100. */
export function parsePercent(value: string): number {
  const n = Number(value.trim().replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('--pass takes a percentage from 0 to 100, e.g. 80.');
  return n;
}

const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000 };

/** A duration such as `10m`, `90s`, `1h30m`, or plain minutes (`15`), in milliseconds. */
export function parseDuration(value: string): number {
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return check(Number(text) * units['m']!);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([hms])/g)];
  if (parts.length === 0 || parts.map((p) => p[0].replace(/\s+/g, '')).join('') !== text.replace(/\s+/g, '')) {
    throw new InvalidArgumentError('--time-limit takes a duration such as 10m, 90s or 1h30m.');
  }
  return check(parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0));
}

function check(ms: number): number {
  if (!(ms > 0)) throw new InvalidArgumentError('--time-limit must be longer than zero.');
  return ms;
}
