// The one keyword table: every keyword of the SOP language in zh-CN, zh-TW and en, with synonyms.
// The lexer, "did you mean", completion, the TextMate grammar and docs/language.md are all derived from it.

/** Languages a document can be written in. */
export type Language = 'zh-CN' | 'zh-TW' | 'en';
export const languages: readonly Language[] = ['zh-CN', 'zh-TW', 'en'];

/** What follows a keyword on its line. */
export type KeywordShape =
  | 'text' // `keyword: free text`
  | 'numbered-text' // `keyword [number]: free text` (steps)
  | 'list' // `keyword: a、b、c`
  | 'step-ref' // `keyword [step] number` or `keyword: step number` (go to / return to)
  | 'condition' // `keyword condition: outcome` (multi-way branch)
  | 'optional-text'; // `keyword` alone, or `keyword: text`

/** Every keyword concept; the parser is written against these names. */
export type KeywordKind =
  | 'process' | 'id' | 'version' | 'owner' | 'source' | 'purpose' | 'expectation' | 'roles' | 'tools' | 'kpi'
  | 'note' | 'phase' | 'step' | 'standard' | 'problem' | 'alsoProblem' | 'remedy' | 'escalate' | 'notify' | 'goto' | 'return'
  | 'reschedule' | 'continue' | 'end' | 'decision' | 'yes' | 'no' | 'when' | 'otherwise' | 'timing' | 'reference'
  | 'tags' | 'uncertain' | 'scenario' | 'choice' | 'correct' | 'explanation' | 'scope' | 'principle' | 'attention'
  | 'order'
  | 'marks' | 'values' | 'missing' | 'definition' | 'target' | 'form' | 'field' | 'template' | 'placeholder' | 'body'
  | 'example' | 'table' | 'fact' | 'rule';

export interface KeywordEntry {
  readonly kind: KeywordKind;
  readonly shape: KeywordShape;
  /** Synonyms per language; the first is canonical (used by the formatter, completion and docs). */
  readonly words: Readonly<Record<Language, readonly string[]>>;
  /** One-line description for docs, hover and completion, per message language. */
  readonly doc: { readonly 'zh-CN': string; readonly en: string };
}

