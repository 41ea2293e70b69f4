// The diagnostic code catalogue: every code with its severity and its message in zh-CN and en.
// 1xxx syntax, 2xxx semantics, 3xxx compile and render, 4xxx CLI, files and configuration.
import type { Severity } from './types.js';

export interface CatalogueEntry {
  readonly severity: Severity;
  /** A short English name, used in docs and tests. */
  readonly title: string;
  readonly 'zh-CN': string;
  readonly en: string;
}

export const catalogue = {
  SOP1001: { severity: 'error', title: 'unknown keyword with a suggestion',
    'zh-CN': '不认识的关键字「{word}」。是不是要写「{suggestion}」？', en: 'Unknown keyword “{word}”. Did you mean “{suggestion}”?' },
  SOP1002: { severity: 'error', title: 'unrecognised line',
    'zh-CN': '无法识别这一行：每行应以关键字开头（如「工作标准:」），或以「#」开头作注释。', en: 'This line is not understood: each line starts with a keyword (such as “Standard:”), or with “#” for a comment.' },
  SOP1003: { severity: 'error', title: 'missing colon',
    'zh-CN': '「{keyword}」后面缺少冒号，应写成「{keyword}: …」。', en: 'Missing colon after “{keyword}”: write “{keyword}: …”.' },
  SOP1004: { severity: 'error', title: 'misplaced line',
    'zh-CN': '「{keyword}」不能写在这里：{where}', en: '“{keyword}” cannot stand here: {where}' },
  SOP1005: { severity: 'error', title: 'empty value',
    'zh-CN': '「{keyword}」后面没有内容。', en: '“{keyword}” has nothing after it.' },
  SOP1006: { severity: 'error', title: 'unexpected words before the colon',
    'zh-CN': '「{keyword}」与冒号之间多了「{extra}」。', en: 'Unexpected “{extra}” between “{keyword}” and the colon.' },
  SOP1007: { severity: 'error', title: 'number not allowed',
    'zh-CN': '只有工步可以带编号，「{keyword}」后面不能写编号「{number}」。', en: 'Only steps take a number; “{keyword}” cannot be followed by “{number}”.' },
  SOP1008: { severity: 'warning', title: 'keyword of another language',
    'zh-CN': '「{word}」是{wordLanguage}关键字，而本文件的语言是{language}；请写「{suggestion}」。', en: '“{word}” is a {wordLanguage} keyword but this file is in {language}; write “{suggestion}”.' },
  SOP1009: { severity: 'error', title: 'unknown language',
    'zh-CN': '不支持的语言「{value}」，可选：zh-CN、zh-TW、en。', en: 'Unknown language “{value}”; use zh-CN, zh-TW or en.' },
  SOP1010: { severity: 'error', title: 'invalid timing',
    'zh-CN': '看不懂时间「{text}」。可以写：「30秒」「每隔 30秒」「5分钟后」「3小时内」「提前 1~2分钟」「超过15分钟」「每天」。', en: 'The timing “{text}” is not understood. Write e.g. “30 s”, “every 30 s”, “after 5 min”, “within 3 h”, “1-2 min before”, “daily”.' },
  SOP1011: { severity: 'error', title: 'invalid step reference',
    'zh-CN': '「{keyword}」后面应写工步编号，如「{keyword} 工步 15」。', en: '“{keyword}” needs a step number, as in “{keyword} step 15”.' },
  SOP1012: { severity: 'error', title: 'unexpected character',
    'zh-CN': '无法读取的字符「{text}」。', en: 'Unexpected character “{text}”.' },
  SOP1013: { severity: 'error', title: 'syntax error',
    'zh-CN': '这一行的写法不对：{detail}', en: 'This line is not well formed: {detail}' },
  SOP1014: { severity: 'error', title: 'condition required',
    'zh-CN': '「{keyword}」后面应写条件，如「{keyword} 迟到超过15分钟: …」。', en: '“{keyword}” needs a condition, as in “{keyword} late by more than 15 min: …”.' },

  SOP2001: { severity: 'error', title: 'missing process header',
    'zh-CN': '文件缺少流程表头「流程: 标题」。', en: 'The file has no process header “Process: title”.' },
  SOP2002: { severity: 'error', title: 'missing process id',
    'zh-CN': '流程缺少编号，请在「{keyword}」下写「编号: 如 home-service-visit」。', en: 'The process has no id: add “Id: e.g. home-service-visit” under “{keyword}”.' },
  SOP2003: { severity: 'error', title: 'unknown step reference',
    'zh-CN': '{from} 引用了不存在的工步 {target}。', en: '{from} refers to step {target}, which does not exist.' },
  SOP2004: { severity: 'error', title: 'duplicate step number',
    'zh-CN': '工步编号 {number} 重复了。', en: 'Step number {number} is used twice.' },
  SOP2005: { severity: 'warning', title: 'steps out of order',
    'zh-CN': '工步 {number} 写在工步 {previous} 之后，顺序颠倒了。', en: 'Step {number} comes after step {previous}: the steps are out of order.' },
  SOP2006: { severity: 'error', title: 'unknown role',
    'zh-CN': '角色「{role}」没有在「角色:」中声明。{hint}', en: 'The role “{role}” is not declared under “Roles:”.{hint}' },
  SOP2007: { severity: 'error', title: 'problem without remedy',
    'zh-CN': '问题「{problem}」没有解决措施。', en: 'The problem “{problem}” has no remedy.' },
  SOP2008: { severity: 'warning', title: 'empty step',
    'zh-CN': '{step} 没有工作标准、问题或判断。', en: '{step} has no standard, problem or decision.' },
  SOP2009: { severity: 'error', title: 'duplicate process id',
    'zh-CN': '流程编号「{id}」已在 {other} 中使用。', en: 'The process id “{id}” is already used in {other}.' },
  SOP2010: { severity: 'error', title: 'decision without branches',
    'zh-CN': '判断「{question}」没有分支（是/否/当…）。', en: 'The decision “{question}” has no branches (Yes/No/When …).' },
  SOP2011: { severity: 'warning', title: 'unreachable step',
    'zh-CN': '{step} 无法到达：前一个工步的所有分支都转向了别处，也没有任何地方转到它。', en: '{step} cannot be reached: every branch of the step before it leads elsewhere, and nothing goes to it.' },
  SOP2012: { severity: 'error', title: 'invalid process id',
    'zh-CN': '流程编号「{id}」只能包含小写字母、数字和连字符，并以字母或数字开头。', en: 'The process id “{id}” may contain only lowercase letters, digits and hyphens, starting with a letter or digit.' },
  SOP2013: { severity: 'error', title: 'duplicate field',
    'zh-CN': '「{keyword}」只能写一次。', en: '“{keyword}” may appear only once.' },
  SOP2014: { severity: 'error', title: 'duplicate branch',
    'zh-CN': '判断中已有「{keyword}」分支。', en: 'The decision already has a “{keyword}” branch.' },
  SOP2015: { severity: 'error', title: 'second process header',
    'zh-CN': '一个文件只能有一个流程；请把第二个流程放到单独的文件中。', en: 'A file holds one process; move the second process to a file of its own.' },
  SOP2016: { severity: 'warning', title: 'duplicate role',
    'zh-CN': '角色「{role}」声明了两次。', en: 'The role “{role}” is declared twice.' },

  SOP2017: { severity: 'error', title: 'scenario without a right answer',
    'zh-CN': '场景「{prompt}」没有正确选项（「正确: …」）。', en: 'The scenario “{prompt}” has no right answer (“Correct: …”).' },
  SOP2018: { severity: 'error', title: 'scenario for a missing step',
    'zh-CN': '场景引用了不存在的工步 {target}。', en: 'The scenario refers to step {target}, which does not exist.' },
  SOP2019: { severity: 'warning', title: 'scenario with too few choices',
    'zh-CN': '场景「{prompt}」只有 {count} 个选项，至少要有 2 个。', en: 'The scenario “{prompt}” has {count} choice(s); it needs at least 2.' },

  SOP3001: { severity: 'error', title: 'compiled output failed its schema',
    'zh-CN': '内部错误：编译结果不符合 JSON Schema（{detail}）。请报告此问题。', en: 'Internal error: the compiled output does not match the JSON Schema ({detail}). Please report this.' },

  SOP4001: { severity: 'error', title: 'cannot read file',
    'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  SOP4002: { severity: 'error', title: 'no SOP files',
    'zh-CN': '在 {path} 下没有找到 .sop 文件。', en: 'No .sop files found under {path}.' },
  SOP4003: { severity: 'error', title: 'cannot write output',
    'zh-CN': '无法写入 {path}：{detail}', en: 'Cannot write {path}: {detail}' },
  SOP4004: { severity: 'error', title: 'configuration syntax error',
    'zh-CN': 'sopkit.yaml 有语法错误：{detail}', en: 'sopkit.yaml is not valid YAML: {detail}' },
  SOP4005: { severity: 'error', title: 'invalid configuration',
    'zh-CN': 'sopkit.yaml 的设置「{path}」不对：{detail}', en: 'sopkit.yaml: the setting “{path}” is invalid: {detail}' },
  SOP4006: { severity: 'error', title: 'input is not valid text',
    'zh-CN': '文件不是有效的 UTF-8 文本。', en: 'The file is not valid UTF-8 text.' },
} as const satisfies Record<`SOP${number}`, CatalogueEntry>;

export type DiagnosticCode = keyof typeof catalogue;
