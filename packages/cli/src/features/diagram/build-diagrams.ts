// The diagram step of `sop build`: out/<id>/diagram.mmd for every process, then SVG, PNG and PDF rendered with one
// Chromium, a few at a time, through the cache in out/.cache/diagrams (an unchanged process is not rendered again).
import { toTraditional, type MessageLanguage, type ProcessJson } from '@sopkit/core';
import type { TooLarge } from '@sopkit/mermaid';
import { relative, join } from 'node:path';
import type { BuildOutputContext } from '../../commands/build-outputs.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { writeProblem } from '../../report/write-problem.js';
import { diagramDiagnostic } from './diagram-codes.js';
import { diagramSettings, type DiagramFormat } from './diagram-settings.js';
import { openRenderer, renderFailure } from './render-session.js';

const shown = (path: string) => relative(process.cwd(), path) || path;

/** A message in the reader's language, in Traditional characters for a zh-TW document read in Chinese. */
function wordedFor(doc: ProcessJson, message: TooLarge['message'], language: MessageLanguage): string {
  return language === 'en' ? message.en : doc.language === 'zh-TW' ? message['zh-TW'] : message['zh-CN'];
}

/** Writes every process's diagram files; returns false when the build must fail. */
export async function buildDiagrams(processes: readonly ProcessJson[], ctx: BuildOutputContext): Promise<boolean> {
  const { reporter, language, progress } = ctx;
  const configured = diagramSettings(ctx.config.diagram);
  if ('problems' in configured) {
    for (const p of configured.problems) reporter.report('sopkit.yaml', [diagramDiagnostic('SOP3204', { key: p.key, detail: p.detail }, language)], undefined);
    for (const p of processes) progress.tick(p.id);
    return false;
  }
  const { options, formats } = configured.settings;
  const { planDiagram } = await import('@sopkit/mermaid');
  const jobs = processes.map((p) => ({ process: p, ...planDiagram(p, options), folder: join(ctx.outDir, p.id) }));
  const write = async (path: string, data: string | Uint8Array): Promise<boolean> => {
    try {
      await writeFileAtomic(path, data);
      return true;
    } catch (error) {
      reporter.report(shown(path), [writeProblem(shown(path), error, language)], undefined);
      return false;
    }
  };
  let ok = true;
  if (formats.includes('mmd')) {
    for (const job of jobs) ok = (await write(join(job.folder, 'diagram.mmd'), job.text)) && ok;
  }
  const images = formats.filter((f): f is Exclude<DiagramFormat, 'mmd'> => f !== 'mmd');
  const drawable = images.length === 0 ? jobs : jobs.filter((job) => {
    if (!job.tooLarge) return true;
    const detail = wordedFor(job.process, job.tooLarge.message, language);
    reporter.report(shown(join(job.folder, 'diagram.mmd')), [diagramDiagnostic('SOP3202', { detail }, language, job.tooLarge.range)], undefined);
    progress.tick(job.process.id);
    return false;
  });
  if (images.length === 0 || drawable.length === 0) {
    for (const job of drawable) progress.tick(job.process.id);
    return ok;
  }

  const explicit = ctx.explicit?.has('diagram') ?? false;
  const session = await openRenderer(ctx.config.chromium, join(ctx.outDir, '.cache', 'diagrams'), ctx.browser);
  if ('problems' in session) {
    const code = explicit ? 'SOP3201' : 'SOP3202';
    for (const problem of session.problems) reporter.report(shown(ctx.outDir), [diagramDiagnostic(code, { detail: problem[language] }, language)], undefined);
    for (const job of drawable) progress.tick(job.process.id);
    return ok && !explicit;
  }
  let rendered = 0;
  let cached = 0;
  try {
    const results = await Promise.all(drawable.map(async (job) => {
      try {
        const result = await session.renderer.render(job.text, images);
        if (result.cached) cached++;
        else rendered++;
        let written = true;
        for (const format of images) written = (await write(join(job.folder, `diagram.${format}`), result.files[format]!)) && written;
        return written;
      } catch (error) {
        reporter.report(shown(join(job.folder, 'diagram.mmd')), [diagramDiagnostic('SOP3203', { detail: renderFailure(error) }, language)], undefined);
        return false;
      } finally {
        progress.tick(job.process.id);
      }
    }));
    ok = results.every(Boolean) && ok;
  } finally {
    await session.renderer.close();
  }
  if (reporter.format === 'text') {
    const summary = language === 'en'
      ? `Diagrams: ${rendered} rendered, ${cached} unchanged (from the cache)`
      : `流程图：渲染 ${rendered} 个，${cached} 个未变（取自缓存）`;
    process.stderr.write(`${language === 'zh-CN' && processes.every((p) => p.language === 'zh-TW') ? toTraditional(summary) : summary}\n`);
  }
  return ok;
}
