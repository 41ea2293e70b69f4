// Timing expressions → ISO 8601, in Chinese and English.
import { describe, expect, it } from 'vitest';
import { parseTiming } from '../src/index.js';

describe('parseTiming', () => {
  const cases: [string, ReturnType<typeof parseTiming>][] = [
    ['30秒', { kind: 'duration', duration: 'PT30S' }],
    ['每隔 30秒', { kind: 'every', duration: 'PT30S' }],
    ['5分钟后', { kind: 'after', duration: 'PT5M' }],
    ['3小时内', { kind: 'within', duration: 'PT3H' }],
    ['三小时后', { kind: 'after', duration: 'PT3H' }],
    ['3个小时后', { kind: 'after', duration: 'PT3H' }],
    ['提前 1~2分钟', { kind: 'before', duration: 'PT1M', durationMax: 'PT2M' }],
    ['超过15分钟', { kind: 'moreThan', duration: 'PT15M' }],
    ['小于15分钟', { kind: 'lessThan', duration: 'PT15M' }],
    ['半小时', { kind: 'duration', duration: 'PT30M' }],
    ['每天', { kind: 'every', duration: 'P1D' }],
    ['每个月', { kind: 'every', duration: 'P1M' }],
    ['1周内', { kind: 'within', duration: 'P1W' }],
    ['every 30 s', { kind: 'every', duration: 'PT30S' }],
    ['after 5 min', { kind: 'after', duration: 'PT5M' }],
    ['within 48 h', { kind: 'within', duration: 'PT48H' }],
    ['1-2 min before', { kind: 'before', duration: 'PT1M', durationMax: 'PT2M' }],
    ['1.5 h', { kind: 'duration', duration: 'PT90M' }],
    ['daily', { kind: 'every', duration: 'P1D' }],
    ['3个工作日内', { kind: 'within', duration: 'P3D', workingDays: true }],
    ['3~5个工作日内', { kind: 'within', duration: 'P3D', durationMax: 'P5D', workingDays: true }],
    ['半个工作日内', { kind: 'within', duration: 'P0.5D', workingDays: true }],
    ['3天内', { kind: 'within', duration: 'P3D' }],
    ['within 3 working days', { kind: 'within', duration: 'P3D', workingDays: true }],
    ['within 2 business days', { kind: 'within', duration: 'P2D', workingDays: true }],
    ['1.5 days', { kind: 'duration', duration: 'PT36H' }],
    ['３０秒后', { kind: 'after', duration: 'PT30S' }],
    ['提前 １～２分钟', { kind: 'before', duration: 'PT1M', durationMax: 'PT2M' }],
    ['当天１７点前', { kind: 'by', duration: 'P0D', time: '17:00' }],
    ['不超过3小时', { kind: 'within', duration: 'PT3H' }],
    ['最多 2天', { kind: 'within', duration: 'P2D' }],
    ['at most 15 min', { kind: 'within', duration: 'PT15M' }],
  ];
  for (const [text, expected] of cases) it(text, () => expect(parseTiming(text)).toEqual(expected));

  it('rejects what it does not understand', () => {
    for (const text of ['一会儿', '定期', '5', '分钟', '2-1 分钟', '0秒', 'soon', '99999999999999999999天']) expect(parseTiming(text), text).toBeUndefined();
  });

  it('reads any run of spaces as one, and a long run of spaces before nonsense as nonsense', () => {
    expect(parseTiming('每隔 \t\u3000  30秒')).toEqual({ kind: 'every', duration: 'PT30S' });
    expect(parseTiming('within   3    working   days')).toEqual({ kind: 'within', duration: 'P3D', workingDays: true });
    expect(parseTiming(`每隔 ${' '.repeat(50_000)}x`)).toBeUndefined();
  });
});
