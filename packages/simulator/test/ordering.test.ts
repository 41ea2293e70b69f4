// Ordering questions: remedy sub-items (step 8) and the steps of a phase, scrambled and graded by text.
import { describe, expect, it } from 'vitest';
import { answer, buildItemBank, buildQuestion, createDrill, grade, maxOrderEntries, next, seedRng } from '../src/index.js';
import { compileProcess } from '@sopkit/core';
import { homeServiceVisit } from './helpers.js';

describe('ordering questions', () => {
  const bank = buildItemBank([homeServiceVisit()]);

  it('scramble the step 8 remedy items and accept only the SOP order', () => {
    const item = bank.items.get('home-service-visit/s8/p2/r1#order')!;
    for (let seed = 0; seed < 20; seed++) {
      const [question] = buildQuestion(item, bank, seedRng(seed));
      if (question.type !== 'order') throw new Error('expected an order question');
      expect([...question.entries].sort()).toEqual([...question.sopText].sort());
      expect(question.entries).not.toEqual(question.sopText);
      expect(question.answer.map((i) => question.entries[i])).toEqual(question.sopText);
      expect(question.sopText[0]).toBe('每隔30秒钟重复1次');
      expect(grade(question, question.answer).correct).toBe(true);
      expect(grade(question, question.entries.map((_, i) => i)).correct).toBe(false);
    }
  });

  it('ask the steps of a phase by title, without their numbers', () => {
    const item = bank.items.get('home-service-visit/ph3#order')!;
    const [question] = buildQuestion(item, bank, seedRng(4));
    if (question.type !== 'order') throw new Error('expected an order question');
    expect([...question.entries].sort()).toEqual(['进门', '进门前的准备工作', '敲门', '穿鞋套', '放好工具包'].sort());
    expect(question.entries.some((e) => /\d/.test(e))).toBe(false);
    expect(question.sopText[0]).toBe('工步 7 进门前的准备工作');
  });

  it('are not asked about a phase whose steps have no order (顺序: 不分先后), nor about one inheriting that from its process', () => {
    const source = (header: string, phase: string) => [
      '流程: 制度', '  编号: policy', header, '阶段: 基本规定', phase,
      ...[1, 2, 3, 4].flatMap((n) => [`工步 ${n}: 第${n}条`, `  工作标准: 条文${n}`]), '',
    ].join('\n');
    const phaseOrders = (text: string) => {
      const compiled = compileProcess(text);
      if (!compiled.process) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
      return [...buildItemBank([compiled.process]).items.values()].filter((item) => item.kind === 'phase-order').length;
    };
    expect(phaseOrders(source('', ''))).toBe(1);
    expect(phaseOrders(source('', '  顺序: 不分先后'))).toBe(0);
    expect(phaseOrders(source('  顺序: 不分先后', ''))).toBe(0);
    expect(phaseOrders(source('  顺序: 不分先后', '  顺序: 按顺序'))).toBe(1);
  });

  it('leave out a step that only marks a gap of the source (step 13, 缺失)', () => {
    const item = bank.items.get('home-service-visit/ph4#order')!;
    const [question] = buildQuestion(item, bank, seedRng(2));
    if (question.type !== 'order') throw new Error('expected an order question');
    expect([...question.entries].sort()).toEqual(['了解故障情况', '故障诊断', '故障维修', '试机', '指导使用', '产品清擦及现场清理', '超保收费'].sort());
    expect(question.sopText[1]).toBe('工步 14 故障诊断');
  });

  it('ask at most nine entries of a long phase, as a window in order', () => {
    for (const item of bank.items.values()) {
      if (item.kind !== 'phase-order') continue;
      const [question] = buildQuestion(item, bank, seedRng(1));
      expect(question.type === 'order' && question.entries.length).toBeLessThanOrEqual(maxOrderEntries);
    }
  });

  it('run an order session to the end with right answers', () => {
    let state = createDrill(bank, { mode: 'order', seed: 12 });
    let asked = 0;
    for (let step = next(state); step.question; step = next(state)) {
      if (step.question.type !== 'order') throw new Error('expected an order question');
      const result = answer(step.state, step.question.answer);
      expect(result.answered.correct).toBe(true);
      state = result.state;
      asked++;
    }
    expect(asked).toBe(state.queue.length);
    expect(asked).toBeGreaterThanOrEqual(5);
  });
});
