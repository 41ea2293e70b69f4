// Timing questions: ISO 8601 in plain words in the document's language, the timing blanked out of the text shown, the
// right timing among other timings of the processes that mean something else.
import { describe, expect, it } from 'vitest';
import { timingWords, type TimingValue } from '@sopkit/core';
import { blankMark, buildItemBank, buildQuestion, maskTiming, normalise, seedRng, valueKey, type DrillItem, type ItemBank } from '../src/index.js';
import { realProcesses, tablesProcess, timedStepsProcess } from './helpers.js';

type TimingItem = Extract<DrillItem, { kind: 'timing' }>;

function timingItems(bank: ItemBank): TimingItem[] {
  return [...bank.items.values()].filter((i): i is TimingItem => i.kind === 'timing');
}

describe('timing values', () => {
  it('counts two spellings of one length of time as one value', () => {
    expect(valueKey({ kind: 'within', duration: 'P3D' })).toBe(valueKey({ kind: 'within', duration: 'PT72H' }));
    expect(valueKey({ kind: 'within', duration: 'P3D' })).not.toBe(valueKey({ kind: 'after', duration: 'P3D' }));
  });
});

describe('blanking a timing out of the text', () => {
  const knock = '每隔30秒钟重复1次;5分钟后再不开门则电话联系';
  const parts = '当天上门需申请备件的信息,服务人员必须在当天17点前反馈到各产品信息员处';
  const cases: [string, TimingValue, string][] = [
    [knock, { kind: 'every', duration: 'PT30S' }, `${blankMark}重复1次;5分钟后再不开门则电话联系`],
    [knock, { kind: 'after', duration: 'PT5M' }, `每隔30秒钟重复1次;${blankMark}再不开门则电话联系`],
    [parts, { kind: 'by', duration: 'P0D', time: '17:00' }, `当天上门需申请备件的信息,服务人员必须在${blankMark}反馈到各产品信息员处`],
    [parts, { kind: 'by', duration: 'P0D' }, `${blankMark}上门需申请备件的信息,服务人员必须在当天17点前反馈到各产品信息员处`],
    ['每天将网点的超三天、超两天信息一并导出', { kind: 'moreThan', duration: 'P3D' }, `每天将网点的${blankMark}、超两天信息一并导出`],
    ['应在预约时间到达前的半小时前礼貌确认', { kind: 'before', duration: 'PT30M' }, `应在预约时间到达前的${blankMark}礼貌确认`],
    ['凡咨询后的客户3个小时后必须回访。', { kind: 'after', duration: 'PT3H' }, `凡咨询后的客户${blankMark}必须回访。`],
    ['定期一个月清洗一次;', { kind: 'every', duration: 'P1M' }, `定期${blankMark}清洗一次;`],
    ['每月30日发放工资', { kind: 'every', duration: 'P1M' }, `${blankMark}30日发放工资`],
    ['30天内回复', { kind: 'within', duration: 'P1M' }, '30天内回复'],
    ['必须在同客户约定的时间前1~2分钟同客户取得联系', { kind: 'before', duration: 'PT1M', durationMax: 'PT2M' }, `必须在同客户约定的时间前${blankMark}同客户取得联系`],
    ['连续通知3次而未取', { kind: 'afterCount', duration: 'P0D', count: 3 }, `连续通知${blankMark}而未取`],
    ['标准时间为48小时', { kind: 'within', duration: 'PT48H' }, `标准时间为${blankMark}`],
    ['标准时间为48小时', { kind: 'within', duration: 'PT72H' }, '标准时间为48小时'],
    ['3个工作日内回复，3天内上门', { kind: 'within', duration: 'P3D', workingDays: true }, `${blankMark}回复，3天内上门`],
    ['3个工作日内回复，3天内上门', { kind: 'within', duration: 'P3D' }, `3个工作日内回复，${blankMark}上门`],
  ];
  it.each(cases)('%s, %j', (text, timing, masked) => {
    expect(maskTiming(text, timing)).toBe(masked);
  });
});

