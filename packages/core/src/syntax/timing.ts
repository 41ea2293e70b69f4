// Timing expressions (`每隔 30秒`, `5分钟后`, `3小时内`, `提前 1~2分钟`, `超过15分钟`, `every 30 s`, `daily`) → ISO 8601 durations.
import { asciiDigits } from './digits.js';

export type TimingKind = 'every' | 'after' | 'within' | 'before' | 'lessThan' | 'moreThan' | 'duration' | 'by' | 'afterCount';

export interface Timing {
  readonly kind: TimingKind;
  /** ISO 8601 duration, e.g. `PT30S` (`P0D` for "the same day"). */
  readonly duration: string;
  /** Upper bound of a range (`1~2分钟`), ISO 8601. */
  readonly durationMax?: string;
  /** A clock time for `by` (`当天17点前` → `17:00`). */
  readonly time?: string;
  /** A count for `afterCount` (`连续3次后` → 3). */
  readonly count?: number;
  /** The days of `duration` (and `durationMax`) are working days (`3个工作日内`, `within 3 business days`). */
  readonly workingDays?: true;
}

/** `WD`: working days, written as days in ISO 8601 and marked `workingDays`. */
type Unit = 'S' | 'M' | 'H' | 'D' | 'WD' | 'W' | 'MO';

/** The words of each unit, as regular-expression sources. */
const unitWords: readonly [readonly string[], Unit][] = [
  [['秒钟', '秒鐘', '秒', 'seconds?', 'secs?', 's'], 'S'],
  [['分钟', '分鐘', '分', 'minutes?', 'mins?'], 'M'],
  [['个小时', '個小時', '小时', '小時', '钟头', '鐘頭', 'hours?', 'hrs?', 'h'], 'H'],
  [['个工作日', '個工作日', '工作日', '(?:working|business)[ \\t\\u3000]+days?', 'workdays?'], 'WD'],
  [['天', '日', 'days?', 'd'], 'D'],
  [['个星期', '個星期', '星期', '周', '週', 'weeks?', 'wks?', 'w'], 'W'],
  [['个月', '個月', '月', 'months?'], 'MO'],
];
const unitMatchers = unitWords.map(([words, unit]) => [new RegExp(`^(?:${words.join('|')})$`, 'i'), unit] as const);
/** Every unit word, longest first (个小时 before 小时, seconds before s). */
const unitPattern = unitWords.flatMap(([words]) => words).sort((a, b) => b.length - a.length).join('|');
const numberPattern = '\\d+(?:\\.\\d+)?|[一二两兩三四五六七八九十半]+';
const amount = `(${numberPattern})?[ \\t\\u3000]*(?:(?:[~～\\-–到至]|to)[ \\t\\u3000]*(${numberPattern})[ \\t\\u3000]*)?(${unitPattern})`;

const forms: readonly [TimingKind, RegExp][] = [
  ['every', new RegExp(`^(?:每隔|每|every)[ \\t\\u3000]*${amount}$`, 'i')],
  ['after', new RegExp(`^(?:after|in)[ \\t\\u3000]+${amount}$`, 'i')],
  ['after', new RegExp(`^${amount}[ \\t\\u3000]*(?:之后|以后|後|后|later)$`, 'i')],
  ['within', new RegExp(`^(?:在|within)?[ \\t\\u3000]*${amount}[ \\t\\u3000]*(?:之内|以内|內|内)$`, 'i')],
  ['within', new RegExp(`^within[ \\t\\u3000]+${amount}$`, 'i')],
  ['within', new RegExp(`^(?:不超过|不超過|最多|至多|no more than|at most|up to)[ \\t\\u3000]*${amount}$`, 'i')],
  ['before', new RegExp(`^(?:提前)[ \\t\\u3000]*${amount}$`, 'i')],
  ['before', new RegExp(`^${amount}[ \\t\\u3000]*(?:之前|以前|前|before|early|in advance)$`, 'i')],
  ['lessThan', new RegExp(`^(?:小于|少于|不到|不足|less than|under)[ \\t\\u3000]*${amount}$`, 'i')],
  ['moreThan', new RegExp(`^(?:超过|超過|大于|大於|多于|多於|more than|over)[ \\t\\u3000]*${amount}$`, 'i')],
  ['duration', new RegExp(`^${amount}$`, 'i')],
];

const adverbs: Record<string, [TimingKind, number, Unit]> = {
  daily: ['every', 1, 'D'], 每天: ['every', 1, 'D'], 每日: ['every', 1, 'D'],
  hourly: ['every', 1, 'H'], 每小时: ['every', 1, 'H'], 每小時: ['every', 1, 'H'],
  weekly: ['every', 1, 'W'], 每周: ['every', 1, 'W'], 每週: ['every', 1, 'W'],
  monthly: ['every', 1, 'MO'], 每月: ['every', 1, 'MO'], 每个月: ['every', 1, 'MO'], 每個月: ['every', 1, 'MO'],
};

