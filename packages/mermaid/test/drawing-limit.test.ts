// Diagrams too large to draw usefully: a generated process of 100,000 steps with owners and a decision table of 10,000
// rules give their Mermaid text (no stack overflow) and say why they are not drawn, where, in the document's language;
// the real processes are all drawn.
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { maxBoxes, maxRules, planDiagram } from '../src/index.js';
import { compileFile, diagramSources } from './helpers.js';

function compileText(text: string): ProcessJson {
  const result = compileProcess(text, { uri: 'generated.sop' });
  if (!result.process) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.process;
}

/** A process of `steps` steps, each with an owner and a work standard. */
function manySteps(steps: number, language: 'zh-CN' | 'zh-TW' = 'zh-CN'): ProcessJson {
  const zhTW = language === 'zh-TW';
  const lines = [`# language: ${language}`, '流程: 大流程', '  编号: big-steps', '  角色: 信息员, 调度', ''];
  for (let i = 1; i <= steps; i++) lines.push(`工步 ${i}: 第 ${i} 步`, `  ${zhTW ? '負責' : '负责'}: ${i % 2 ? '信息员' : '调度'}`, `  ${zhTW ? '工作標準' : '工作标准'}: 做好 ${i}`, '');
  return compileText(lines.join('\n'));
}

/** A process whose decision table has `rules` rules, on line 9. */
function manyRules(rules: number): ProcessJson {
  const lines = ['# language: zh-CN', '流程: 大决策表', '  编号: big-table', '', '工步 1: 开始', '  工作标准: 做', '', '', '决策表: 很多规则', '  事实: 编号 = 数字'];
  for (let i = 1; i <= rules; i++) lines.push(`  规则 R${i}: 结果${i}`, `    当 编号 = ${i}`);
  return compileText(lines.join('\n'));
}

describe('planDiagram', () => {
  it('writes the Mermaid text of 100,000 steps with owners, and says at the process that it is too large to draw', () => {
    const doc = manySteps(100_000);
    for (const detail of ['steps', 'full'] as const) {
      const plan = planDiagram(doc, { detail });
      expect(plan.text).toContain('step100000["');
      expect(plan.tooLarge?.range).toEqual(doc.range);
      expect(plan.tooLarge?.message['zh-CN']).toMatch(/^流程「大流程」的流程图有 [\d,]+ 个框，最多画 1,000 个；请把流程拆成几个较小的流程/);
      expect(plan.tooLarge?.message.en).toMatch(/split the process into smaller ones/);
    }
  });

  it('draws a process just within the limit, and not one box more', () => {
    const within = planDiagram(manySteps(maxBoxes - 10), { detail: 'steps', legend: false });
    expect(within.tooLarge).toBeUndefined();
    expect(planDiagram(manySteps(maxBoxes), { detail: 'steps', legend: false }).tooLarge).toBeDefined();
  });

  it('says which decision table has too many rules, at the table, with its line', () => {
    const doc = manyRules(10_000);
    const plan = planDiagram(doc);
    expect(plan.text).toContain('R10000');
    expect(plan.tooLarge?.range).toEqual(doc.tables[0]!.range);
    expect(plan.tooLarge?.message['zh-CN']).toBe('决策表「很多规则」（第 9 行）有 10,000 条规则，流程图最多画 1,000 条；请把它拆成几张较小的决策表');
    expect(plan.tooLarge?.message.en).toBe('the decision table “很多规则” (line 9) has 10,000 rules, more than the 1,000 a diagram draws; split it into smaller tables');
    expect(planDiagram(manyRules(maxRules)).tooLarge).toBeUndefined();
  });

  it('words the reason in Traditional characters for zh-TW, keeping the document’s own title as written', () => {
    const message = planDiagram(manySteps(1_200, 'zh-TW'), { detail: 'steps' }).tooLarge?.message['zh-TW'];
    expect(message).toMatch(/^流程「大流程」的流程圖有 [\d,]+ 個框，最多畫 1,000 個；請把流程拆成幾個較小的流程/);
  });

  it('draws every real process and example', () => {
    for (const path of diagramSources()) {
      for (const detail of ['steps', 'problems', 'full'] as const) expect(planDiagram(compileFile(path), { detail }).tooLarge, `${path} ${detail}`).toBeUndefined();
    }
  });
});
