// Diagnostic codes of diagram rendering (SOP32xx), with their messages in zh-CN and en.
// Note: these belong in core's catalogue; they live here until core takes them over (see the issue 4 report).
import type { Diagnostic, MessageLanguage, Severity } from '@sopkit/core';

const codes = {
  SOP3201: { severity: 'error', 'zh-CN': '无法渲染流程图：{detail}', en: 'Diagrams cannot be rendered: {detail}' },
  SOP3202: { severity: 'warning', 'zh-CN': '跳过了流程图的 SVG、PNG 和 PDF（.mmd 已生成）：{detail}', en: 'Diagram SVG, PNG and PDF were skipped (the .mmd files were written): {detail}' },
  SOP3203: { severity: 'error', 'zh-CN': '流程图渲染失败：{detail}', en: 'Rendering the diagram failed: {detail}' },
  SOP3204: { severity: 'error', 'zh-CN': 'sopkit.yaml 的流程图设置「diagram.{key}」不对：{detail}', en: 'sopkit.yaml: the diagram setting “diagram.{key}” is invalid: {detail}' },
} as const satisfies Record<`SOP${number}`, { severity: Severity; 'zh-CN': string; en: string }>;

export type DiagramCode = keyof typeof codes;

const origin = { line: 1, column: 1, offset: 0 };

/** A diagram diagnostic (without a position) in the reader's language; arguments fill `{name}` slots. */
export function diagramDiagnostic(code: DiagramCode, args: Readonly<Record<string, string>>, language: MessageLanguage): Diagnostic {
  const message = codes[code][language].replace(/\{(\w+)\}/g, (slot, name: string) => args[name] ?? slot);
  return { code, severity: codes[code].severity, message, range: { start: origin, end: origin } };
}
