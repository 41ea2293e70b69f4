// Decision-table questions: fair cases (their rule holds, no rule with another outcome can, never in a checker-reported
// gap), the rule's outcome among other outcomes of the table (or a sibling table), seeded and stable.
import { describe, expect, it } from 'vitest';
import { compileProcess, type DecisionTableJson, type ProcessJson } from '@sopkit/core';
import { buildItemBank, buildQuestion, evaluateCase, inGap, normalise, ruleCases, ruleConstraints, seedRng, type DrillItem, type ItemBank, type Question, type TableCase } from '../src/index.js';
import { caseFacts, fitOf } from '../src/engine/table-logic.js';
import { realProcesses, tablesProcess } from './helpers.js';

type TableItem = Extract<DrillItem, { kind: 'table-case' }>;

const day = 86_400;
const processes = [...realProcesses(), tablesProcess()];
const byId = (id: string) => processes.find((p) => p.id === id)!;
const tableOf = (process: ProcessJson, title: string) => process.tables.find((t) => t.title === title)!;
const ruleOf = (table: DecisionTableJson, label: string) => table.rules.find((r) => r.label === label)!;
const valueOf = (c: TableCase, fact: string) => c.facts.find((f) => f.fact === fact);

function tableItems(bank: ItemBank): TableItem[] {
  return [...bank.items.values()].filter((i): i is TableItem => i.kind === 'table-case');
}

/** The case a question shows, found among its item's cases by the facts on screen. */
function shownCase(item: TableItem, question: Question): TableCase {
  const shown = JSON.stringify(question.prompt.table!.facts);
  return item.cases.find((c) => JSON.stringify(c.facts.map((f) => ({ fact: f.fact, value: f.text }))) === shown)!;
}

/** Every wrong option of the table questions (seeds 0–7) that is the outcome of a rule of a sibling table, with the case shown. */
function* siblingOutcomesOffered(bank: ItemBank) {
  for (const item of tableItems(bank)) {
    for (let seed = 0; seed < 8; seed++) {
      const [question] = buildQuestion(item, bank, seedRng(seed));
      if (question.type !== 'choice') throw new Error('expected a choice question');
      const facts = caseFacts(shownCase(item, question));
      for (const option of question.options.filter((o) => !o.correct)) {
        for (const table of item.siblings) {
          for (const rule of table.rules.filter((r) => normalise(r.outcome) === normalise(option.text))) yield { item, option, table, rule, facts };
        }
      }
    }
  }
}

