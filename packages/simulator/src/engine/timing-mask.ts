// Blanks a timing out of the SOP text that would give it away: 「每隔30秒钟重复1次」 asked for `every PT30S` → 「＿＿重复1次」.
import { parseTiming, type TimingValue } from '@sopkit/core';
import { durationParts, durationSeconds } from './iso-duration.js';

/** What replaces a blanked-out timing. */
export const blankMark = '＿＿';

const numberWord = '\\d+(?:\\.\\d+)?|[一二两兩三四五六七八九十半]+';
const unitWord = '个小时|個小時|个工作日|個工作日|工作日|个星期|個星期|个月|個月|秒钟|秒鐘|分钟|分鐘|小时|小時|钟头|鐘頭|星期|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times?|秒|分|天|日|周|週|月|次';
const before = '每隔|每|提前|超过|超過|超|大于|大於|多于|多於|小于|小於|少于|少於|不足|不到|连续|連續|every|within|after|more than|less than|over|under';
const after = '之后|以后|之後|以後|后|後|之内|以内|之內|以內|内|內|之前|以前|前|later|before|ahead';
const sameDay = '当天|當天|当日|當日|same day';

/**
 * One alternation, tried left to right at each position: a clock time (「当天17点前」), an amount with its unit and the words
 * around it (「每隔30秒钟」, 「3个小时后」, 「1~2分钟」, 「超三天」), or a word that is a timing by itself (「每天」, 「当天」).
 */
const spanPattern = new RegExp(
  [
    `(?<clock>(?:${sameDay})?\\s*(?<hour>\\d{1,2})(?:[:：](?<minute>\\d{2})|[点點](?:(?<minute2>\\d{1,2})分?|(?<half>半))?)\\s*(?:之前|以前|前)?)`,
    `(?<amount>(?:${before})?\\s*(?<n>${numberWord})\\s*(?:(?:[~～\\-–到至]|to)\\s*(?<m>${numberWord})\\s*)?(?<unit>${unitWord})(?:钟|鐘)?\\s*(?:${after})?)`,
    `(?<word>每天|每日|每周|每週|每个月|每個月|每月|每小时|每小時|${sameDay}|daily|weekly|monthly|hourly)`,
  ].join('|'),
  'giu',
);

/** The value a matched span stands for, in the terms `TimingValue` uses. */
function spanValue(groups: Record<string, string | undefined>): TimingValue | undefined {
  if (groups['clock'] !== undefined) {
    const minute = groups['minute'] ?? groups['minute2'] ?? (groups['half'] ? '30' : '00');
    return { kind: 'by', duration: 'P0D', time: `${groups['hour']!.padStart(2, '0')}:${minute.padStart(2, '0')}` };
  }
  if (groups['word'] !== undefined) return parseTiming(groups['word']);
  const unit = groups['unit']!;
  if (/^(?:次|times?)$/i.test(unit)) {
    const count = parseTiming(`连续${groups['n']!}次后`)?.count;
    return count === undefined ? undefined : { kind: 'afterCount', duration: 'P0D', count };
  }
  const range = groups['m'] === undefined ? '' : `~${groups['m']}`;
  return parseTiming(`${groups['n']!}${range}${unit}`);
}

/** Whether a duration is counted in calendar months or years (「每月」), which a number of days (「30日」, a date) never says. */
function calendar(iso: string): boolean {
  return durationParts(iso)?.some((part) => part.unit === 'month' || part.unit === 'year') === true;
}

/** Whether a span says the same value as the asked timing (the kind may differ: 「30秒后」 and 「每隔30秒」 share 30 s; 3 working days are not 3 days, 30 days not a month). */
function sameValue(span: TimingValue, asked: TimingValue): boolean {
  if (asked.kind === 'afterCount' || span.kind === 'afterCount') return asked.kind === span.kind && asked.count === span.count;
  if (asked.kind === 'by' || span.kind === 'by') {
    return asked.kind === span.kind && asked.time === span.time && durationSeconds(asked.duration) === durationSeconds(span.duration);
  }
  const max = (t: TimingValue) => (t.durationMax === undefined ? null : durationSeconds(t.durationMax));
  return durationSeconds(asked.duration) === durationSeconds(span.duration) && max(asked) === max(span) && (asked.workingDays === true) === (span.workingDays === true) && calendar(asked.duration) === calendar(span.duration);
}

/** The text with every span that says the asked timing's value replaced by `blankMark`. */
export function maskTiming(text: string, asked: TimingValue): string {
  return text.replace(spanPattern, (whole: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>;
    const value = spanValue(groups);
    if (!value || !sameValue(value, asked)) return whole;
    const lead = /^\s*/.exec(whole)![0];
    const trail = /\s*$/.exec(whole)![0];
    return `${lead}${blankMark}${trail}`;
  });
}
