// Decision tables, message templates, profiles, marks and missing text as the sheets receive them, from the real processes.
import { canonicalWord, compileProcess, keywordTable, languages } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { checklistContext, conditionWords, keywordLabelKinds, labelsFor, messageTemplateView, tableView } from '../src/index.js';
import { compileFile, renderBuiltin } from './helpers.js';

const policy = compileFile('processes/after-sales-policy.sop');
const closing = compileFile('processes/order-closing-rules.sop');
const dealer = compileFile('processes/dealer-appointment.sop');

describe('decision tables', () => {
  const table = tableView(policy.tables[0]!, 'zh-CN');

  it('has one column per fact and one cell per fact in every row, in words', () => {
    expect(table.columns).toEqual(['购买天数', '质量问题', '不影响再次销售']);
    const cells = Object.fromEntries(table.rows.map((row) => [row.name, row.cells.map((c) => c.text)]));
    expect(cells).toEqual({
      R1: ['≤ 7天', null, '是'],
      R2: ['≤ 15天', '是', null],
      R3: ['> 15天 且 < 30天', '是', null],
      R4: ['> 30天 且 < 3个月', '是', null],
      R5: ['> 3个月', '是', null],
    });
    expect(table.rows[2]!.tests).toEqual([{ fact: '购买天数', text: '> 15天 且 < 30天' }, { fact: '质量问题', text: '是' }]);
  });

  it("words the checker's gap and overlap with the rules' names", () => {
    expect(table.findings).toEqual([
      { kind: 'gap', text: '无规则覆盖：购买天数 = 30天、购买天数 = 3个月（当 质量问题 = 是，相关规则 R2、R3、R4、R5）' },
      { kind: 'overlap', text: '规则 R1 与 R2 可能同时适用，例如 购买天数 = 7天、不影响再次销售 = 是、质量问题 = 是' },
    ]);
    expect(tableView(policy.tables[0]!, 'en').findings[0]!.text).toBe('No rule covers 购买天数 = 30天, 购买天数 = 3个月 (if 质量问题 = 是; rules R2, R3, R4, R5)');
  });

  it('prints sets as their values and keeps comparison symbols for numbers only', () => {
    expect(conditionWords({ op: 'in', values: ['三级', '四级'] }, 'enum', 'zh-CN')).toBe('三级、四级');
    expect(conditionWords({ op: '=', values: ['冰箱'] }, 'enum', 'en')).toBe('冰箱');
    expect(conditionWords({ op: '=', values: ['30天'] }, 'number', 'zh-CN')).toBe('= 30天');
    expect(conditionWords({ op: '!=', values: ['彩电'] }, 'enum', 'zh-CN')).toBe('≠ 彩电');
    expect(conditionWords({ op: '>=', values: ['3个月'] }, 'number', 'zh-CN')).toBe('≥ 3个月');
    const tiers = tableView(closing.tables[1]!, 'zh-CN').rows.find((r) => r.name === 'M2')!;
    expect(tiers.cells.map((c) => c.text)).toEqual([null, '三级、四级', '商场退货']);
  });
});

describe('message templates', () => {
  const remark = messageTemplateView(closing.templates[1]!, 'zh-CN');

  it('splits the body at its placeholders and fills the example in the same places', () => {
    expect(remark.bodyParts.filter((p) => p.slot).map((p) => p.text)).toEqual(['{号码}', '{号码类型}', '{联系人}', '{日}', '{点}']);
    expect(remark.bodyParts.map((p) => p.text).join('')).toBe(closing.templates[1]!.body);
    expect(remark.exampleParts!.filter((p) => p.slot).map((p) => p.text)).toEqual(['13912345678', '手机', '用户本人', '26', '14']);
    expect(remark.exampleParts!.map((p) => p.text).join('')).toBe(closing.templates[1]!.example!.text);
  });

  it('words the placeholder types, choices as their options', () => {
    expect(remark.placeholders.map((p) => [p.name, p.typeText, p.example])).toEqual([
      ['号码', '电话', '13912345678'], ['号码类型', '电话 / 手机', '手机'], ['联系人', '用户本人 / 家属', '用户本人'], ['日', '日期', '26'], ['点', '时间', '14'],
    ]);
    expect(messageTemplateView(closing.templates[1]!, 'en').placeholders[0]!.typeText).toBe('phone');
  });
});

