// Plain words for actions, branches and step selections, in both label languages (timings: core's timing-words.test.ts).
import { describe, expect, it } from 'vitest';
import { actionText, branchLabel, parseStepSelection, referenceText, stepHeading } from '../src/index.js';

describe('actions, branches and references', () => {
  it.each([
    [{ type: 'escalate', roles: ['中心', '总部技术科'] }, '上报：中心、总部技术科', 'Escalate to: 中心, 总部技术科'],
    [{ type: 'notify', roles: ['技术主管'] }, '通知：技术主管', 'Notify: 技术主管'],
    [{ type: 'goto', step: 'x/s15', number: '15' }, '转到 工步 15', 'Go to step 15'],
    [{ type: 'return', step: 'x/s15', number: '15' }, '返回 工步 15', 'Return to step 15'],
    [{ type: 'reschedule', text: '特殊情况下' }, '改约：特殊情况下', 'Reschedule: 特殊情况下'],
    [{ type: 'reschedule', text: null }, '改约', 'Reschedule'],
    [{ type: 'continue', text: null }, '继续下一工步', 'Continue with the next step'],
    [{ type: 'end', text: null }, '结束服务', 'End the visit'],
    [{ type: 'notify-sms', text: '发短信' }, 'notify-sms：发短信', 'notify-sms: 发短信'],
  ] as const)('%j', (action, zh, en) => {
    expect(actionText(action as never, 'zh-CN')).toBe(zh);
    expect(actionText(action as never, 'en')).toBe(en);
  });

  it('leaves out conditions when brief', () => {
    expect(actionText({ type: 'reschedule', text: '特殊情况下' }, 'zh-CN', true)).toBe('改约');
    expect(actionText({ type: 'escalate', roles: ['中心'] }, 'zh-CN', true)).toBe('上报：中心');
  });

  it('names branches, references and steps', () => {
    expect(branchLabel({ kind: 'when', condition: '小于15分钟' }, 'zh-CN')).toBe('当 小于15分钟');
    expect(branchLabel({ kind: 'otherwise', condition: null }, 'en')).toBe('Otherwise');
    expect(referenceText('仪容仪表规范', 'zh-CN')).toBe('详见：仪容仪表规范');
    expect(referenceText('Dress code', 'en')).toBe('See: Dress code');
    expect(stepHeading({ number: '8', title: '敲门' }, 'zh-CN')).toBe('工步 8：敲门');
    expect(stepHeading({ number: '8', title: 'Knock' }, 'en')).toBe('Step 8: Knock');
  });
});

describe('step selections', () => {
  const picks = (text: string, numbers: string[]) => {
    const selection = parseStepSelection(text);
    if (!selection.ok) throw new Error(selection.bad);
    return numbers.filter((n) => selection.includes(n));
  };
  const all = ['1', '7', '8', '9', '10', '12', '12.1', '13', '14'];

  it('reads ranges, lists and single steps', () => {
    expect(picks('8-12', all)).toEqual(['8', '9', '10', '12', '12.1']);
    expect(picks('1,7, 14', all)).toEqual(['1', '7', '14']);
    expect(picks('8～9，13', all)).toEqual(['8', '9', '13']);
    expect(picks('12.1', all)).toEqual(['12.1']);
  });

  it('rejects what is not a selection', () => {
    expect(parseStepSelection('8-x')).toEqual({ ok: false, bad: '8-x' });
    expect(parseStepSelection('12-8')).toEqual({ ok: false, bad: '12-8' });
    expect(parseStepSelection('1-2-3')).toEqual({ ok: false, bad: '1-2-3' });
  });
});