describe('decision-table cases', () => {
  it('satisfy their rule and no rule with another outcome, and never fall into a gap, for every rule of processes/', () => {
    let cases = 0;
    for (const process of processes) {
      for (const table of process.tables) {
        for (const rule of table.rules) {
          for (const c of ruleCases(table, rule, process.language)) {
            cases++;
            const verdict = evaluateCase(table, c);
            expect(verdict.matching, rule.id).toContain(rule);
            for (const other of [...verdict.matching, ...verdict.possible]) expect(normalise(other.outcome), `${rule.id} vs ${other.id}`).toBe(normalise(rule.outcome));
            expect(verdict.inGap, rule.id).toBe(false);
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(60);
  });

  it('pick purchase days strictly inside the policy’s intervals, off the uncovered day 30 and three months', () => {
    const policy = tableOf(byId('after-sales-policy'), '退换货与维修政策');
    const days = (label: string) => ruleCases(policy, ruleOf(policy, label), 'zh-CN').map((c) => valueOf(c, '购买天数')!);
    for (const value of days('R3')) {
      expect(value.text).toMatch(/^\d+ 天$/);
      expect(value.number).toBe(Number.parseInt(value.text, 10) * day);
      expect(value.number! > 15 * day && value.number! < 30 * day, value.text).toBe(true);
    }
    for (const value of days('R4')) expect(value.number! > 30 * day && value.number! < 90 * day, value.text).toBe(true);
    for (const value of days('R5')) expect(value.text).toMatch(/^([4-9]|\d\d+) 个月$/);
    for (const label of ['R1', 'R2', 'R3', 'R4', 'R5']) {
      for (const value of days(label)) expect([30 * day, 90 * day], `${label} ${value.text}`).not.toContain(value.number);
    }
    expect(days('R3').length).toBeGreaterThan(1);
  });

  it('count working days as working days: the compiled condition says so, and the cases are said in working days', () => {
    const result = compileProcess([
      '# language: zh-CN', '流程: 退款', '  编号: refunds', '决策表: 退款审批',
      '  事实: 处理时长 = 工作日', '  规则 C1: 直接退款', '    当 处理时长 <= 3个工作日', '  规则 C2: 主管审批', '    当 处理时长 > 3个工作日', '',
    ].join('\n'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const table = result.process!.tables[0]!;
    expect(table.rules[0]!.conditions[0]).toMatchObject({ duration: 'P3D', workingDays: true });
    for (const [label, inside] of [['C1', (n: number) => n <= 3 * day], ['C2', (n: number) => n > 3 * day]] as const) {
      const cases = ruleCases(table, ruleOf(table, label), 'zh-CN');
      expect(cases.length, label).toBeGreaterThan(0);
      for (const c of cases) {
        const value = valueOf(c, '处理时长')!;
        expect(value.text, label).toMatch(/^\d+ 个工作日$/);
        expect(inside(value.number!), `${label} ${value.text}`).toBe(true);
      }
    }
  });

  it('settle the facts a rule does not test when another outcome could apply (R1 and R2 overlap within 7 days)', () => {
    const policy = tableOf(byId('after-sales-policy'), '退换货与维修政策');
    const r1 = ruleCases(policy, ruleOf(policy, 'R1'), 'zh-CN');
    expect(r1.length).toBeGreaterThan(0);
    for (const c of r1) {
      expect(valueOf(c, '不影响再次销售')?.text).toBe('是');
      expect(valueOf(c, '质量问题')?.text).toBe('否');
      expect(valueOf(c, '购买天数')!.number!).toBeLessThanOrEqual(7 * day);
    }
    for (const c of ruleCases(policy, ruleOf(policy, 'R2'), 'zh-CN')) {
      if (valueOf(c, '购买天数')!.number! <= 7 * day) expect(valueOf(c, '不影响再次销售')?.text).toBe('否');
    }
  });

  it('see the checker’s gaps and overlaps the way the checker reports them', () => {
    const policy = tableOf(byId('after-sales-policy'), '退换货与维修政策');
    const facts = (...pairs: [string, string, number | null][]): TableCase => ({ facts: pairs.map(([fact, text, number]) => ({ fact, text, number })) });
    expect(inGap(policy, facts(['购买天数', '30 天', 30 * day], ['质量问题', '是', null]))).toBe(true);
    expect(inGap(policy, facts(['购买天数', '3 个月', 90 * day], ['质量问题', '是', null]))).toBe(true);
    expect(inGap(policy, facts(['购买天数', '30 天', 30 * day], ['质量问题', '否', null]))).toBe(false);
    expect(inGap(policy, facts(['购买天数', '20 天', 20 * day], ['质量问题', '是', null]))).toBe(false);
    const witness = evaluateCase(policy, facts(['购买天数', '7 天', 7 * day], ['不影响再次销售', '是', null], ['质量问题', '是', null]));
    expect(witness.matching.map((r) => r.label)).toEqual(['R1', 'R2']);

    const visits = tableOf(tablesProcess(), '上门时限');
    expect(inGap(visits, facts(['等待小时', '4 天', 4 * day], ['渠道', '线上', null]))).toBe(true);
    expect(inGap(visits, facts(['等待小时', '5 天', 5 * day], ['渠道', '门店', null]))).toBe(true);
    expect(inGap(visits, facts(['等待小时', '4 天', 4 * day], ['渠道', '代理', null]))).toBe(false);
    for (const c of ruleCases(visits, ruleOf(visits, 'A4'), 'zh-CN')) expect(valueOf(c, '等待小时')!.number!).toBeGreaterThan(5 * day);
  });

  it('are not made for a rule that always overlaps another outcome, nor for an uncertain rule', () => {
    const fixture = tablesProcess();
    const visit = tableOf(fixture, '回访');
    expect(ruleCases(visit, ruleOf(visit, 'B1'), 'zh-CN')).toEqual([]);
    expect(ruleCases(visit, ruleOf(visit, 'B3'), 'zh-CN')).toEqual([]);
    const bank = buildItemBank([fixture, byId('order-closing-rules')]);
    const ids = tableItems(bank).map((i) => i.id);
    expect(ids).toContain('table-drill/dt2/r2#case');
    expect(ids).not.toContain('table-drill/dt2/r1#case');
    expect(ids).not.toContain('table-drill/dt1/r5#case');
    for (const item of tableItems(bank)) {
      for (let seed = 0; seed < 10; seed++) {
        const [question] = buildQuestion(item, bank, seedRng(seed));
        const texts = question.type === 'choice' ? question.options.map((o) => o.text) : [];
        expect(texts).not.toContain('电话致歉');
        expect(texts).not.toContain('（原文未规定）');
      }
    }
  });
});

describe('decision-table questions', () => {
  const bank = buildItemBank(processes);

  it('offer the rule’s outcome once, among distinct non-empty outcomes that do not apply to the case', () => {
    const items = tableItems(bank);
    expect(items.length).toBeGreaterThanOrEqual(14);
    for (const item of items) {
      for (let seed = 0; seed < 8; seed++) {
        const [question] = buildQuestion(item, bank, seedRng(seed));
        if (question.type !== 'choice') throw new Error('expected a choice question');
        expect(question.itemId).toBe(`${item.rule.id}#case`);
        expect(question.options.filter((o) => o.correct).map((o) => o.text)).toEqual([item.rule.outcome]);
        const norms = question.options.map((o) => normalise(o.text));
        expect(norms.every((n) => n !== ''), item.id).toBe(true);
        expect(new Set(norms).size, item.id).toBe(norms.length);
        const verdict = evaluateCase(item.table, shownCase(item, question));
        const applying = new Set([...verdict.matching, ...verdict.possible].map((r) => normalise(r.outcome)));
        for (const option of question.options.filter((o) => !o.correct)) expect(applying.has(normalise(option.text)), `${item.id}: ${option.text}`).toBe(false);
      }
    }
  });

  it('offer a sibling table’s outcome only when the case rules its rule out by a fact the asked table has: free repair is wrong for 特价品或赠品 because the case says 质量问题：否', () => {
    let checked = 0;
    for (const { item, option, table, rule, facts } of siblingOutcomesOffered(bank)) {
      const constraints = ruleConstraints(table, rule);
      if (![...constraints.keys()].some((fact) => item.table.facts.some((f) => f.name === fact))) continue;
      checked++;
      expect(fitOf(constraints, facts), `${item.id}: ${option.text} (${rule.id})`).toBe('excluded');
    }
    expect(checked).toBeGreaterThan(20);
    const refusals = tableOf(byId('after-sales-policy'), '恕不退换');
    const siblings = [tableOf(byId('after-sales-policy'), '退换货与维修政策')];
    for (const rule of refusals.rules) {
      for (const c of ruleCases(refusals, rule, 'zh-CN', siblings)) expect(valueOf(c, '质量问题')?.text, rule.id).toBe('否');
    }
  });

  it('never offer an outcome of another table that the case leaves open, so 多次联系定义 (one outcome; the other table is about deadlines) is not asked', () => {
    for (const { item, option, table, rule, facts } of siblingOutcomesOffered(bank)) {
      expect(fitOf(ruleConstraints(table, rule), facts), `${item.id}: ${option.text} (${rule.id})`).toBe('excluded');
    }
    const closing = byId('order-closing-rules');
    const contacts = tableOf(closing, '多次联系定义');
    for (const rule of contacts.rules) {
      expect(ruleCases(contacts, rule, 'zh-CN').length, rule.id).toBeGreaterThan(0);
      expect(bank.items.has(`${rule.id}#case`), rule.id).toBe(false);
    }
  });

  it('ask with four options from the same table, or from a sibling table of the process', () => {
    const outcomes = (table: DecisionTableJson) => new Set(table.rules.map((r) => r.outcome));
    const policy = byId('after-sales-policy');
    for (const item of tableItems(bank).filter((i) => i.place.processId === 'after-sales-policy')) {
      const [question] = buildQuestion(item, bank, seedRng(3));
      expect(question.type === 'choice' && question.options.length, item.id).toBe(4);
      const wrong = question.type === 'choice' ? question.options.filter((o) => !o.correct).map((o) => o.text) : [];
      const own = outcomes(item.table);
      const sibling = outcomes(tableOf(policy, item.table.title === '恕不退换' ? '退换货与维修政策' : '恕不退换'));
      for (const text of wrong) expect(own.has(text) || sibling.has(text), `${item.id}: ${text}`).toBe(true);
    }
  });

  it('offer 恕不退换 beside the warranty outcomes, their cases ruling out every 恕不退换 rule by its own facts (特价品或赠品：否)', () => {
    const warranty = tableItems(bank).filter((i) => i.table.title === '退换货与维修政策');
    expect(warranty).toHaveLength(5);
    for (const item of warranty) {
      const offered = Array.from({ length: 8 }, (_, seed) => buildQuestion(item, bank, seedRng(seed))[0]).filter((q) => q.type === 'choice' && q.options.some((o) => !o.correct && o.text === '恕不退换'));
      expect(offered.length, item.id).toBeGreaterThan(0);
      for (const question of offered) expect(question.prompt.table?.facts, item.id).toContainEqual({ fact: '特价品或赠品', value: '否' });
    }
  });

  it('ask a rule whose outcome is its deadline (封单的标准时间) by its timing only, with the case', () => {
    const closing = [...bank.items.values()].filter((i) => i.place.processId === 'order-closing-rules');
    const rules = tableOf(byId('order-closing-rules'), '封单的标准时间').rules;
    for (const rule of rules) {
      expect(bank.items.has(`${rule.id}#case`), rule.id).toBe(false);
      const timing = closing.find((i) => i.id === `${rule.id}#timing-1`);
      expect(timing?.kind === 'timing' && timing.rule?.cases.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('offer fewer options when the process has fewer outcomes, never invented ones', () => {
    const fixture = tablesProcess();
    const alone = { ...fixture, tables: fixture.tables.filter((t) => t.title === '回访') };
    const small = buildItemBank([alone]);
    const [question] = buildQuestion(small.items.get('table-drill/dt2/r2#case')!, small, seedRng(1));
    expect(question.type === 'choice' && question.options.map((o) => o.text).sort()).toEqual(['再次上门', '结案', '结案并存档'].sort());
  });

  it('are seeded: the same seed gives the same case and options, other seeds other cases', () => {
    const item = bank.items.get('after-sales-policy/dt1/r3#case')!;
    const shown = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const [a, rngA] = buildQuestion(item, bank, seedRng(seed));
      const [b, rngB] = buildQuestion(item, bank, seedRng(seed));
      expect(a).toEqual(b);
      expect(rngA).toBe(rngB);
      shown.add(JSON.stringify(a.prompt.table));
      expect(a.prompt.table?.title).toBe('退换货与维修政策');
    }
    expect(shown.size).toBeGreaterThan(2);
  });

  it('keep their ids and hashes when the file is compiled again, and change the hash when a rule of the table changes', () => {
    const again = buildItemBank([...realProcesses(), tablesProcess()]);
    for (const item of tableItems(bank)) expect(again.items.get(item.id)?.hash, item.id).toBe(item.hash);
    const policy = byId('after-sales-policy');
    const edited: ProcessJson = { ...policy, tables: policy.tables.map((t) => ({ ...t, rules: t.rules.map((r) => (r.label === 'R5' ? { ...r, outcome: '收费维修' } : r)) })) };
    const changed = buildItemBank([edited]);
    expect(changed.items.get('after-sales-policy/dt1/r3#case')!.hash).not.toBe(bank.items.get('after-sales-policy/dt1/r3#case')!.hash);
  });
});