describe('sections', () => {
  it('places tables and templates in the phase they are written in, and keeps a phase made only of templates', () => {
    const context = checklistContext(closing, { template: 'training', language: 'zh-CN' });
    const place = (title: string) => context.sections.find((s) => s.title === title)!;
    expect(place('01 如何控制多次联系').tables.map((t) => t.title)).toEqual(['多次联系定义']);
    expect(place('02 封单的标准').tables.map((t) => t.title)).toEqual(['封单的标准时间']);
    expect(place('02 封单的标准').profile!.kpis.map((k) => k.name)).toEqual(['含备件工单标准时间']);
    expect(place('03 中间结果的备注').steps).toEqual([]);
    expect(place('03 中间结果的备注').templates.map((t) => t.label)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    expect(context.sections.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const rules = (closing.tables ?? []).reduce((sum, t) => sum + t.rules.length, 0);
    expect(rules).toBeGreaterThan(10);
    expect(context.totals.rules).toBe(rules);
    expect(context.totals.auditRows).toBe(context.totals.checks + rules);
  });

  it('shows a phase only with its chosen steps under --steps; tables before the first phase always', () => {
    const chosen = checklistContext(closing, { template: 'training', language: 'zh-CN', includeStep: (n) => n.startsWith('2.'), selection: '2.1-2.7' });
    expect(chosen.sections.map((s) => s.title)).toEqual(['02 封单的标准']);
    const rules = checklistContext(policy, { template: 'audit', language: 'zh-CN', includeStep: (n) => n === '17', selection: '17' });
    expect(rules.sections.map((s) => [s.phase?.title ?? null, s.tables.length, s.steps.length])).toEqual([[null, 2, 0], ['售后服务流程', 0, 1]]);
  });

  it('carries the phase profiles and the marks used', () => {
    const context = checklistContext(dealer, { template: 'training', language: 'zh-CN' });
    const first = context.sections[0]!;
    expect(first.profile!.tools).toContain('预约登记表');
    expect(first.profile!.attention.length).toBe(8);
    expect(context.profile!.values).toEqual(['便捷', '专业', '周到', '诚信', '热情']);
    expect(context.marks).toEqual(['MOT', 'CSI']);
    expect(context.sections.map((s) => s.forms.length)).toEqual([0, 0, 1]);
  });
});

describe('printed sheets', () => {
  it('shows the missing rows of the dealer manual as gaps in every template', async () => {
    const missing = dealer.steps.filter((s) => s.missing.length > 0);
    expect(missing.length).toBeGreaterThanOrEqual(5);
    for (const template of ['training', 'audit', 'card'] as const) {
      const html = await renderBuiltin(dealer, template, 'html');
      const md = await renderBuiltin(dealer, template, 'markdown');
      for (const step of missing) {
        expect(html, `${template} ${step.number}`).toContain(`<b>原文缺失</b>：${step.missing[0]}`);
        expect(md, `${template} ${step.number}`).toContain(`原文缺失${template === 'training' ? '**' : ''}：${step.missing[0]!.replace(/[[\]()]/g, (c) => (c === '[' || c === ']' ? `\\${c}` : c))}`);
      }
    }
  });

  it('prints English labels and timings with --lang en', async () => {
    const md = await renderBuiltin(policy, 'training', 'markdown', { language: 'en' });
    expect(md).toContain('**Decision table: 退换货与维修政策**');
    expect(md).toContain('| Rule | 购买天数 | 质量问题 | 不影响再次销售 | Outcome |');
    expect(md).toContain('> **The checker found**');
    expect(md).toContain('Timing: after 3 times');
  });

  it('says working days as working days, never as calendar days', async () => {
    const source = '# language: zh-CN\n流程: 退货处理\n  编号: returns\n工步 1: 受理退货\n  工作标准: 审核退货申请\n    时间: 3个工作日内\n';
    const result = compileProcess(source);
    const md = await renderBuiltin(result.process!, 'training', 'markdown');
    expect(md).toContain('时间：3 个工作日内');
    expect(await renderBuiltin(result.process!, 'audit', 'markdown', { language: 'en' })).toContain('within 3 working days');
  });
});

describe('words', () => {
  it('takes keyword names from core and copies none into its own labels', () => {
    for (const language of languages) {
      const labels = labelsFor(language) as Record<string, string>;
      for (const [name, kind] of Object.entries(keywordLabelKinds)) expect(labels[name]).toBe(canonicalWord(kind, language));
    }
    const fixed = Object.keys(labelsFor('en')).filter((name) => !(name in keywordLabelKinds));
    for (const name of fixed) {
      const copied = keywordTable.find((k) => languages.every((l) => (labelsFor(l) as Record<string, string>)[name] === k.words[l][0]));
      expect(copied?.kind, `label ${name}`).toBeUndefined();
    }
  });
});
