// A process that fails to build leaves its output folder from an earlier build as it was: say so, so that nobody prints
// those files believing they are current.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatMessage, idPattern, messageLanguage, type Diagnostic, type DocumentNode, type LineMap, type MessageLanguage } from '@sopkit/core/check';
import { declaredId } from './duplicate-ids.js';

/** SOP4007 for a checked file not built this time, if its process id names an existing folder under `outDir`. */
export function staleOutput(
  { path, result }: { path: string; result: { ast: DocumentNode; lines: LineMap } }, outDir: string, forced: MessageLanguage | undefined,
): { path: string; diagnostic: Diagnostic; lines: LineMap } | undefined {
  const id = declaredId(result.ast);
  if (!id || !idPattern.test(id.value.text)) return undefined;
  const folder = join(outDir, id.value.text);
  if (!existsSync(folder)) return undefined;
  const shown = relative(process.cwd(), folder) || folder;
  const language = forced ?? messageLanguage(result.ast.language);
  return {
    path, lines: result.lines,
    diagnostic: { code: 'SOP4007', severity: 'warning', message: formatMessage('SOP4007', { path: `${shown}/` }, language), range: result.lines.range(id.value.span) },
  };
}
