// What the diagram preview shows for a document's text: the Mermaid text of the compiled process, or why there is none.
import { compileProcess } from '@sopkit/core';
import { say } from '@sopkit/language-server/own-words';
import { toMermaid } from '@sopkit/mermaid';

export type PreviewMessage =
  | { readonly kind: 'diagram'; readonly title: string; readonly mermaid: string }
  | { readonly kind: 'problems'; readonly title: string; readonly heading: string; readonly problems: readonly string[] };

/** Compiles the text (pure, no I/O) and turns the process into Mermaid text, or lists the errors that stop it. */
export function previewMessage(text: string, uri: string): PreviewMessage {
  const compiled = compileProcess(text, { uri });
  const title = compiled.ast.process?.value.text ?? uri.split('/').pop() ?? '';
  if (compiled.process) return { kind: 'diagram', title, mermaid: toMermaid(compiled.process) };
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  return {
    kind: 'problems',
    title,
    heading: say(compiled.ast.language, {
      zh: '修正以下 {count} 个错误后即可显示流程图：', en: errors.length === 1 ? 'The diagram appears once this error is fixed:' : 'The diagram appears once these {count} errors are fixed:',
    }, { count: errors.length }),
    problems: errors.slice(0, 20).map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`),
  };
}