export const keywordTable: readonly KeywordEntry[] = [
  { kind: 'process', shape: 'text', words: { 'zh-CN': ['流程', '流程名称'], 'zh-TW': ['流程', '流程名稱'], en: ['Process'] },
    doc: { 'zh-CN': '流程标题，开始一个流程文件的表头', en: 'Process title; starts the process header' } },
  { kind: 'id', shape: 'text', words: { 'zh-CN': ['编号'], 'zh-TW': ['編號'], en: ['Id', 'ID'] },
    doc: { 'zh-CN': '流程编号（小写字母、数字和连字符），用作输出文件夹名和元素编号前缀', en: 'Process id (lowercase letters, digits, hyphens); names the output folder and prefixes element ids' } },
  { kind: 'version', shape: 'text', words: { 'zh-CN': ['版本'], 'zh-TW': ['版本'], en: ['Version'] },
    doc: { 'zh-CN': '流程版本', en: 'Process version' } },
  { kind: 'owner', shape: 'list', words: { 'zh-CN': ['负责', '负责人', '责任岗位'], 'zh-TW': ['負責', '負責人', '責任崗位'], en: ['Owner', 'Owners'] },
    doc: { 'zh-CN': '在流程表头下是流程归口部门；在工步下是负责该工步的角色（可多个）；在措施下是执行该措施的角色', en: 'Under the process header: the owning department; under a step: the role(s) responsible for it; under a remedy: who carries it out' } },
  { kind: 'source', shape: 'text', words: { 'zh-CN': ['来源'], 'zh-TW': ['來源'], en: ['Source'] },
    doc: { 'zh-CN': '出处：源文件或原文位置', en: 'Provenance: the source document or the place in it' } },
  { kind: 'purpose', shape: 'text', words: { 'zh-CN': ['目的'], 'zh-TW': ['目的'], en: ['Purpose'] },
    doc: { 'zh-CN': '流程目的', en: 'Purpose of the process' } },
  { kind: 'expectation', shape: 'text', words: { 'zh-CN': ['客户期望', '客户的期望'], 'zh-TW': ['客戶期望', '客戶的期望'], en: ['Customer expectation', 'Expectation'] },
    doc: { 'zh-CN': '客户的期望', en: 'What the customer expects' } },
  { kind: 'roles', shape: 'list', words: { 'zh-CN': ['角色'], 'zh-TW': ['角色'], en: ['Roles'] },
    doc: { 'zh-CN': '流程中出现的角色（岗位）清单；声明后，负责人与上报的角色都须出自此清单', en: 'The roles (posts) of the process; once declared, owners and escalation targets must come from this list' } },
  { kind: 'tools', shape: 'list', words: { 'zh-CN': ['所需工具', '工具'], 'zh-TW': ['所需工具', '工具'], en: ['Tools'] },
    doc: { 'zh-CN': '所需工具、物料、单据', en: 'Tools, materials and documents required' } },
  { kind: 'kpi', shape: 'text', words: { 'zh-CN': ['关键指标', '指标'], 'zh-TW': ['關鍵指標', '指標'], en: ['KPI', 'Key indicator'] },
    doc: { 'zh-CN': '关键指标（每行一个）', en: 'Key indicator (one per line)' } },
  { kind: 'note', shape: 'text', words: { 'zh-CN': ['备注', '说明', '注意事项'], 'zh-TW': ['備註', '說明', '注意事項'], en: ['Note'] },
    doc: { 'zh-CN': '备注，可写在任何元素之下', en: 'A note; allowed under any element' } },
  { kind: 'phase', shape: 'text', words: { 'zh-CN': ['阶段', '流程步骤'], 'zh-TW': ['階段', '流程步驟'], en: ['Phase'] },
    doc: { 'zh-CN': '阶段：其后的工步都属于此阶段，直到下一个阶段', en: 'A phase: the steps that follow belong to it, up to the next phase' } },
  { kind: 'step', shape: 'numbered-text', words: { 'zh-CN': ['工步', '步骤'], 'zh-TW': ['工步', '步驟'], en: ['Step'] },
    doc: { 'zh-CN': '工步：可选编号和标题，如「工步 8: 敲门」', en: 'A step with an optional number and a title, e.g. `Step 8: Knock on the door`' } },
  { kind: 'standard', shape: 'text', words: { 'zh-CN': ['工作标准', '标准', '执行要点'], 'zh-TW': ['工作標準', '標準', '執行要點'], en: ['Standard'] },
    doc: { 'zh-CN': '工作标准（一个工步可有多条），其下可用「-」列出细项', en: 'A work standard (several per step); `-` lines below it list sub-items' } },
  { kind: 'problem', shape: 'text', words: { 'zh-CN': ['可能遇到的问题', '问题'], 'zh-TW': ['可能遇到的問題', '問題'], en: ['Problem'] },
    doc: { 'zh-CN': '可能遇到的问题，其下写一条或多条解决措施', en: 'A possible problem, followed by one or more remedies' } },
  { kind: 'alsoProblem', shape: 'text', words: { 'zh-CN': ['或'], 'zh-TW': ['或'], en: ['Or'] },
    doc: { 'zh-CN': '与上一个问题共用同一组解决措施的另一个问题', en: 'Another problem that shares the remedies of the problem above' } },
  { kind: 'remedy', shape: 'text', words: { 'zh-CN': ['解决措施', '措施'], 'zh-TW': ['解決措施', '措施'], en: ['Remedy'] },
    doc: { 'zh-CN': '解决措施；其下可写上报、通知、转到、改约等动作，也可用「-」列出按顺序执行的细项', en: 'A remedy; actions (escalate, notify, go to, reschedule) and ordered `-` sub-items may follow' } },
  { kind: 'escalate', shape: 'list', words: { 'zh-CN': ['上报'], 'zh-TW': ['上報'], en: ['Escalate'] },
    doc: { 'zh-CN': '上报：把问题交给某个角色处理', en: 'Escalate: hand the problem to a role' } },
  { kind: 'notify', shape: 'list', words: { 'zh-CN': ['通知'], 'zh-TW': ['通知'], en: ['Notify'] },
    doc: { 'zh-CN': '通知：告知某个角色（不移交问题）', en: 'Notify: let a role know (the problem stays here)' } },
  { kind: 'goto', shape: 'step-ref', words: { 'zh-CN': ['转到', '跳到'], 'zh-TW': ['轉到', '跳到'], en: ['Go to'] },
    doc: { 'zh-CN': '转到另一个工步，如「转到 工步 15」', en: 'Go to another step, e.g. `Go to step 15`' } },
  { kind: 'return', shape: 'step-ref', words: { 'zh-CN': ['返回', '回到'], 'zh-TW': ['返回', '回到'], en: ['Return to'] },
    doc: { 'zh-CN': '返回之前的工步重做，如「返回 工步 15」', en: 'Go back to an earlier step, e.g. `Return to step 15`' } },
  { kind: 'reschedule', shape: 'optional-text', words: { 'zh-CN': ['改约'], 'zh-TW': ['改約'], en: ['Reschedule'] },
    doc: { 'zh-CN': '与客户改约时间（可附条件说明）', en: 'Reschedule with the customer (optionally with a condition)' } },
  { kind: 'continue', shape: 'optional-text', words: { 'zh-CN': ['继续'], 'zh-TW': ['繼續'], en: ['Continue'] },
    doc: { 'zh-CN': '继续下一个工步', en: 'Continue with the next step' } },
  { kind: 'end', shape: 'optional-text', words: { 'zh-CN': ['结束'], 'zh-TW': ['結束'], en: ['End'] },
    doc: { 'zh-CN': '结束本次服务', en: 'End the visit' } },
  { kind: 'decision', shape: 'text', words: { 'zh-CN': ['判断'], 'zh-TW': ['判斷'], en: ['Decision'] },
    doc: { 'zh-CN': '判断（决策点），其下写「是/否」或「当 …」分支', en: 'A decision; `Yes`/`No` or `When …` branches follow' } },
  { kind: 'yes', shape: 'optional-text', words: { 'zh-CN': ['是'], 'zh-TW': ['是'], en: ['Yes'] },
    doc: { 'zh-CN': '判断的「是」分支：结果，或「转到 工步 N」「继续」「结束」', en: 'The yes branch: an outcome, or `Go to step N`, `Continue`, `End`' } },
  { kind: 'no', shape: 'optional-text', words: { 'zh-CN': ['否'], 'zh-TW': ['否'], en: ['No'] },
    doc: { 'zh-CN': '判断的「否」分支', en: 'The no branch' } },
  { kind: 'when', shape: 'condition', words: { 'zh-CN': ['当', '如果'], 'zh-TW': ['當', '如果'], en: ['When', 'If'] },
    doc: { 'zh-CN': '多路分支：「当 条件: 结果」', en: 'A multi-way branch: `When condition: outcome`' } },
  { kind: 'otherwise', shape: 'optional-text', words: { 'zh-CN': ['否则', '其他情况'], 'zh-TW': ['否則', '其他情況'], en: ['Otherwise'] },
    doc: { 'zh-CN': '其余情况的分支', en: 'The branch for every other case' } },
  { kind: 'timing', shape: 'text', words: { 'zh-CN': ['时间', '时限'], 'zh-TW': ['時間', '時限'], en: ['Timing', 'Time'] },
    doc: { 'zh-CN': '时间要求，如「每隔 30秒」「5分钟后」「3小时内」「提前 1~2分钟」「每天」', en: 'A timing, e.g. `every 30 s`, `after 5 min`, `within 3 h`, `1-2 min before`, `daily`' } },
  { kind: 'reference', shape: 'text', words: { 'zh-CN': ['详见', '参照标准', '参照'], 'zh-TW': ['詳見', '參照標準', '參照'], en: ['See', 'Reference'] },
    doc: { 'zh-CN': '引用其他标准或文件（可尚不存在）', en: 'A reference to another standard or document (it may not exist yet)' } },
  { kind: 'tags', shape: 'list', words: { 'zh-CN': ['标签'], 'zh-TW': ['標籤'], en: ['Tags'] },
    doc: { 'zh-CN': '标签清单；也可在任意行末写 @标签', en: 'A list of tags; `@tag` at the end of any line works too' } },
  { kind: 'uncertain', shape: 'text', words: { 'zh-CN': ['存疑'], 'zh-TW': ['存疑'], en: ['Uncertain'] },
    doc: { 'zh-CN': '标记原文不确定之处（如措施与问题的配对），写明理由', en: 'Marks something the source leaves uncertain (e.g. a problem–remedy pairing), with the reason' } },
  { kind: 'scenario', shape: 'numbered-text', words: { 'zh-CN': ['场景', '情景'], 'zh-TW': ['場景', '情景'], en: ['Scenario'] },
    doc: { 'zh-CN': '演练场景：写在工步下，或用「场景 工步 8: …」指明工步；其下写选项、正确答案和解释', en: 'A drill scenario, under a step or naming one (`Scenario step 8: …`); choices, the right answer and an explanation follow' } },
  { kind: 'choice', shape: 'text', words: { 'zh-CN': ['选项'], 'zh-TW': ['選項'], en: ['Choice'] },
    doc: { 'zh-CN': '场景的一个错误选项', en: 'A wrong choice of a scenario' } },
  { kind: 'correct', shape: 'text', words: { 'zh-CN': ['正确', '正确答案'], 'zh-TW': ['正確', '正確答案'], en: ['Correct'] },
    doc: { 'zh-CN': '场景的正确选项', en: 'The right choice of a scenario' } },
  { kind: 'explanation', shape: 'text', words: { 'zh-CN': ['解释', '解析'], 'zh-TW': ['解釋', '解析'], en: ['Explanation'] },
    doc: { 'zh-CN': '答题后显示的解释', en: 'The explanation shown after answering' } },
  { kind: 'scope', shape: 'text', words: { 'zh-CN': ['范围', '适用范围'], 'zh-TW': ['範圍', '適用範圍'], en: ['Scope'] },
    doc: { 'zh-CN': '适用范围', en: 'Where the process applies' } },
  { kind: 'principle', shape: 'text', words: { 'zh-CN': ['原则'], 'zh-TW': ['原則'], en: ['Principle'] },
    doc: { 'zh-CN': '服务原则（每行一条）', en: 'A principle (one per line)' } },
  { kind: 'attention', shape: 'text', words: { 'zh-CN': ['特别关注'], 'zh-TW': ['特別關注'], en: ['Attention'] },
    doc: { 'zh-CN': '特别关注事项（每行一条），写在流程或阶段之下', en: 'A point needing special attention (one per line), under the process or a phase' } },
  { kind: 'order', shape: 'text', words: { 'zh-CN': ['顺序'], 'zh-TW': ['順序'], en: ['Order'] },
    doc: { 'zh-CN': '「顺序: 不分先后」：阶段（或整个流程）的各条没有先后顺序，如制度条文；默认「按顺序」', en: '`Order: none`: the steps of a phase (or of the whole process) have no order between them, as a regulation’s articles; the default is `in order`' } },
  { kind: 'marks', shape: 'list', words: { 'zh-CN': ['标记'], 'zh-TW': ['標記'], en: ['Marks'] },
    doc: { 'zh-CN': '执行要点的标记：MOT（关键时刻点）、CSI（客户满意关键因素）', en: 'Marks of a step: MOT (moment of truth), CSI (customer-satisfaction key factor)' } },
  { kind: 'values', shape: 'list', words: { 'zh-CN': ['核心价值', '核心价值感知'], 'zh-TW': ['核心價值', '核心價值感知'], en: ['Values'] },
    doc: { 'zh-CN': '核心价值感知标签；在流程表头中声明可用的标签，在工步下使用', en: 'Core value tags: declared in the process header, used under steps' } },
  { kind: 'missing', shape: 'text', words: { 'zh-CN': ['缺失'], 'zh-TW': ['缺失'], en: ['Missing'] },
    doc: { 'zh-CN': '标明原文缺失的内容（保留缺口，不虚构）', en: 'Marks content missing from the source (the gap stays visible, nothing is invented)' } },
  { kind: 'definition', shape: 'text', words: { 'zh-CN': ['定义', '公式'], 'zh-TW': ['定義', '公式'], en: ['Definition', 'Formula'] },
    doc: { 'zh-CN': '关键指标的定义或计算公式', en: 'How a key indicator is defined or computed' } },
  { kind: 'target', shape: 'text', words: { 'zh-CN': ['目标', '目标值'], 'zh-TW': ['目標', '目標值'], en: ['Target'] },
    doc: { 'zh-CN': '关键指标的目标值', en: 'The target of a key indicator' } },
  { kind: 'form', shape: 'text', words: { 'zh-CN': ['表单', '附件'], 'zh-TW': ['表單', '附件'], en: ['Form'] },
    doc: { 'zh-CN': '表单模板（如预约登记表），其下用「字段:」列出栏目', en: 'A form template (e.g. an appointment form); `Field:` lines list its fields' } },
  { kind: 'field', shape: 'text', words: { 'zh-CN': ['字段', '栏目'], 'zh-TW': ['字段', '欄目'], en: ['Field'] },
    doc: { 'zh-CN': '表单的一个栏目；「新客户 [是/否]」写出可选项', en: 'A field of a form; `New customer [yes/no]` lists its options' } },
  { kind: 'template', shape: 'condition', words: { 'zh-CN': ['模板'], 'zh-TW': ['模板'], en: ['Template'] },
    doc: { 'zh-CN': '消息或备注模板：「模板 T4: 适用情形」，其下写占位符、内容和示例', en: 'A message or remark template: `Template T4: situation`, then placeholders, body and example' } },
  { kind: 'placeholder', shape: 'text', words: { 'zh-CN': ['占位符'], 'zh-TW': ['佔位符'], en: ['Placeholder'] },
    doc: { 'zh-CN': '模板的占位符及类型：「日 = 日期」；类型：日期、时间、电话、人员、备件、金额、数字、文本，或「甲/乙」选项', en: 'A placeholder and its type: `day = date`; types: date, time, phone, person, part, amount, number, text, or `a/b` choices' } },
  { kind: 'body', shape: 'text', words: { 'zh-CN': ['内容', '正文'], 'zh-TW': ['內容', '正文'], en: ['Body'] },
    doc: { 'zh-CN': '模板正文，用 {名称} 引用占位符', en: 'The template text; `{name}` inserts a placeholder' } },
  { kind: 'example', shape: 'text', words: { 'zh-CN': ['示例'], 'zh-TW': ['示例'], en: ['Example'] },
    doc: { 'zh-CN': '示例取值：「日=24；点=10」（示例数据，非原文内容）', en: 'Example values: `day=24; hour=10` (sample data, not source content)' } },
  { kind: 'table', shape: 'text', words: { 'zh-CN': ['决策表'], 'zh-TW': ['決策表'], en: ['Decision table'] },
    doc: { 'zh-CN': '决策表：其下声明事实，再写规则；检查遗漏（无规则覆盖的取值）和重叠', en: 'A decision table: facts, then rules; gaps (values no rule covers) and overlaps are checked' } },
  { kind: 'fact', shape: 'text', words: { 'zh-CN': ['事实'], 'zh-TW': ['事實'], en: ['Fact'] },
    doc: { 'zh-CN': '决策表的一个事实及其取值：「购买天数 = 天数」「质量问题 = 是/否」「市场级别 = 一二级、三级」', en: 'A fact and its values: `days since purchase = days`, `quality problem = yes/no`, `tier = 1-2, 3`' } },
  { kind: 'rule', shape: 'condition', words: { 'zh-CN': ['规则'], 'zh-TW': ['規則'], en: ['Rule'] },
    doc: { 'zh-CN': '决策表的一条规则：「规则 R2: 结果」，其下用「当 …」写条件', en: 'A rule of a decision table: `Rule R2: outcome`, with `When …` conditions below' } },
];

