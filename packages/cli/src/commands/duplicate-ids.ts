// Across files: two processes may not share an id (they would overwrite each other's output folder).
import { formatMessage, messageLanguage, type Diagnostic, type DocumentNode, type FieldNode, type LineMap, type MessageLanguage } from '@sopkit/core/check';

/** The id field a process declares, if any (whether or not the file has errors). */
export function declaredId(ast: DocumentNode): FieldNode | undefined {
  return ast.process?.fields.find((f): f is FieldNode => f.type === 'field' && f.keyword.kind === 'id' && f.value.text !== '');
}

type Checked = { path: string; result: { ast: DocumentNode; lines: LineMap } };
type Duplicate = { path: string; diagnostic: Diagnostic; lines: LineMap };

/**
 * A finder fed one file at a time that answers with SOP2009 when the file's id was declared by an earlier file, so a
 * command checking many files keeps only the ids it has seen, not every file's tree.
 */
export function duplicateIdFinder(forced: MessageLanguage | undefined): (file: Checked) => Duplicate | undefined {
  const seen = new Map<string, string>();
  return ({ path, result }) => {
    const field = declaredId(result.ast);
    if (!field) return undefined;
    const other = seen.get(field.value.text);
    if (other === undefined) {
      seen.set(field.value.text, path);
      return undefined;
    }
    const language = forced ?? messageLanguage(result.ast.language);
    return {
      path,
      lines: result.lines,
      diagnostic: {
        code: 'SOP2009', severity: 'error', message: formatMessage('SOP2009', { id: field.value.text, other }, language),
        range: result.lines.range(field.value.span),
      },
    };
  };
}
