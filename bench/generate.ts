// Synthetic but realistic SOP sources (Chinese text shaped like the home-visit table) and Gherkin of the same shape.

const standards = ['按门铃一下，等待30秒后无人应答再按。', '连续轻敲2次，每次连续轻敲3下，有门铃的要先按门铃。', '出示上岗证，自我介绍并确认客户身份。'];
const problems = ['客户听不见，或有其他事情无法脱身，或客户家无人。', '客户对上门服务人员资格表示怀疑甚至不让进门；', '报修产品不在此处而在别地'];
const remedies = ['每隔30秒钟重复1次；5分钟后再不开门则电话联系。', '首先亮出上岗证，给客户讲明是受过正规培训的；把公司的投诉、监督电话告诉客户。', '在征得客户同意的前提下由客户带着到产品所在地或改约重新上门；'];

/** A .sop file with `steps` steps in phases of 20, each with standards, problems, remedies, timings and escalations. */
export function generateSop(steps: number): string {
  const out = ['# language: zh-CN', '流程: 基准测试流程', '  编号: bench', '  版本: 1.0', '  角色: 服务工程师, 中心, 技术经理', ''];
  for (let i = 1; i <= steps; i++) {
    if (i % 20 === 1) out.push(`阶段: 第${Math.ceil(i / 20)}阶段`);
    out.push(`工步 ${i}: 第${i}步 敲门与进门 @MOT`, '  负责: 服务工程师');
    out.push(`  工作标准: ${standards[i % 3]}`, '    时间: 30秒', `  工作标准: ${standards[(i + 1) % 3]}`);
    out.push(`  问题: ${problems[i % 3]}`, `    措施: ${remedies[i % 3]}`, '      时间: 每隔 30秒', '      上报: 中心');
    out.push(`  问题: ${problems[(i + 2) % 3]}`, `    措施: ${remedies[(i + 1) % 3]}`);
    if (i % 10 === 0 && i > 1) out.push('  判断: 客户是否在家？', '    是: 继续', `    否: 返回 工步 ${i - 1}`);
    out.push('');
  }
  return out.join('\n');
}

/** A Gherkin feature of the same size and shape: one scenario per step, one Gherkin step per SOP line. */
export function generateGherkin(steps: number): string {
  const out = ['Feature: 基准测试流程', ''];
  for (let i = 1; i <= steps; i++) {
    if (i % 20 === 1) out.push(`  Rule: 第${Math.ceil(i / 20)}阶段`, '');
    out.push(`    @MOT`, `    Scenario: 第${i}步 敲门与进门`, '      Given 负责 服务工程师');
    out.push(`      And ${standards[i % 3]}`, '      And 时间 30秒', `      And ${standards[(i + 1) % 3]}`);
    out.push(`      When ${problems[i % 3]}`, `      Then ${remedies[i % 3]}`, '      And 时间 每隔 30秒', '      And 上报 中心');
    out.push(`      When ${problems[(i + 2) % 3]}`, `      Then ${remedies[(i + 1) % 3]}`);
    if (i % 10 === 0 && i > 1) out.push('      When 客户是否在家？', '      Then 继续', `      But 返回 工步 ${i - 1}`);
    out.push('');
  }
  return out.join('\n');
}
