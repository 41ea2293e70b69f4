// The diagram's own words (legend, branch labels, start and end) in the language the process is written in.
import { toTraditional, type Language } from '@sopkit/core';

/** Every fixed word a diagram prints. */
export interface Vocabulary {
  readonly start: string;
  readonly end: string;
  readonly owner: string;
  readonly step: string;
  readonly yes: string;
  readonly no: string;
  readonly otherwise: string;
  readonly goto: string;
  readonly returnTo: string;
  readonly escalate: string;
  readonly notify: string;
  readonly reschedule: string;
  readonly problem: string;
  readonly remedy: string;
  readonly standard: string;
  readonly decision: string;
  readonly outcome: string;
  readonly role: string;
  readonly legend: string;
  readonly flow: string;
  readonly or: string;
  /** Separator between a list of names, e.g. owners. */
  readonly listSeparator: string;
  /** Separator between a label and its value, e.g. `负责：` */
  readonly colon: string;
  /** Joins a rule's conditions on one fact. */
  readonly and: string;
  /** Heads a decision table's column of rule names. */
  readonly rule: string;
  /** Heads a decision table's column of each rule's conditions, when it has no column per fact. */
  readonly conditions: string;
  /** After a decision table's title where the table goes on in another box. */
  readonly continued: string;
  /** Values the checker found no rule for, and the other conditions they go with. */
  readonly gap: (values: string, context: string) => string;
  /** Two rules with different outcomes that can both apply, and an example. */
  readonly overlap: (first: string, second: string, example: string) => string;
  /** Names a printed diagram in its page header. */
  readonly diagram: string;
  /** Names the short content hash in a printed page's footer. */
  readonly hash: string;
  /** The title of a frame whose steps have no order between them: a phase's, or (undefined) the process's own steps'. */
  readonly unorderedTitle: (phase: string | undefined) => string;
  /** The legend's line on such a frame. */
  readonly unorderedKey: string;
  /** Where a page sits when a drawing is printed over rows and columns of pages. */
  readonly tile: (row: number, column: number) => string;
}

const zhCN: Vocabulary = {
  start: '开始', end: '结束', owner: '负责', step: '工步', yes: '是', no: '否', otherwise: '否则', goto: '转到', returnTo: '返回',
  escalate: '上报', notify: '通知', reschedule: '改约', problem: '问题', remedy: '措施', standard: '工作标准', decision: '判断',
  outcome: '结果', role: '角色', legend: '图例', flow: '流程顺序', or: '或', listSeparator: '、', colon: '：',
  and: ' 且 ', rule: '规则', conditions: '条件', continued: '（续）', diagram: '流程图', hash: '内容哈希',
  gap: (values, context) => `无规则覆盖：${values}${context ? `（当 ${context}）` : ''}`,
  overlap: (first, second, example) => `规则 ${first} 与 ${second} 可能同时适用，例如 ${example}`,
  unorderedTitle: (phase) => (phase === undefined ? '不分先后' : `${phase}（不分先后）`),
  unorderedKey: '框内不分先后',
  tile: (row, column) => `第 ${row} 行 第 ${column} 列`,
};

/**
 * zh-CN's words in Traditional characters, converted by core's table (generated from these sources), so no word is
 * missed; the worded sentences are converted around the document's own text, which stays as written.
 */
const zhTW: Vocabulary = {
  ...(Object.fromEntries(Object.entries(zhCN).map(([key, value]) => [key, typeof value === 'string' ? toTraditional(value) : value])) as unknown as Vocabulary),
  gap: (values, context) => `無規則覆蓋：${values}${context ? `（當 ${context}）` : ''}`,
  overlap: (first, second, example) => `規則 ${first} 與 ${second} 可能同時適用，例如 ${example}`,
  unorderedTitle: (phase) => (phase === undefined ? toTraditional(zhCN.unorderedTitle(undefined)) : `${phase}（不分先後）`),
};

const en: Vocabulary = {
  start: 'Start', end: 'End', owner: 'Owner', step: 'Step', yes: 'Yes', no: 'No', otherwise: 'Otherwise', goto: 'Go to',
  returnTo: 'Return to', escalate: 'Escalate', notify: 'Notify', reschedule: 'Reschedule', problem: 'Problem', remedy: 'Remedy',
  standard: 'Standard', decision: 'Decision', outcome: 'Outcome', role: 'Role', legend: 'Legend', flow: 'Order of steps', or: 'or',
  listSeparator: ', ', colon: ': ', and: ' and ', rule: 'Rule', conditions: 'Conditions', continued: ' (continued)', diagram: 'Diagram',
  hash: 'Content hash',
  gap: (values, context) => `No rule covers ${values}${context ? ` (if ${context})` : ''}`,
  overlap: (first, second, example) => `Rules ${first} and ${second} can both apply, e.g. ${example}`,
  unorderedTitle: (phase) => (phase === undefined ? 'In no order' : `${phase} (in no order)`),
  unorderedKey: 'Steps in no order',
  tile: (row, column) => `row ${row}, column ${column}`,
};

const byLanguage: Readonly<Record<Language, Vocabulary>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** The words for a process language (English for a language this version does not know). */
export function vocabulary(language: string): Vocabulary {
  return byLanguage[language as Language] ?? en;
}
