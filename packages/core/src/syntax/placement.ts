// Where each kind of line may stand: the explanation in the "misplaced line" diagnostic (SOP1004).
import type { KeywordKind } from './keywords.js';

/** Where each kind of line may stand, for the "misplaced" message. */
const placement: Partial<Record<KeywordKind | 'item', { 'zh-CN': string; en: string }>> = {
  scenario: { 'zh-CN': '场景必须写在某个工步之下（或写成「场景 工步 8: …」放在工步之后）。', en: 'a scenario belongs under a step (or, as `Scenario step 8: …`, after the steps).' },
  choice: { 'zh-CN': '选项必须写在某个场景之下。', en: 'a choice belongs under a scenario.' },
  correct: { 'zh-CN': '正确选项必须写在某个场景之下。', en: 'a correct choice belongs under a scenario.' },
  explanation: { 'zh-CN': '解释必须写在某个场景之下。', en: 'an explanation belongs under a scenario.' },
  marks: { 'zh-CN': '「标记」必须写在工步之下。', en: '“Marks” belong under a step.' },
  missing: { 'zh-CN': '「缺失」必须写在工步之下。', en: '“Missing” belongs under a step.' },
  definition: { 'zh-CN': '「定义」必须写在某个关键指标之下。', en: '“Definition” belongs under a KPI.' },
  target: { 'zh-CN': '「目标」必须写在某个关键指标之下。', en: '“Target” belongs under a KPI.' },
  field: { 'zh-CN': '「字段」必须写在某个表单之下。', en: '“Field” belongs under a form.' },
  placeholder: { 'zh-CN': '「占位符」必须写在某个模板之下。', en: '“Placeholder” belongs under a template.' },
  body: { 'zh-CN': '「内容」必须写在某个模板之下。', en: '“Body” belongs under a template.' },
  example: { 'zh-CN': '「示例」必须写在某个模板之下。', en: '“Example” belongs under a template.' },
  fact: { 'zh-CN': '「事实」必须写在某个决策表之下。', en: '“Fact” belongs under a decision table.' },
  rule: { 'zh-CN': '「规则」必须写在某个决策表之下。', en: '“Rule” belongs under a decision table.' },
  item: { 'zh-CN': '「-」细项必须写在工作标准、措施或分支之下。', en: '“-” items belong under a standard, a remedy or a branch.' },
  order: { 'zh-CN': '「顺序」必须写在流程表头或某个阶段之下。', en: '“Order” belongs in the process header or under a phase.' },
  values: { 'zh-CN': '「核心价值」必须写在工步之下，或流程表头中。', en: '“Values” belong under a step or in the process header.' },
  owner: { 'zh-CN': '「负责」必须写在工步或措施之下，或流程表头中。', en: '“Owner” belongs under a step or a remedy, or in the process header.' },
  standard: { 'zh-CN': '工作标准必须写在某个工步之下。', en: 'a standard belongs under a step.' },
  problem: { 'zh-CN': '问题必须写在某个工步之下。', en: 'a problem belongs under a step.' },
  alsoProblem: { 'zh-CN': '「或」必须紧跟在某个问题之后。', en: '“Or” must follow a problem.' },
  remedy: { 'zh-CN': '解决措施必须写在某个问题之下。', en: 'a remedy belongs under a problem.' },
  decision: { 'zh-CN': '判断必须写在工步、问题或措施之下。', en: 'a decision belongs under a step, problem or remedy.' },
  yes: { 'zh-CN': '分支必须写在某个判断之下。', en: 'a branch belongs under a decision.' },
  no: { 'zh-CN': '分支必须写在某个判断之下。', en: 'a branch belongs under a decision.' },
  when: { 'zh-CN': '分支必须写在某个判断之下。', en: 'a branch belongs under a decision.' },
  otherwise: { 'zh-CN': '分支必须写在某个判断之下。', en: 'a branch belongs under a decision.' },
};
const profileField = { 'zh-CN': '它说的是整个流程或阶段，不写在工步里；请写在流程表头，或阶段开头（第一个工步之前）。', en: 'it describes the whole process or a phase, not a step: write it in the process header, or under the phase before its first step.' };
const headerField = { 'zh-CN': '表头字段必须写在「流程:」之下、第一个阶段或工步之前。', en: 'header fields belong under “Process:”, before the first phase or step.' };
const anywhereElse = { 'zh-CN': '它必须写在流程、阶段、工步或其下的元素之下。', en: 'it belongs under the process, a phase, a step or one of their elements.' };

export function placementHint(kind: KeywordKind | 'item'): { 'zh-CN': string; en: string } {
  if (placement[kind]) return placement[kind];
  if (['purpose', 'expectation', 'scope', 'tools', 'attention', 'principle'].includes(kind)) return profileField;
  return ['id', 'version', 'roles'].includes(kind) ? headerField : anywhereElse;
}