describe('timing questions', () => {
  const processes = [...realProcesses(), tablesProcess()];
  const bank = buildItemBank(processes);

  it('ask every timing of processes/ with the right timing once and distinct wrong timings that mean something else', () => {
    const items = timingItems(bank);
    expect(items.length).toBeGreaterThanOrEqual(50);
    for (const item of items) {
      for (let seed = 0; seed < 6; seed++) {
        const [question] = buildQuestion(item, bank, seedRng(seed));
        if (question.type !== 'choice') throw new Error('expected a choice question');
        expect(question.options.filter((o) => o.correct).map((o) => o.text)).toEqual([timingWords(item.timing, item.place.language)]);
        expect(question.options.length, item.id).toBeGreaterThanOrEqual(2);
        const norms = question.options.map((o) => normalise(o.text));
        expect(norms.every((n) => n !== '')).toBe(true);
        expect(new Set(norms).size, item.id).toBe(norms.length);
        expect(question.prompt.timing?.kind).toBe(item.timing.kind);
      }
    }
    const fromProcesses = items.filter((i) => i.place.processId !== 'table-drill');
    for (const process of realProcesses()) {
      for (const step of process.steps) {
        for (const standard of step.standards) {
          standard.timings.forEach((_, i) => expect(fromProcesses.some((item) => item.id === `${standard.id}#timing-${i + 1}`), standard.id).toBe(true));
        }
      }
    }
  });

  it('do not show the answer in the text: 「每隔 30 秒」 at step 8, 「当天 17:00 前」 for waiting parts', () => {
    const knock = bank.items.get('home-service-visit/s8/p2/r1#timing-1') as TimingItem;
    const [q] = buildQuestion(knock, bank, seedRng(4));
    expect(q.prompt.situation).toBe('客户听不见,或有其他事情无法脱身或客户家无人。');
    expect(q.prompt.timing?.text).toMatch(/^＿＿重复1次;5分钟后再不开门/);
    expect(q.type === 'choice' && q.options.find((o) => o.correct)?.text).toBe('每隔 30 秒');
    expect(q.sopText.join('\n')).toContain('每隔30秒钟重复1次');

    const waiting = bank.items.get('order-closing-rules/s4.3#timing-1') as TimingItem;
    const [w] = buildQuestion(waiting, bank, seedRng(4));
    expect(w.prompt.titles?.stepTitle).toContain('服务人员必须在＿＿反馈');
    expect(w.prompt.titles?.stepTitle).not.toContain('17点');
    expect(w.place.stepTitle).toContain('服务人员必须在当天17点前反馈');
    expect(w.prompt.timing?.text).toBeNull();
    expect(w.type === 'choice' && w.options.find((o) => o.correct)?.text).toBe('当天 17:00 前');

    const repair = bank.items.get('after-sales-policy/s16#timing-1') as TimingItem;
    expect(repair.titles.stepTitle).toBe('商品维修服务必须在＿＿完成。');
  });

  it('never offer a wrong timing that is the right one said more or less precisely (a clock time on the same day, a range holding it)', () => {
    const offered = (id: string) => {
      const item = bank.items.get(id) as TimingItem;
      return new Set([...Array(40).keys()].flatMap((seed) => {
        const [q] = buildQuestion(item, bank, seedRng(seed));
        return q.type === 'choice' ? q.options.filter((o) => !o.correct).map((o) => o.text) : [];
      }));
    };
    const sameDay = offered('order-closing-rules/s4.2/p1/r1#timing-1');
    expect(sameDay).not.toContain('当天 17:00 前');
    expect(sameDay.size).toBeGreaterThanOrEqual(3);
    expect(offered('order-closing-rules/s4.3#timing-1')).not.toContain('当天');
    const ahead = offered('home-service-visit/s9/p1/r1#timing-1');
    expect(ahead).not.toContain('提前 1 分钟');
    expect(ahead).toContain('提前 5 分钟');
  });

  it('ask a closing deadline for a case of its rule, among other deadlines that are not the same length of time', () => {
    const item = bank.items.get('order-closing-rules/dt2/r1#timing-1') as TimingItem;
    for (let seed = 0; seed < 10; seed++) {
      const [q] = buildQuestion(item, bank, seedRng(seed));
      if (q.type !== 'choice') throw new Error('expected a choice question');
      const facts = Object.fromEntries(q.prompt.table!.facts.map((f) => [f.fact, f.value]));
      expect(['家用空调', '洗衣机', '洗碗机', '热水器']).toContain(facts['产品']);
      expect(facts['市场级别']).toBe('一二级');
      expect(facts['情形']).toBe('正常完成');
      expect(q.prompt.timing?.text).toBe('标准时间为＿＿');
      expect(q.options.find((o) => o.correct)?.text).toBe('48 小时内');
      expect(q.options).toHaveLength(4);
      const keys = q.options.map((o) => o.text);
      expect(keys).not.toContain('2 天内');
    }
  });
});

describe('timings on steps and work standards', () => {
  const bank = buildItemBank([timedStepsProcess(), ...realProcesses()]);
  const item = (id: string) => bank.items.get(id) as TimingItem | undefined;

  it('are asked where the SOP says them — the title, the standard, or a standard or sub-item that does, shown blanked — and not at all otherwise', () => {
    expect(item('timed-steps/s1#timing-1')?.text).toBe('日常工作：＿＿30日发放服务人员的工资');
    expect(item('timed-steps/s1#timing-1')?.sopText).toEqual(['日常工作', '日常工作：每月30日发放服务人员的工资']);
    expect(item('timed-steps/s2#timing-1')?.text).toBe('＿＿营业结束后,完成相关账务与报表的填写工作。');
    expect(item('timed-steps/s3#timing-1')).toBeUndefined();
    expect(item('timed-steps/s4/w1#timing-1')?.text).toBe('对帐：＿＿与维修人员对帐');
    expect(item('timed-steps/s4/w2#timing-1')).toBeUndefined();
    expect(item('timed-steps/s4/w3#timing-1')?.text).toBe('＿＿下班前核对工单。');
    expect(bank.timings.map((t) => t.ownerId)).toContain('timed-steps/s3');
  });

  it('never ask a bare heading: every timing question of processes/ shows a blank, a situation, the element\'s text or a case', () => {
    const real = buildItemBank(realProcesses());
    for (const timing of timingItems(real)) {
      const shown = [timing.titles.stepTitle, timing.titles.phaseTitle, timing.situation, timing.text];
      expect(shown.some((t) => t?.includes(blankMark)) || timing.situation !== null || timing.text !== null || timing.rule !== null, timing.id).toBe(true);
    }
  });
});
