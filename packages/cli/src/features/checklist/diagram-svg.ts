// The process diagram to embed in a checklist: the SVG the diagram step of `sop build` wrote for this version, or one drawn now.
import type { ProcessJson } from '@sopkit/core';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** File name the diagram step writes into out/<id>/. */
export const diagramFileName = 'diagram.svg';

/**
 * Reads out/<id>/diagram.svg when out/<id>/process.json has the same content hash as `doc` (so the picture cannot be
 * older than the text); otherwise says why not, in the reader's language.
 */
export async function builtDiagramSvg(outDir: string, doc: ProcessJson, english: boolean): Promise<{ svg: string } | { reason: string }> {
  const folder = relative(process.cwd(), join(outDir, doc.id)) || '.';
  let built: unknown;
  try {
    built = JSON.parse(await readFile(join(folder, 'process.json'), 'utf8'));
  } catch {
    return { reason: english ? `no ${join(folder, 'process.json')}; run \`sop build\` first` : `没有 ${join(folder, 'process.json')}，请先运行 sop build` };
  }
  if ((built as { hash?: unknown }).hash !== doc.hash) {
    return { reason: english ? `${join(folder, diagramFileName)} belongs to another version; run \`sop build\` again` : `${join(folder, diagramFileName)} 属于另一个版本，请重新运行 sop build` };
  }
  try {
    return { svg: await readFile(join(folder, diagramFileName), 'utf8') };
  } catch {
    return { reason: english ? `\`sop build\` wrote no ${join(folder, diagramFileName)} (is the diagram output enabled?)` : `sop build 没有生成 ${join(folder, diagramFileName)}（是否启用了流程图输出？）` };
  }
}

/** Draws the diagram now with @sopkit/mermaid (Mermaid in Chromium); says why not when that fails. */
export async function drawnDiagramSvg(doc: ProcessJson, chromium: string | undefined, english: boolean): Promise<{ svg: string } | { reason: string }> {
  const mermaid: Partial<typeof import('@sopkit/mermaid')> = await import('@sopkit/mermaid');
  if (typeof mermaid.toMermaid !== 'function' || typeof mermaid.createDiagramRenderer !== 'function') {
    return { reason: english ? 'this build of sop cannot draw diagrams' : '此版本的 sop 不能绘制流程图' };
  }
  const renderer = mermaid.createDiagramRenderer({ ...(chromium && { chromium }) });
  try {
    const { files } = await renderer.render(mermaid.toMermaid(doc), ['svg']);
    return files.svg ? { svg: new TextDecoder().decode(files.svg) } : { reason: english ? 'no SVG was drawn' : '没有生成 SVG' };
  } catch (error) {
    return { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await renderer.close();
  }
}
