// ISO 8601 durations and compiled timings in plain words: `PT30S` → "30 秒"; every PT30S → "每隔 30 秒"; by 17:00 → "当天 17:00 前".
import { durationParts, type DurationUnit, type TimingJson } from '@sopkit/core';
import type { LabelLanguage } from './labels.js';

type Unit = DurationUnit;

const unitWords: Record<Unit, { zh: string; zhTw: string; en: [string, string] }> = {
  year: { zh: '年', zhTw: '年', en: ['year', 'years'] },
  month: { zh: '个月', zhTw: '個月', en: ['month', 'months'] },
  week: { zh: '周', zhTw: '週', en: ['week', 'weeks'] },
  day: { zh: '天', zhTw: '天', en: ['day', 'days'] },
  hour: { zh: '小时', zhTw: '小時', en: ['hour', 'hours'] },
  minute: { zh: '分钟', zhTw: '分鐘', en: ['minute', 'minutes'] },
  second: { zh: '秒', zhTw: '秒', en: ['second', 'seconds'] },
};

function amountWords(amount: number, unit: Unit, language: LabelLanguage): string {
  const words = unitWords[unit];
  if (language === 'en') return `${amount} ${amount === 1 ? words.en[0] : words.en[1]}`;
  return `${amount} ${language === 'zh-TW' ? words.zhTw : words.zh}`;
}

/** A duration in plain words, e.g. `PT90M` → "90 分钟" / "90 minutes"; text that is not ISO 8601 is returned as it is. */
export function durationWords(iso: string, language: LabelLanguage): string {
  const parts = durationParts(iso);
  if (!parts) return iso;
  return parts.map((p) => amountWords(p.amount, p.unit, language)).join(' ');
}

/** A range such as 1~2 minutes, sharing the unit when both ends have the same single unit. */
function spanWords(timing: Pick<TimingJson, 'duration' | 'durationMax'>, language: LabelLanguage): string {
  if (!timing.durationMax) return durationWords(timing.duration, language);
  const low = durationParts(timing.duration);
  const high = durationParts(timing.durationMax);
  if (low?.length === 1 && high?.length === 1 && low[0]!.unit === high[0]!.unit) {
    const unit = high[0]!.unit;
    const upper = amountWords(high[0]!.amount, unit, language);
    return language === 'en' ? `${low[0]!.amount}–${upper}` : `${low[0]!.amount}~${upper}`;
  }
  const joiner = language === 'en' ? ' to ' : ' ~ ';
  return `${durationWords(timing.duration, language)}${joiner}${durationWords(timing.durationMax, language)}`;
}

const everyOne: Partial<Record<Unit, Record<LabelLanguage, string>>> = {
  day: { 'zh-CN': '每天', 'zh-TW': '每天', en: 'daily' },
  week: { 'zh-CN': '每周', 'zh-TW': '每週', en: 'weekly' },
  month: { 'zh-CN': '每月', 'zh-TW': '每月', en: 'monthly' },
  hour: { 'zh-CN': '每小时', 'zh-TW': '每小時', en: 'hourly' },
};

const phrases: Record<string, Record<LabelLanguage, (span: string) => string>> = {
  every: { 'zh-CN': (s) => `每隔 ${s}`, 'zh-TW': (s) => `每隔 ${s}`, en: (s) => `every ${s}` },
  after: { 'zh-CN': (s) => `${s}后`, 'zh-TW': (s) => `${s}後`, en: (s) => `after ${s}` },
  within: { 'zh-CN': (s) => `${s}内`, 'zh-TW': (s) => `${s}內`, en: (s) => `within ${s}` },
  before: { 'zh-CN': (s) => `提前 ${s}`, 'zh-TW': (s) => `提前 ${s}`, en: (s) => `${s} before` },
  lessThan: { 'zh-CN': (s) => `不到 ${s}`, 'zh-TW': (s) => `不到 ${s}`, en: (s) => `less than ${s}` },
  moreThan: { 'zh-CN': (s) => `超过 ${s}`, 'zh-TW': (s) => `超過 ${s}`, en: (s) => `more than ${s}` },
  duration: { 'zh-CN': (s) => s, 'zh-TW': (s) => s, en: (s) => s },
};

const sameDay: Record<LabelLanguage, string> = { 'zh-CN': '当天', 'zh-TW': '當天', en: 'the same day' };
const nextDay: Record<LabelLanguage, string> = { 'zh-CN': '次日', 'zh-TW': '次日', en: 'the next day' };

/** The day of a `by` timing: P0D → "当天", P1D → "次日", otherwise "3 天后". */
function dayWords(iso: string, language: LabelLanguage): string {
  if (/^P(?:0D|T0S)$/.test(iso)) return sameDay[language];
  if (iso === 'P1D') return nextDay[language];
  return phrases['after']![language](durationWords(iso, language));
}

/** A clock deadline: "当天 17:00 前" / "by 17:00 the same day"; without a clock time, the day alone ("当天" / "the same day"). */
function byWords(duration: string, time: string | undefined, language: LabelLanguage): string {
  const day = dayWords(duration, language);
  if (time === undefined) return day;
  if (language === 'en') return `by ${time} ${day}`;
  return `${day} ${time} 前`;
}

/** A count: "连续 3 次后" / "after 3 times". */
function countWords(count: number, language: LabelLanguage): string {
  if (language === 'en') return `after ${count} ${count === 1 ? 'time' : 'times'}`;
  return language === 'zh-TW' ? `連續 ${count} 次後` : `连续 ${count} 次后`;
}

/**
 * A compiled timing in plain words: every PT30S → "每隔 30 秒"; after PT5M → "5 分钟后"; by 17:00 → "当天 17:00 前";
 * afterCount 3 → "连续 3 次后". An unknown kind falls back to its source text.
 */
export function timingWords(timing: Pick<TimingJson, 'kind' | 'duration' | 'durationMax' | 'time' | 'count'> & { text?: string }, language: LabelLanguage): string {
  if (timing.kind === 'by') return byWords(timing.duration, timing.time, language);
  if (timing.kind === 'afterCount' && timing.count !== undefined) return countWords(timing.count, language);
  const parts = durationParts(timing.duration);
  if (timing.kind === 'every' && !timing.durationMax && parts?.length === 1 && parts[0]!.amount === 1) {
    const word = everyOne[parts[0]!.unit]?.[language];
    if (word) return word;
  }
  const phrase = phrases[timing.kind]?.[language];
  if (!phrase || !parts) return timing.text ?? timing.duration;
  return phrase(spanWords(timing, language));
}
