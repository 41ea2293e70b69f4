// Decision-table conditions: operators as symbols or words, fact names that contain operator words, English words.
import { describe, expect, it } from 'vitest';
import { compileProcess, parseCondition, parseFactSpec } from '../src/index.js';

describe('parseCondition', () => {
  it.each([
    ['购买天数 <= 7天', { fact: '购买天数', op: '<=', values: ['7天'] }],
    ['购买天数＜＝7天', { fact: '购买天数', op: '<=', values: ['7天'] }],
    ['购买天数 > 15天', { fact: '购买天数', op: '>', values: ['15天'] }],
    ['质量问题 = 是', { fact: '质量问题', op: '=', values: ['是'] }],
    ['产品 = 彩电、冰箱', { fact: '产品', op: 'in', values: ['彩电', '冰箱'] }],
    ['产品 属于 彩电、冰箱', { fact: '产品', op: 'in', values: ['彩电', '冰箱'] }],
    ['购买天数 不超过 7天', { fact: '购买天数', op: '<=', values: ['7天'] }],
    ['购买天数超过3个月', { fact: '购买天数', op: '>', values: ['3个月'] }],
    ['市场级别 不是 三级', { fact: '市场级别', op: '!=', values: ['三级'] }],
    // Symbols come before words: the words 超过 and 为 here are part of the fact's name.
    ['为顾客定制、特别加工的商品 = 是', { fact: '为顾客定制、特别加工的商品', op: '=', values: ['是'] }],
    ['购买超过3个月 = 是', { fact: '购买超过3个月', op: '=', values: ['是'] }],
    // Latin operator words only as whole words ("Visit" holds "is", "within" holds "in").
    ['Visit count = 3', { fact: 'Visit count', op: '=', values: ['3'] }],
    ['Quality problem is yes', { fact: 'Quality problem', op: '=', values: ['yes'] }],
    ['Product IN TV, fridge', { fact: 'Product', op: 'in', values: ['TV', 'fridge'] }],
  ] as const)('%s', (text, expected) => {
    expect(parseCondition(text)).toEqual(expected);
  });

  it('has no operator in these', () => {
    expect(parseCondition('Days within 7')).toBeUndefined();
    expect(parseCondition('质量问题')).toBeUndefined();
    expect(parseCondition('= 是')).toBeUndefined();
    expect(parseCondition('质量问题 =')).toBeUndefined();
  });

  it('reads a declared fact name whole, even when it holds operator symbols or words', () => {
    expect(parseCondition('温度<0℃ = 是', ['温度<0℃'])).toEqual({ fact: '温度<0℃', op: '=', values: ['是'] });
    expect(parseCondition('温度<0℃ = 是')).toEqual({ fact: '温度', op: '<', values: ['0℃ = 是'] });
    expect(parseCondition('是否超过保修期 为 是', ['是否超过保修期'])).toEqual({ fact: '是否超过保修期', op: '=', values: ['是'] });
    // The longest declared name wins; a name not followed by an operator is not this condition's fact.
    expect(parseCondition('天数 超过 7天', ['天', '天数'])).toEqual({ fact: '天数', op: '>', values: ['7天'] });
    expect(parseCondition('天数合计 > 7', ['天数'])).toEqual({ fact: '天数合计', op: '>', values: ['7'] });
  });
});

describe('parseFactSpec', () => {
  it.each([
    ['购买天数 = 天数', { name: '购买天数', kind: 'number', values: [], unit: '天数' }],
    ['质量问题 = 是/否', { name: '质量问题', kind: 'boolean', values: ['是', '否'], unit: undefined }],
    ['市场级别：一二级、三级', { name: '市场级别', kind: 'enum', values: ['一二级', '三级'], unit: undefined }],
    // Names may hold operators: the declaration splits at its last plain `=`.
    ['单价!=0 = 是/否', { name: '单价!=0', kind: 'boolean', values: ['是', '否'], unit: undefined }],
    ['风力>=5级 = 是/否', { name: '风力>=5级', kind: 'boolean', values: ['是', '否'], unit: undefined }],
    ['a==b ＝ 是/否', { name: 'a==b', kind: 'boolean', values: ['是', '否'], unit: undefined }],
  ] as const)('%s', (text, expected) => {
    expect(parseFactSpec(text)).toEqual(expected);
  });

  it('rejects declarations without a name or values', () => {
    for (const text of ['= 是/否', '质量问题 =', '质量问题', '单价!=0']) expect(parseFactSpec(text), text).toBeUndefined();
  });
});

describe('decision tables with such fact names', () => {
  it('compiles them without diagnostics', () => {
    const source = [
      '流程: 测试', '  编号: test', '工步 1: a', '  工作标准: x',
      '决策表: 能否上门维修', '  事实: 气温<0℃ = 是/否', '  事实: 是否超过保修期 = 是/否', '  事实: 风力>=5级 = 是/否',
      '  规则 R1: 上门维修', '    当 气温<0℃ = 否', '    当 是否超过保修期 = 否',
      '  规则 R2: 改约', '    当 气温<0℃ = 是', '    当 风力>=5级 = 是',
      '  规则 R3: 收费维修', '    当 气温<0℃ = 否', '    当 是否超过保修期 为 是', '',
    ].join('\n');
    const result = compileProcess(source);
    expect(result.diagnostics).toEqual([]);
    const rules = result.process!.tables[0]!.rules;
    expect(rules.map((r) => r.conditions.map((c) => [c.fact, c.op, c.values.join()]))).toEqual([
      [['气温<0℃', '=', '否'], ['是否超过保修期', '=', '否']],
      [['气温<0℃', '=', '是'], ['风力>=5级', '=', '是']],
      [['气温<0℃', '=', '否'], ['是否超过保修期', '=', '是']],
    ]);
  });
});

describe('values of a number fact in another measure than its unit', () => {
  const table = (unit: string, ...values: string[]) => compileProcess([
    '# language: zh-CN', '流程: 甲', '  编号: a', '决策表: 表', `  事实: 时长 = ${unit}`,
    ...values.flatMap((value, i) => [`  规则 R${i + 1}: 结果${i + 1}`, `    当 时长 <= ${value}`]), '',
  ].join('\n')).diagnostics.filter((d) => d.code === 'SOP2023').map((d) => d.message);

  it('are reported: working days for a fact in days, days for a fact in working days, days for a count', () => {
    expect(table('天数', '7天', '3个工作日')).toEqual(['事实「时长」不能取「3个工作日」，应为：天数。']);
    expect(table('工作日', '3个工作日', '5天')).toEqual(['事实「时长」不能取「5天」，应为：工作日。']);
    expect(table('次', '3次', '2天')).toEqual(['事实「时长」不能取「2天」，应为：次。']);
  });

  it('are not when every value fits, or is a bare number', () => {
    expect(table('天数', '7天', '3个月', '48小时', '10')).toEqual([]);
    expect(table('工作日', '3个工作日', '5个工作日')).toEqual([]);
    expect(table('次', '3次', '5')).toEqual([]);
  });
});
