// Parser behaviour: the grammar passes Chevrotain's own checks, errors are independent, Chinese input realities are handled.
import { describe, expect, it } from 'vitest';
import { allSteps, check, compileProcess, parse, SopParser } from '../src/index.js';

describe('parser', () => {
  it('passes Chevrotain grammar validation', () => {
    expect(() => new SopParser(true)).not.toThrow();
  });

  it('keeps parsing after a mistyped keyword: every step of a long file survives', () => {
    const steps = Array.from({ length: 1000 }, (_, i) => `工步 ${i + 1}: 第${i + 1}步\n  工作标准: 标准\n`);
    steps[10] = '工部 11: 写错的关键字\n  工作标准: 标准\n';
    const { ast, diagnostics } = parse(`流程: 长文件\n  编号: long\n${steps.join('')}`);
    expect(allSteps(ast)).toHaveLength(999);
    expect(diagnostics.map((d) => d.code)).toEqual(['SOP1001']);
  });

  it('reports three independent mistakes on their own lines in one run', () => {
    const text = '流程: x\n  编号: x\n工步 1: a\n  工作标准:\n工步 2: b\n  问题: 无措施\n工步 3: c\n  判断: 能修吗？\n';
    const lines = check(text).diagnostics.map((d) => d.range.start.line);
    expect(lines).toEqual([4, 6, 8]);
  });

  it('accepts half- and full-width colons and full-width spaces', () => {
    const { ast, diagnostics } = parse('流程：x\n\u3000\u3000编号：x\n工步\u30008：敲门\n\u3000\u3000工作标准：按门铃。\n');
    expect(diagnostics).toEqual([]);
    const [step] = allSteps(ast);
    expect(step?.number?.value).toBe('8');
    expect(step?.value.text).toBe('敲门');
    expect(step?.standards[0]?.value.text).toBe('按门铃。');
  });

  it('reads full-width digits (an input method left in full-width mode) as digits, in step numbers, references, timings and tables', () => {
    const source = [
      '流程: x', '  编号: x', '工步 ８: 敲门', '  工作标准: 等待３０秒', '  判断: 开门了？', '    是: 继续', '    否: 转到 工步１０',
      '  问题: 无人应答', '    措施: 打电话', '      转到: 工步 １０', '      时间: ５分钟后', '  问题: 客户不在家', '    措施: 留言', '      转到 工步 １０',
      '  问题: 敲错门', '    措施: 核对地址', '      返回 ８', '工步１０: 进门', '  工作标准: 换鞋套',
      '决策表: 退换', '  事实: 购买天数 = 天数', '  规则 R1: 退货', '    当 购买天数 <= ７天', '  规则 R2: 维修', '    当 购买天数 > ７天', '',
    ].join('\n');
    const result = compileProcess(source);
    expect(result.diagnostics).toEqual([]);
    const [step8, step10] = result.process!.steps;
    expect([step8!.id, step8!.number, step10!.id]).toEqual(['x/s8', '8', 'x/s10']);
    const remedy = step8!.problems[0]!.remedies[0]!;
    expect(remedy.actions).toEqual([{ type: 'goto', step: 'x/s10', number: '10' }]);
    expect(remedy.timings).toEqual([{ kind: 'after', duration: 'PT5M', text: '５分钟后' }]);
    expect(step8!.decisions[0]!.branches[1]!.actions).toEqual([{ type: 'goto', step: 'x/s10', number: '10' }]);
    expect(step8!.problems.slice(1).map((p) => p.remedies[0]!.actions)).toEqual([[{ type: 'goto', step: 'x/s10', number: '10' }], [{ type: 'return', step: 'x/s8', number: '8' }]]);
    expect(step8!.standards[0]!.text).toBe('等待３０秒');
    expect(result.process!.tables[0]!.rules.map((r) => [r.conditions[0]!.values[0], r.conditions[0]!.duration])).toEqual([['７天', 'P7D'], ['７天', 'P7D']]);
  });

  it('matches keywords as whole words only', () => {
    const { ast, diagnostics } = parse('流程: x\n  编号: x\n工步 1: a\n  判断: q\n    当前状态: 良好\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['SOP1021']);
    expect(allSteps(ast)[0]?.decisions[0]?.branches).toHaveLength(0);
  });

  it('keeps Chinese punctuation and colons inside text', () => {
    const { ast } = parse('流程: x\n  编号: x\n工步 1: a\n  工作标准: 客户信息包括:姓名、地址；电话（手机）。\n');
    expect(allSteps(ast)[0]?.standards[0]?.value.text).toBe('客户信息包括:姓名、地址；电话（手机）。');
  });

  it('reads trailing @tags and leaves other @ alone', () => {
    const { ast } = parse('流程: x\n  编号: x\n工步 1: 敲门 @MOT @专业\n  工作标准: 发邮件到 a@b.com 确认\n');
    const step = allSteps(ast)[0]!;
    expect(step.value.tags.map((t) => t.name)).toEqual(['MOT', '专业']);
    expect(step.value.text).toBe('敲门');
    expect(step.standards[0]?.value.text).toBe('发邮件到 a@b.com 确认');
  });

  it('reads a long run of trailing tags, each with its own span', () => {
    const line = `  工作标准: 微笑${' @a'.repeat(20_000)} @最后\u3000`;
    const { ast } = parse(`流程: x\n  编号: x\n工步 1: 敲门\n${line}\n`);
    const standard = allSteps(ast)[0]!.standards[0]!;
    expect(standard.value.text).toBe('微笑');
    expect(standard.value.tags).toHaveLength(20_001);
    const lineStart = '流程: x\n  编号: x\n工步 1: 敲门\n'.length;
    expect(standard.value.tags.at(-1)).toEqual({ name: '最后', span: { start: lineStart + line.length - 4, end: lineStart + line.length - 1 } });
    expect(standard.value.tags[0]!.span.start).toBe(lineStart + '  工作标准: 微笑 '.length);
  });

  it('detects the language from the first keyword, or the directive', () => {
    expect(parse('Process: x\n').ast.language).toBe('en');
    expect(parse('流程: x\n  編號: y\n').ast.language).toBe('zh-TW');
    expect(parse('# language: en\n流程: x\n').ast.languageSource).toBe('directive');
  });

  it('reads inline branch actions', () => {
    const { ast } = parse('流程: x\n  编号: x\n工步 1: a\n  判断: q\n    是: 继续\n    否: 转到 工步 15\n    当 超过15分钟: 上报 中心\n');
    const branches = allSteps(ast)[0]!.decisions[0]!.branches;
    expect(branches.map((b) => b.actions[0]?.type)).toEqual(['continue', 'goto', 'escalate']);
    expect(branches[2]?.condition?.text).toBe('超过15分钟');
  });

  it('names the phase each form, template and table is written in', () => {
    const source = [
      '流程: x', '  编号: x', '表单: 登记表', '  字段: 姓名', '阶段: 一', '工步 1: a', '  工作标准: s',
      '决策表: t', '  事实: 质量问题 = 是/否', '  规则 R1: 退货', '    当 质量问题 = 是', '阶段: 二', '工步 2: b', '  工作标准: s',
      '模板 T1: 备注', '  正文: 已联系', '',
    ].join('\n');
    const result = compileProcess(source);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const process = result.process!;
    expect([process.forms[0]!.phase, process.tables[0]!.phase, process.templates[0]!.phase]).toEqual([null, 'x/ph1', 'x/ph2']);
  });

  it('keeps commas inside brackets in a list, but does not let an unclosed bracket swallow the rest', () => {
    const owners = (line: string) => allSteps(parse(`流程: x\n  编号: x\n工步 1: 敲门\n  负责: ${line}\n`).ast)[0]!.owners.map((o) => o.name);
    expect(owners('服务工程师（含外包, 兼职）, 中心')).toEqual(['服务工程师（含外包, 兼职）', '中心']);
    expect(owners('服务工程师（含外包, 中心, 信息员')).toEqual(['服务工程师（含外包', '中心', '信息员']);
  });

  it('tells notifying a role from escalating to it, on its own line and inline', () => {
    const source = '流程: x\n  编号: x\n  角色: 中心, 技术主管\n工步 1: a\n  通知: 技术主管\n  判断: q\n    是: 通知 中心\n    否: 上报 技术主管\n  问题: p\n    措施: r\n      上报: 中心\n';
    const result = compileProcess(source);
    expect(result.diagnostics).toEqual([]);
    const step = result.process!.steps[0]!;
    expect(step.actions).toEqual([{ type: 'notify', roles: ['技术主管'] }]);
    expect(step.problems[0]!.remedies[0]!.actions).toEqual([{ type: 'escalate', roles: ['中心'] }]);
    expect(step.decisions[0]!.branches.map((b) => b.actions)).toEqual([[{ type: 'notify', roles: ['中心'] }], [{ type: 'escalate', roles: ['技术主管'] }]]);
    const unknown = compileProcess(source.replace('通知: 技术主管', '通知: 技术主官'));
    expect(unknown.diagnostics.map((d) => d.code)).toEqual(['SOP2006']);
  });
});
