// Compiled timings in plain words, as the checklists and the drill say them, in zh-CN, zh-TW and en.
import { describe, expect, it } from 'vitest';
import { amountWords, durationWords, parseTiming, timingWords, type Language, type TimingValue } from '../src/index.js';

describe('timingWords', () => {
  const cases: [TimingValue, Language, string][] = [
    [{ kind: 'every', duration: 'PT30S' }, 'zh-CN', '每隔 30 秒'],
    [{ kind: 'every', duration: 'PT30S' }, 'en', 'every 30 seconds'],
    [{ kind: 'every', duration: 'P1D' }, 'zh-CN', '每天'],
    [{ kind: 'every', duration: 'P1D' }, 'en', 'daily'],
    [{ kind: 'every', duration: 'P1M' }, 'zh-CN', '每月'],
    [{ kind: 'every', duration: 'P1Y' }, 'en', 'yearly'],
    [{ kind: 'every', duration: 'P2D' }, 'zh-CN', '每隔 2 天'],
    [{ kind: 'every', duration: 'P2W' }, 'en', 'every 2 weeks'],
    [{ kind: 'after', duration: 'PT5M' }, 'zh-CN', '5 分钟后'],
    [{ kind: 'after', duration: 'PT5M' }, 'zh-TW', '5 分鐘後'],
    [{ kind: 'after', duration: 'PT3H' }, 'en', 'after 3 hours'],
    [{ kind: 'within', duration: 'PT48H' }, 'zh-CN', '48 小时内'],
    [{ kind: 'within', duration: 'PT48H' }, 'zh-TW', '48 小時內'],
    [{ kind: 'within', duration: 'P1W' }, 'zh-CN', '1 周内'],
    [{ kind: 'within', duration: 'P3M' }, 'zh-CN', '3 个月内'],
    [{ kind: 'within', duration: 'PT1H' }, 'en', 'within 1 hour'],
    [{ kind: 'before', duration: 'PT1M', durationMax: 'PT2M' }, 'zh-CN', '提前 1～2 分钟'],
    [{ kind: 'before', duration: 'PT1M', durationMax: 'PT2M' }, 'en', '1–2 minutes in advance'],
    [{ kind: 'before', duration: 'PT30M', durationMax: 'PT1H' }, 'zh-CN', '提前 30 分钟 至 1 小时'],
    [{ kind: 'lessThan', duration: 'PT15M' }, 'zh-CN', '不到 15 分钟'],
    [{ kind: 'lessThan', duration: 'PT15M' }, 'en', 'less than 15 minutes'],
    [{ kind: 'moreThan', duration: 'P3D' }, 'zh-CN', '超过 3 天'],
    [{ kind: 'moreThan', duration: 'PT15M' }, 'en', 'more than 15 minutes'],
    [{ kind: 'duration', duration: 'PT1H30M' }, 'zh-CN', '1 小时 30 分钟'],
    [{ kind: 'duration', duration: 'PT1S' }, 'en', '1 second'],
    [{ kind: 'by', duration: 'P0D', time: '17:00' }, 'zh-CN', '当天 17:00 前'],
    [{ kind: 'by', duration: 'P0D', time: '17:00' }, 'en', 'by 17:00 the same day'],
    [{ kind: 'by', duration: 'P0D' }, 'zh-CN', '当天'],
    [{ kind: 'by', duration: 'P1D', time: '12:00' }, 'zh-CN', '次日 12:00 前'],
    [{ kind: 'afterCount', duration: 'P0D', count: 3 }, 'zh-CN', '连续 3 次后'],
    [{ kind: 'afterCount', duration: 'P0D', count: 3 }, 'en', 'after 3 times'],
    [{ kind: 'afterCount', duration: 'P0D', count: 1 }, 'en', 'after 1 time'],
    [{ kind: 'within', duration: 'P3D', workingDays: true }, 'zh-CN', '3 个工作日内'],
    [{ kind: 'within', duration: 'P3D', workingDays: true }, 'zh-TW', '3 個工作日內'],
    [{ kind: 'within', duration: 'P1D', workingDays: true }, 'en', 'within 1 working day'],
    [{ kind: 'within', duration: 'P3D', durationMax: 'P5D', workingDays: true }, 'en', 'within 3–5 working days'],
    [{ kind: 'every', duration: 'P1D', workingDays: true }, 'zh-CN', '每隔 1 个工作日'],
  ];
  it.each(cases)('%j in %s is %s', (timing, language, words) => {
    expect(timingWords(timing, language)).toBe(words);
  });

  it('says what the compiler reads back as the same timing (working days stay working days)', () => {
    for (const written of ['3个工作日内', '5分钟后', '每隔 30秒', '提前 1~2分钟', '超过15分钟', '当天17点前', '连续3次后']) {
      const timing = parseTiming(written)!;
      expect(parseTiming(timingWords(timing, 'zh-CN').replace(/ /g, '')), written).toEqual(timing);
    }
  });

  it('falls back to the words as written for a kind it does not know', () => {
    expect(timingWords({ kind: 'someday' as never, duration: 'PT1H', text: '有空时' } as TimingValue, 'zh-CN')).toBe('有空时');
  });
});

describe('durationWords and amountWords', () => {
  it('reads combined and fractional durations, and leaves other text alone', () => {
    expect(durationWords('PT1H30M', 'zh-CN')).toBe('1 小时 30 分钟');
    expect(durationWords('PT1H30M', 'en')).toBe('1 hour 30 minutes');
    expect(durationWords('P1.5D', 'en')).toBe('1.5 days');
    expect(durationWords('P0.5D', 'zh-CN', true)).toBe('0.5 个工作日');
    expect(durationWords('P0D', 'zh-CN')).toBe('0 天');
    expect(durationWords('P1DT0H', 'en')).toBe('1 day');
    expect(durationWords('soon', 'en')).toBe('soon');
    expect(durationWords('P', 'en')).toBe('P');
  });

  it('says one amount of a unit', () => {
    expect(amountWords(20, 'day', 'zh-CN')).toBe('20 天');
    expect(amountWords(1, 'minute', 'en')).toBe('1 minute');
    expect(amountWords(3, 'month', 'zh-TW')).toBe('3 個月');
  });
});
