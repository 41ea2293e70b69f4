// Timings and amounts in plain words in the document's language: `PT30S` every → 「每隔 30 秒」, `PT48H` within → 「48 小时内」, by 17:00 → 「当天 17:00 前」.
import type { Language, TimingJson, TimingKind } from '@sopkit/core';
import { durationParts, type DurationPart, type DurationUnit } from './iso-duration.js';

/** The parts of a timing that carry its value (the compiled JSON's `TimingJson` without the source text). */
export type TimingValue = Pick<TimingJson, 'kind' | 'duration'> & Partial<Pick<TimingJson, 'durationMax' | 'time' | 'count'>>;

const chineseUnits: Readonly<Record<'zh-CN' | 'zh-TW', Record<DurationUnit, string>>> = {
  'zh-CN': { second: '秒', minute: '分钟', hour: '小时', day: '天', week: '周', month: '个月', year: '年' },
  'zh-TW': { second: '秒', minute: '分鐘', hour: '小時', day: '天', week: '週', month: '個月', year: '年' },
};

/** `every` of exactly one of these units has its own word (每天, daily). */
const everyWords: Readonly<Record<Language, Partial<Record<DurationUnit, string>>>> = {
  'zh-CN': { hour: '每小时', day: '每天', week: '每周', month: '每月', year: '每年' },
  'zh-TW': { hour: '每小時', day: '每天', week: '每週', month: '每月', year: '每年' },
  en: { hour: 'hourly', day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' },
};

/** An amount of a unit: 「20 天」, 「3 个月」, `20 days`. */
export function renderAmount(amount: number, unit: DurationUnit, language: Language): string {
  if (language === 'en') return `${formatNumber(amount)} ${unit}${amount === 1 ? '' : 's'}`;
  return `${formatNumber(amount)} ${chineseUnits[language][unit]}`;
}

/** An ISO 8601 duration (or a range of two) in words: 「1 小时 30 分钟」, 「1～2 分钟」. */
export function renderDuration(iso: string, language: Language, isoMax?: string): string {
  const parts = durationParts(iso) ?? [];
  const max = isoMax === undefined ? null : durationParts(isoMax);
  const single = (p: readonly DurationPart[]) => p.length === 1 ? p[0]! : null;
  const low = single(parts);
  const high = max ? single(max) : null;
  if (low && high && low.unit === high.unit) {
    return renderAmount(high.amount, high.unit, language).replace(formatNumber(high.amount), `${formatNumber(low.amount)}${language === 'en' ? '–' : '～'}${formatNumber(high.amount)}`);
  }
  const words = (p: readonly DurationPart[]) => p.map((part) => renderAmount(part.amount, part.unit, language)).join(' ');
  const text = parts.length === 0 ? renderAmount(0, 'day', language) : words(parts);
  return max ? `${text}${language === 'en' ? ' to ' : '至'}${words(max)}` : text;
}

/** The words around a timing's amount, per language (`{}` stands for the amount). */
const forms: Readonly<Record<Language, Record<Exclude<TimingKind, 'every' | 'by' | 'afterCount'>, string> & { every: string; afterCount: string; sameDay: string; by: string }>> = {
  'zh-CN': { every: '每隔 {}', after: '{}后', within: '{}内', before: '提前 {}', lessThan: '不到 {}', moreThan: '超过 {}', duration: '{}', afterCount: '连续 {} 次后', sameDay: '当天', by: '{} 前' },
  'zh-TW': { every: '每隔 {}', after: '{}後', within: '{}內', before: '提前 {}', lessThan: '不到 {}', moreThan: '超過 {}', duration: '{}', afterCount: '連續 {} 次後', sameDay: '當天', by: '{} 前' },
  en: { every: 'every {}', after: 'after {}', within: 'within {}', before: '{} ahead', lessThan: 'less than {}', moreThan: 'more than {}', duration: '{}', afterCount: 'after {} times', sameDay: 'the same day', by: 'by {}' },
};

/** A timing in words, as a trainee would say it. */
export function renderTiming(timing: TimingValue, language: Language): string {
  const words = forms[language];
  const fill = (form: string, amount: string) => form.replace('{}', amount);
  const span = renderDuration(timing.duration, language, timing.durationMax);
  const parts = durationParts(timing.duration) ?? [];
  switch (timing.kind) {
    case 'every': {
      const only = parts.length === 1 && parts[0]!.amount === 1 && timing.durationMax === undefined ? everyWords[language][parts[0]!.unit] : undefined;
      return only ?? fill(words.every, span);
    }
    case 'by': {
      const day = parts.length === 0 ? words.sameDay : fill(words.within, span);
      if (timing.time === undefined) return day;
      return language === 'en' ? `${fill(words.by, timing.time)}, ${day}` : `${day} ${fill(words.by, timing.time)}`;
    }
    case 'afterCount':
      return fill(words.afterCount, String(timing.count ?? 1));
    default:
      return fill(words[timing.kind], span);
  }
}

/** The kinds whose value is a length of time, so that one can be said in the words of another (30 秒后 → 每隔 30 秒). */
export const durationKinds: ReadonlySet<TimingKind> = new Set(['every', 'after', 'within', 'before', 'lessThan', 'moreThan', 'duration']);

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
