// The process diagram to embed in a checklist: the SVG that the diagram step of `sop build` wrote, if it belongs to this version.
import type { ProcessJson } from '@sopkit/core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File name the diagram step writes into out/<id>/. */
export const diagramFileName = 'diagram.svg';

/**
 * Reads out/<id>/diagram.svg when out/<id>/process.json has the same content hash as `process` (so the picture cannot be
 * older than the text); otherwise says why not, in the reader's language.
 */
export async function builtDiagramSvg(outDir: string, process: ProcessJson, english: boolean): Promise<{ svg: string } | { reason: string }> {
  const folder = join(outDir, process.id);
  let built: unknown;
  try {
    built = JSON.parse(await readFile(join(folder, 'process.json'), 'utf8'));
  } catch {
    return { reason: english ? `no ${join(folder, 'process.json')}; run \`sop build\` first` : `没有 ${join(folder, 'process.json')}，请先运行 sop build` };
  }
  if ((built as { hash?: unknown }).hash !== process.hash) {
    return { reason: english ? `${join(folder, diagramFileName)} belongs to another version; run \`sop build\` again` : `${join(folder, diagramFileName)} 属于另一个版本，请重新运行 sop build` };
  }
  try {
    return { svg: await readFile(join(folder, diagramFileName), 'utf8') };
  } catch {
    return { reason: english ? `\`sop build\` wrote no ${join(folder, diagramFileName)} (is the diagram output enabled?)` : `sop build 没有生成 ${join(folder, diagramFileName)}（是否启用了流程图输出？）` };
  }
}
