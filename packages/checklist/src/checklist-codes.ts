// Diagnostic codes of checklist rendering (SOP31xx), with their messages in zh-CN and en.
// Note: these belong in core's catalogue; they live here until core takes them over (see the issue 5 report).
import type { Diagnostic, MessageLanguage, Range, Severity } from '@sopkit/core';

const codes = {
  SOP3101: { severity: 'error', 'zh-CN': '模板语法错误：{detail}', en: 'Template syntax error: {detail}' },
  SOP3102: {
    severity: 'error',
    'zh-CN': '模板引用了不存在的字段「{field}」（在「{expression}」中）。{hint}',
    en: 'The template refers to the field “{field}”, which does not exist (in “{expression}”).{hint}',
  },
  SOP3103: {
    severity: 'error',
    'zh-CN': '「{expression}」不转义地输出文字；流程文字必须转义，请改用 {{{name}}}。',
    en: '“{expression}” prints text unescaped; process text must be escaped, so write {{{name}}} instead.',
  },
  SOP3104: { severity: 'error', 'zh-CN': '模板使用了不存在的{what}「{name}」。{hint}', en: 'The template uses the {what} “{name}”, which does not exist.{hint}' },
  SOP3105: { severity: 'error', 'zh-CN': '模板出错：{detail}', en: 'The template failed: {detail}' },
  SOP3106: {
    severity: 'error',
    'zh-CN': '--steps {selection} 没有选中任何工步（本流程的工步：{available}）。',
    en: '--steps {selection} selects no step (the steps of this process: {available}).',
  },
  SOP3107: { severity: 'error', 'zh-CN': '生成 PDF 失败：{detail}', en: 'Printing the PDF failed: {detail}' },
  SOP3108: { severity: 'warning', 'zh-CN': '跳过了 PDF：{detail}', en: 'PDFs were skipped: {detail}' },
  SOP3109: { severity: 'warning', 'zh-CN': '未嵌入流程图：{detail}', en: 'The process diagram was not embedded: {detail}' },
} as const satisfies Record<`SOP${number}`, { severity: Severity; 'zh-CN': string; en: string }>;

export type ChecklistCode = keyof typeof codes;

const origin = { line: 1, column: 1, offset: 0 };

/** A checklist diagnostic in the reader's language; arguments fill `{name}` slots. */
export function checklistDiagnostic(
  code: ChecklistCode,
  args: Readonly<Record<string, string>>,
  language: MessageLanguage,
  range: Range = { start: origin, end: origin },
): Diagnostic {
  const message = codes[code][language].replace(/\{(\w+)\}/g, (slot, name: string) => args[name] ?? slot);
  return { code, severity: codes[code].severity, message, range };
}
