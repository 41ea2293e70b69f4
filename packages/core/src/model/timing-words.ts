// Compiled timings in plain words, for every output that shows them: every PT30S → 「每隔 30 秒」, within P3D in working days → 「3 个工作日内」.
import type { Language } from '../syntax/keywords.js';
import { durationParts, type DurationUnit, type TimingKind } from '../syntax/timing.js';

/** The parts of a compiled timing that carry its value (the compiled JSON's timing without its source text). */
export interface TimingValue {
  readonly kind: TimingKind;
  readonly duration: string;
  readonly durationMax?: string;
  readonly time?: string;
  readonly count?: number;
  readonly workingDays?: boolean;
}

/** What a unit is called: Chinese words, English singular and plural. `workday` is a day counted in working days. */
const unitNames: Readonly<Record<DurationUnit | 'workday', Record<Language, string> & { enPlural: string }>> = {
  year: { 'zh-CN': '年', 'zh-TW': '年', en: 'year', enPlural: 'years' },
  month: { 'zh-CN': '个月', 'zh-TW': '個月', en: 'month', enPlural: 'months' },
  week: { 'zh-CN': '周', 'zh-TW': '週', en: 'week', enPlural: 'weeks' },
  day: { 'zh-CN': '天', 'zh-TW': '天', en: 'day', enPlural: 'days' },
  workday: { 'zh-CN': '个工作日', 'zh-TW': '個工作日', en: 'working day', enPlural: 'working days' },
  hour: { 'zh-CN': '小时', 'zh-TW': '小時', en: 'hour', enPlural: 'hours' },
  minute: { 'zh-CN': '分钟', 'zh-TW': '分鐘', en: 'minute', enPlural: 'minutes' },
  second: { 'zh-CN': '秒', 'zh-TW': '秒', en: 'second', enPlural: 'seconds' },
};

/** `every` of exactly one of these units has its own word (每天, daily). */
const everyOne: Readonly<Partial<Record<DurationUnit, Record<Language, string>>>> = {
  hour: { 'zh-CN': '每小时', 'zh-TW': '每小時', en: 'hourly' },
  day: { 'zh-CN': '每天', 'zh-TW': '每天', en: 'daily' },
  week: { 'zh-CN': '每周', 'zh-TW': '每週', en: 'weekly' },
  month: { 'zh-CN': '每月', 'zh-TW': '每月', en: 'monthly' },
  year: { 'zh-CN': '每年', 'zh-TW': '每年', en: 'yearly' },
};

/** The words around a timing's span, per language (`{}` stands for the span). */
const phrases: Readonly<Record<Exclude<TimingKind, 'by' | 'afterCount'>, Record<Language, string>>> = {
  every: { 'zh-CN': '每隔 {}', 'zh-TW': '每隔 {}', en: 'every {}' },
  after: { 'zh-CN': '{}后', 'zh-TW': '{}後', en: 'after {}' },
  within: { 'zh-CN': '{}内', 'zh-TW': '{}內', en: 'within {}' },
  before: { 'zh-CN': '提前 {}', 'zh-TW': '提前 {}', en: '{} in advance' },
  lessThan: { 'zh-CN': '不到 {}', 'zh-TW': '不到 {}', en: 'less than {}' },
  moreThan: { 'zh-CN': '超过 {}', 'zh-TW': '超過 {}', en: 'more than {}' },
  duration: { 'zh-CN': '{}', 'zh-TW': '{}', en: '{}' },
};

const days: Readonly<Record<'same' | 'next', Record<Language, string>>> = {
  same: { 'zh-CN': '当天', 'zh-TW': '當天', en: 'the same day' },
  next: { 'zh-CN': '次日', 'zh-TW': '次日', en: 'the next day' },
};

const fill = (form: string, words: string) => form.replace('{}', words);

