// Across files: two processes may not share an id (they would overwrite each other's output folder).
import { formatMessage, messageLanguage, type Diagnostic, type DocumentNode, type FieldNode, type LineMap, type MessageLanguage } from '@sopkit/core/check';

/** The id field a process declares, if any (whether or not the file has errors). */
export function declaredId(ast: DocumentNode): FieldNode | undefined {
  return ast.process?.fields.find((f): f is FieldNode => f.type === 'field' && f.keyword.kind === 'id' && f.value.text !== '');
}

export function duplicateIds(files: readonly { path: string; result: { ast: DocumentNode; lines: LineMap } }[], forced: MessageLanguage | undefined) {
  const seen = new Map<string, string>();
  const out: { path: string; diagnostic: Diagnostic; lines: LineMap }[] = [];
  for (const { path, result } of files) {
    const field = declaredId(result.ast);
    if (!field) continue;
    const other = seen.get(field.value.text);
    if (other === undefined) {
      seen.set(field.value.text, path);
      continue;
    }
    const language = forced ?? messageLanguage(result.ast.language);
    out.push({
      path,
      lines: result.lines,
      diagnostic: {
        code: 'SOP2009', severity: 'error', message: formatMessage('SOP2009', { id: field.value.text, other }, language),
        range: result.lines.range(field.value.span),
      },
    });
  }
  return out;
}