const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads `12`, `1.5`, `三`, `十五`, `二十`, `半`. */
function readNumber(text: string): number | undefined {
  // Note: a number no SOP means (beyond a billion) is not understood rather than silently rounded (1e20 days).
  if (/^\d/.test(text)) return Number(text) <= 1e9 ? Number(text) : undefined;
  if (text === '半') return 0.5;
  if (text.endsWith('半')) {
    const whole = readNumber(text.slice(0, -1));
    return whole === undefined ? undefined : whole + 0.5;
  }
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? digits[text] : undefined;
  const tens = ten === 0 ? 1 : digits[text.slice(0, ten)];
  const rest = text.slice(ten + 1);
  const ones = rest ? digits[rest] : 0;
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

function unitOf(word: string): Unit | undefined {
  return unitMatchers.find(([pattern]) => pattern.test(word))?.[1];
}

// Note: no smaller unit for working days: half a working day is not 12 hours, so it stays P0.5D (ISO 8601 allows a fraction).
const smaller: Partial<Record<Unit, [Unit, number]>> = { MO: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['M', 60], M: ['S', 60] };

/** ISO 8601 for an amount of a unit; fractions move to the next smaller unit (1.5 h → PT90M). */
export function isoDuration(value: number, unit: Unit): string {
  let amountValue = value;
  let u = unit;
  while (!Number.isInteger(amountValue) && smaller[u]) {
    const [next, factor] = smaller[u]!;
    amountValue *= factor;
    u = next;
  }
  const n = Number.isInteger(amountValue) ? String(amountValue) : amountValue.toFixed(3).replace(/0+$/, '');
  switch (u) {
    case 'S': return `PT${n}S`;
    case 'M': return `PT${n}M`;
    case 'H': return `PT${n}H`;
    case 'D': case 'WD': return `P${n}D`;
    case 'W': return `P${n}W`;
    case 'MO': return `P${n}M`;
  }
}

const clock = /^(?:(当天|當天|当日|当日内|same day)\s*)?(?:(\d{1,2})(?::(\d{2})|[点點](?:(\d{1,2})分?|半)?)?)\s*(?:前|之前|以前)$|^(?:by|before)\s+(\d{1,2}):(\d{2})$/i;
const count = /^(?:连续|連續)?\s*(\d+|[一二两兩三四五六七八九十]+)\s*次\s*(?:后|後|之后|之後|以后|以後)$|^after\s+(\d+)\s+times?$/i;

/** Parses a timing expression; undefined when it is not understood. */
export function parseTiming(input: string): Timing | undefined {
  // Note: documents repeat the same few timings thousands of times, and every check reads them all.
  if (known.has(input)) return known.get(input);
  if (known.size >= 4096) known.clear();
  const timing = readTiming(input);
  known.set(input, timing && Object.freeze(timing));
  return known.get(input);
}

/** Timings already read, by their text (results are frozen: callers share them). */
const known = new Map<string, Timing | undefined>();

function readTiming(input: string): Timing | undefined {
  // Note: runs of spaces become one, so that the patterns' optional spaces cannot be matched in many ways (quadratic).
  const text = asciiDigits(input).trim().replace(/[。．.;；,，]$/, '').trim().replace(/\s+/g, ' ');
  if (/^(?:当天|當天|当日|當日|same day)$/i.test(text)) return { kind: 'by', duration: 'P0D' };
  const at = clock.exec(text);
  if (at && (at[2] || at[5])) {
    const hour = Number(at[2] ?? at[5]);
    const minute = at[3] ?? at[6] ?? at[4] ?? (/半/.test(text) ? '30' : '00');
    if (hour <= 24 && Number(minute) < 60) return { kind: 'by', duration: 'P0D', time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
  }
  const times = count.exec(text);
  if (times) {
    const n = times[1] ? readNumber(times[1]) : Number(times[2]);
    if (n !== undefined && n > 0) return { kind: 'afterCount', duration: 'P0D', count: n };
  }
  const adverb = adverbs[text.toLowerCase()];
  if (adverb) return { kind: adverb[0], duration: isoDuration(adverb[1], adverb[2]) };
  for (const [kind, pattern] of forms) {
    const match = pattern.exec(text);
    if (!match) continue;
    const unit = unitOf(match[3]!);
    if (!unit) continue;
    const first = match[1] === undefined ? (kind === 'every' ? 1 : undefined) : readNumber(match[1]);
    if (first === undefined || !(first > 0)) continue;
    const second = match[2] === undefined ? undefined : readNumber(match[2]);
    if (match[2] !== undefined && (second === undefined || second <= first)) continue;
    return {
      kind, duration: isoDuration(first, unit), ...(second !== undefined && { durationMax: isoDuration(second, unit) }), ...(unit === 'WD' && { workingDays: true as const }),
    };
  }
  return undefined;
}

/** The units of an ISO 8601 duration, largest first. */
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** Seconds per unit; months count 30 days and years 365, so that durations in different units compare. */
export const unitSeconds: Readonly<Record<DurationUnit, number>> = {
  second: 1, minute: 60, hour: 3600, day: 86_400, week: 7 * 86_400, month: 30 * 86_400, year: 365 * 86_400,
};

const isoPattern = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const unitOrder: readonly DurationUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** The parts of an ISO 8601 duration as written (`PT1H30M` → 1 hour, 30 minutes; `P0D` → 0 days); undefined when it is not one. */
export function durationParts(iso: string): { unit: DurationUnit; amount: number }[] | undefined {
  const match = isoPattern.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return undefined;
  return unitOrder.flatMap((unit, index) => (match[index + 1] === undefined ? [] : [{ unit, amount: Number(match[index + 1]) }]));
}