function numberWords(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** An amount of a unit: 「20 天」, 「3 个月」, `1 minute`, `20 days`. */
export function amountWords(amount: number, unit: DurationUnit | 'workday', language: Language): string {
  const name = unitNames[unit];
  if (language === 'en') return `${numberWords(amount)} ${amount === 1 ? name.en : name.enPlural}`;
  return `${numberWords(amount)} ${name[language]}`;
}

/** The parts of a duration worth saying: zero parts dropped unless all are zero (P0D → 「0 天」); days become working days if so counted. */
function spokenParts(iso: string, workingDays: boolean): { amount: number; unit: DurationUnit | 'workday' }[] | undefined {
  const parts = durationParts(iso);
  if (!parts) return undefined;
  const nonZero = parts.filter((part) => part.amount !== 0);
  const chosen = nonZero.length > 0 ? nonZero : parts.slice(-1);
  return chosen.map((part) => ({ amount: part.amount, unit: workingDays && part.unit === 'day' ? 'workday' : part.unit }));
}

/** A duration in plain words: `PT1H30M` → 「1 小时 30 分钟」 / `1 hour 30 minutes`; text that is not ISO 8601 comes back as it is. */
export function durationWords(iso: string, language: Language, workingDays = false): string {
  const parts = spokenParts(iso, workingDays);
  if (!parts) return iso;
  return parts.map((part) => amountWords(part.amount, part.unit, language)).join(' ');
}

/** A timing's length, or its range sharing one unit when both ends have the same single unit: 「1～2 分钟」, `1–2 minutes`. */
function spanWords(timing: TimingValue, language: Language): string {
  const workingDays = timing.workingDays === true;
  if (timing.durationMax === undefined) return durationWords(timing.duration, language, workingDays);
  const low = spokenParts(timing.duration, workingDays);
  const high = spokenParts(timing.durationMax, workingDays);
  if (low?.length === 1 && high?.length === 1 && low[0]!.unit === high[0]!.unit) {
    const upper = amountWords(high[0]!.amount, high[0]!.unit, language);
    return `${numberWords(low[0]!.amount)}${language === 'en' ? '–' : '～'}${upper}`;
  }
  const joiner = language === 'en' ? ' to ' : ' 至 ';
  return `${durationWords(timing.duration, language, workingDays)}${joiner}${durationWords(timing.durationMax, language, workingDays)}`;
}

/** The day of a `by` timing: P0D → 「当天」, P1D → 「次日」, otherwise 「3 天内」. */
function dayWords(timing: TimingValue, language: Language): string {
  const parts = durationParts(timing.duration);
  if (parts?.every((part) => part.amount === 0)) return days.same[language];
  if (timing.duration === 'P1D' && !timing.workingDays) return days.next[language];
  return fill(phrases.within[language], spanWords(timing, language));
}

/**
 * A compiled timing in plain words, as a trainee would say it: every PT30S → 「每隔 30 秒」; after PT5M → 「5 分钟后」;
 * by 17:00 → 「当天 17:00 前」 / `by 17:00 the same day`; afterCount 3 → 「连续 3 次后」. A kind this version does not know
 * falls back to the words as written (`text`), else the duration.
 */
export function timingWords(timing: TimingValue & { readonly text?: string }, language: Language): string {
  if (timing.kind === 'by') {
    const day = dayWords(timing, language);
    if (timing.time === undefined) return day;
    return language === 'en' ? `by ${timing.time} ${day}` : `${day} ${timing.time} 前`;
  }
  if (timing.kind === 'afterCount') {
    const count = timing.count ?? 1;
    if (language === 'en') return `after ${count} ${count === 1 ? 'time' : 'times'}`;
    return language === 'zh-TW' ? `連續 ${count} 次後` : `连续 ${count} 次后`;
  }
  const phrase = phrases[timing.kind]?.[language];
  const parts = spokenParts(timing.duration, timing.workingDays === true);
  if (!phrase || !parts) return timing.text ?? timing.duration;
  if (timing.kind === 'every' && timing.durationMax === undefined && parts.length === 1 && parts[0]!.amount === 1 && parts[0]!.unit !== 'workday') {
    const word = everyOne[parts[0]!.unit as DurationUnit]?.[language];
    if (word) return word;
  }
  return fill(phrase, spanWords(timing, language));
}
