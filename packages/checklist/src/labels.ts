// The words printed on checklists (headings, column names, form fields) in each label language; keyword names come from core's keyword table.
import { canonicalWord, type KeywordKind, type Language } from '@sopkit/core';

/** Languages checklists are labelled in: a document's own language, or the one asked for with --lang. */
export type LabelLanguage = Language;

/** One entry per label; a template reads them as `{{labels.<name>}}`. */
const table = {
  training: { 'zh-CN': '培训考核表', 'zh-TW': '培訓考核表', en: 'Training checklist' },
  audit: { 'zh-CN': '质量稽核表', 'zh-TW': '品質稽核表', en: 'Quality audit sheet' },
  card: { 'zh-CN': '工作口袋卡', 'zh-TW': '工作口袋卡', en: 'Pocket reference card' },
  processId: { 'zh-CN': '流程编号', 'zh-TW': '流程編號', en: 'Process id' },
  hash: { 'zh-CN': '内容哈希', 'zh-TW': '內容雜湊', en: 'Content hash' },
  fullHash: { 'zh-CN': '完整内容哈希', 'zh-TW': '完整內容雜湊', en: 'Full content hash' },
  processOwner: { 'zh-CN': '归口部门', 'zh-TW': '歸口部門', en: 'Owned by' },
  otherSteps: { 'zh-CN': '其他工步', 'zh-TW': '其他工步', en: 'Other steps' },
  continued: { 'zh-CN': '（续）', 'zh-TW': '（續）', en: ' (continued)' },
  inNoOrder: { 'zh-CN': '（不分先后）', 'zh-TW': '（不分先後）', en: ' (in no order)' },
  steps: { 'zh-CN': '工步', 'zh-TW': '工步', en: 'Steps' },
  selection: { 'zh-CN': '本表范围', 'zh-TW': '本表範圍', en: 'This sheet covers' },
  number: { 'zh-CN': '序号', 'zh-TW': '序號', en: 'No.' },
  standard: { 'zh-CN': '工作标准', 'zh-TW': '工作標準', en: 'Work standard' },
  standards: { 'zh-CN': '工作标准', 'zh-TW': '工作標準', en: 'Work standards' },
  problem: { 'zh-CN': '可能遇到的问题', 'zh-TW': '可能遇到的問題', en: 'Possible problem' },
  problems: { 'zh-CN': '可能遇到的问题', 'zh-TW': '可能遇到的問題', en: 'Possible problems' },
  remedies: { 'zh-CN': '解决措施', 'zh-TW': '解決措施', en: 'Remedies' },
  scenarios: { 'zh-CN': '情景练习', 'zh-TW': '情景練習', en: 'Practice scenarios' },
  colon: { 'zh-CN': '：', 'zh-TW': '：', en: ': ' },
  or: { 'zh-CN': '或', 'zh-TW': '或', en: 'or' },
  other: { 'zh-CN': '其他', 'zh-TW': '其他', en: 'Other' },
  trainee: { 'zh-CN': '学员姓名', 'zh-TW': '學員姓名', en: 'Trainee' },
  employeeNo: { 'zh-CN': '工号', 'zh-TW': '工號', en: 'Employee no.' },
  trainer: { 'zh-CN': '培训师', 'zh-TW': '培訓師', en: 'Trainer' },
  date: { 'zh-CN': '日期', 'zh-TW': '日期', en: 'Date' },
  signature: { 'zh-CN': '签名', 'zh-TW': '簽名', en: 'Signature' },
  traineeSignature: { 'zh-CN': '学员签名', 'zh-TW': '學員簽名', en: "Trainee's signature" },
  trainerSignature: { 'zh-CN': '培训师签名', 'zh-TW': '培訓師簽名', en: "Trainer's signature" },
  assessment: { 'zh-CN': '考核记录', 'zh-TW': '考核記錄', en: 'Assessment' },
  score: { 'zh-CN': '得分', 'zh-TW': '得分', en: 'Score' },
  outOf: { 'zh-CN': '满分 100', 'zh-TW': '滿分 100', en: 'out of 100' },
  result: { 'zh-CN': '考核结果', 'zh-TW': '考核結果', en: 'Result' },
  passed: { 'zh-CN': '合格', 'zh-TW': '合格', en: 'Passed' },
  retrain: { 'zh-CN': '需复训', 'zh-TW': '需複訓', en: 'Needs retraining' },
  trainerComments: { 'zh-CN': '培训师评语', 'zh-TW': '培訓師評語', en: "Trainer's comments" },
  site: { 'zh-CN': '网点/门店', 'zh-TW': '網點/門市', en: 'Site / store' },
  auditor: { 'zh-CN': '稽核员', 'zh-TW': '稽核員', en: 'Auditor' },
  auditee: { 'zh-CN': '被稽核人', 'zh-TW': '受稽核人', en: 'Person audited' },
  pass: { 'zh-CN': '合格', 'zh-TW': '合格', en: 'Pass' },
  fail: { 'zh-CN': '不合格', 'zh-TW': '不合格', en: 'Fail' },
  notApplicable: { 'zh-CN': '不适用', 'zh-TW': '不適用', en: 'N/A' },
  remarks: { 'zh-CN': '备注', 'zh-TW': '備註', en: 'Remarks' },
  totals: { 'zh-CN': '合计', 'zh-TW': '合計', en: 'Totals' },
  itemsChecked: { 'zh-CN': '检查项', 'zh-TW': '檢查項', en: 'Items' },
  passRate: { 'zh-CN': '合格率', 'zh-TW': '合格率', en: 'Pass rate' },
  passRateRule: { 'zh-CN': '合格率 = 合格 ÷（检查项 − 不适用）', 'zh-TW': '合格率 = 合格 ÷（檢查項 − 不適用）', en: 'Pass rate = pass ÷ (items − N/A)' },
  auditorSignature: { 'zh-CN': '稽核员签名', 'zh-TW': '稽核員簽名', en: "Auditor's signature" },
  managerSignature: { 'zh-CN': '网点负责人签名', 'zh-TW': '網點負責人簽名', en: "Site manager's signature" },
  auditInstructions: {
    'zh-CN': '逐项核对，在「合格」「不合格」「不适用」中勾选一项；不合格项须在备注栏写明实际情况。',
    'zh-TW': '逐項核對，在「合格」「不合格」「不適用」中勾選一項；不合格項須在備註欄寫明實際情況。',
    en: 'Check each item and tick exactly one of Pass, Fail or N/A; for every Fail, write what you saw under Remarks.',
  },
  trainingInstructions: {
    'zh-CN': '学员逐项掌握工作标准（□ 处由培训师确认后打勾），并熟记每个问题的解决措施。',
    'zh-TW': '學員逐項掌握工作標準（□ 處由培訓師確認後打勾），並熟記每個問題的解決措施。',
    en: 'The trainer ticks each work standard (□) once the trainee has shown it; the trainee learns the remedy for every problem.',
  },
  cardHint: { 'zh-CN': '随身携带 · 遇到问题先查此卡', 'zh-TW': '隨身攜帶 · 遇到問題先查此卡', en: 'Keep it with you · look here first when something goes wrong' },
  diagram: { 'zh-CN': '流程图', 'zh-TW': '流程圖', en: 'Process diagram' },
  outcome: { 'zh-CN': '结果', 'zh-TW': '結果', en: 'Outcome' },
  findings: { 'zh-CN': '检查器发现', 'zh-TW': '檢查器發現', en: 'The checker found' },
  type: { 'zh-CN': '类型', 'zh-TW': '類型', en: 'Type' },
  missingInSource: { 'zh-CN': '原文缺失', 'zh-TW': '原文缺失', en: 'Missing in the source' },
  markLegend: {
    'zh-CN': 'MOT 关键时刻点 · CSI 客户满意关键因素',
    'zh-TW': 'MOT 關鍵時刻點 · CSI 客戶滿意關鍵因素',
    en: 'MOT moment of truth · CSI customer-satisfaction key factor',
  },
  generatedFrom: { 'zh-CN': '本表由流程源文件自动生成，请勿手工修改。', 'zh-TW': '本表由流程原始檔自動產生，請勿手動修改。', en: 'Generated from the process source; do not edit by hand.' },
} as const satisfies Record<string, Record<LabelLanguage, string>>;