const byKind = new Map(keywordTable.map((entry) => [entry.kind, entry]));

/** The table entry of a keyword kind. */
export function keywordEntry(kind: KeywordKind): KeywordEntry {
  const entry = byKind.get(kind);
  if (!entry) throw new Error(`no keyword ${kind}`);
  return entry;
}

/** The canonical spelling of a keyword in a language. */
export function canonicalWord(kind: KeywordKind, language: Language): string {
  return keywordEntry(kind).words[language][0]!;
}

/** Every spelling of a keyword across all languages, longest first (so a regex alternation prefers `工作标准` to `标准`). */
export function allWords(kind: KeywordKind): string[] {
  const entry = keywordEntry(kind);
  return [...new Set(languages.flatMap((language) => entry.words[language]))].sort((a, b) => b.length - a.length);
}

/** Per kind: lower-cased spelling → the languages it belongs to. */
const wordLanguages = new Map<KeywordKind, Map<string, Language[]>>();
for (const entry of keywordTable) {
  const spellings = new Map<string, Language[]>();
  for (const language of languages) {
    for (const word of entry.words[language]) {
      const list = spellings.get(word.toLowerCase()) ?? [];
      if (!list.includes(language)) list.push(language);
      spellings.set(word.toLowerCase(), list);
    }
  }
  wordLanguages.set(entry.kind, spellings);
}
const noLanguages: Language[] = [];

/** The languages a spelling belongs to (case-insensitive for English; any run of spaces counts as one). */
export function languagesOfWord(kind: KeywordKind, word: string): readonly Language[] {
  const spellings = wordLanguages.get(kind)!;
  return spellings.get(word) ?? spellings.get(word.replace(/[ \t\u3000]+/g, ' ').toLowerCase()) ?? noLanguages;
}

/** Looks a spelling up across the table: every (kind, language) it could mean. */
export function lookupWord(word: string): { kind: KeywordKind; language: Language }[] {
  const folded = word.toLowerCase().replace(/\s+/g, ' ');
  const hits: { kind: KeywordKind; language: Language }[] = [];
  for (const entry of keywordTable) {
    for (const language of languages) {
      if (entry.words[language].some((w) => w.toLowerCase() === folded)) hits.push({ kind: entry.kind, language });
    }
  }
  return hits;
}