/** Labels that name a keyword: printed as the keyword's canonical word from core's keyword table, never copied here. */
const keywordLabels = {
  process: 'process', version: 'version', owner: 'owner', roles: 'roles', phase: 'phase', step: 'step', decision: 'decision',
  timing: 'timing', reference: 'reference', purpose: 'purpose', expectation: 'expectation', scope: 'scope', tools: 'tools',
  principles: 'principle', attention: 'attention', kpis: 'kpi', definition: 'definition', target: 'target', marks: 'marks',
  tags: 'tags', values: 'values', decisionTable: 'table', rule: 'rule', messageTemplate: 'template', placeholder: 'placeholder',
  body: 'body', example: 'example', form: 'form', field: 'field',
} as const satisfies Record<string, KeywordKind>;

/** The names of the labels taken from the keyword table, and the keyword each one names. */
export const keywordLabelKinds: Readonly<Record<string, KeywordKind>> = keywordLabels;

export type LabelName = keyof typeof table | keyof typeof keywordLabels;

/** Every label in one language, as handed to templates. */
export type Labels = Readonly<Record<LabelName, string>>;

/** The labels of a language: the fixed words, then the keyword names. */
export function labelsFor(language: LabelLanguage): Labels {
  return Object.fromEntries([
    ...Object.entries(table).map(([name, words]) => [name, words[language]]),
    ...Object.entries(keywordLabels).map(([name, kind]) => [name, canonicalWord(kind, language)]),
  ]) as Labels;
}
