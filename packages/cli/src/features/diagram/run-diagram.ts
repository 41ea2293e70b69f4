// `sop diagram <file> [-o out.{mmd,svg,png,pdf}]`: one process as a Mermaid flowchart, as text or rendered in Chromium.
import { compileProcess } from '@sopkit/core';
import type { Detail, Direction, Layout } from '@sopkit/mermaid';
import { commandContext, exitCodes, type CommonOptions } from '../../context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { FileProblem, readSource } from '../../io/sources.js';
import { writeProblem } from '../../report/write-problem.js';
import { fileProblemDiagnostic } from '../../report/file-problem.js';
import { diagramDiagnostic } from './diagram-codes.js';
import { diagramSettings, formatOfPath, type DiagramFormat } from './diagram-settings.js';
import { openRenderer, renderFailure } from './render-session.js';

export interface DiagramCommandOptions {
  lang?: CommonOptions['lang'];
  output?: string;
  format?: DiagramFormat;
  detail?: Detail;
  direction?: Direction;
  layout?: Layout;
  legend?: boolean;
}

export async function runDiagram(input: string, options: DiagramCommandOptions): Promise<number> {
  const ctx = await commandContext({ ...(options.lang && { lang: options.lang }), format: 'text' });
  const { reporter, language } = ctx;
  const configured = diagramSettings(ctx.config.config.diagram);
  if ('problems' in configured) {
    for (const p of configured.problems) reporter.report(ctx.config.path ?? 'sopkit.yaml', [diagramDiagnostic('SOP3204', { key: p.key, detail: p.detail }, language)], undefined);
  }
  if (ctx.config.diagnostics.length > 0 || 'problems' in configured) return exitCodes.usage;
  const output = options.output && options.output !== '-' ? options.output : undefined;
  const named = output ? formatOfPath(output) : undefined;
  if (options.format && named && named !== options.format) {
    process.stderr.write(language === 'en'
      ? `error: --format ${options.format} does not match the output file ${output}; leave out --format, or name a .${options.format} file\n`
      : `错误：--format ${options.format} 与输出文件 ${output} 的格式不符；去掉 --format，或把文件名改为 .${options.format}\n`);
    return exitCodes.usage;
  }
  const format = options.format ?? named ?? 'mmd';

  let source;
  try {
    source = await readSource(input);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    reporter.report(error.path, [fileProblemDiagnostic(error, language)], undefined);
    return exitCodes.usage;
  }
  const result = compileProcess(source.text, { uri: source.path, ...(ctx.forcedLanguage && { messageLanguage: ctx.forcedLanguage }) });
  reporter.report(source.path, result.diagnostics, result.lines);
  if (!result.process) return exitCodes.inputErrors;

  const { planDiagram } = await import('@sopkit/mermaid');
  const flags = {
    ...(options.detail && { detail: options.detail }),
    ...(options.direction && { direction: options.direction }),
    ...(options.layout && { layout: options.layout }),
    ...(options.legend === false && { legend: false }),
  };
  const { text, tooLarge } = planDiagram(result.process, { ...configured.settings.options, ...flags });
  let data: string | Uint8Array = text;
  if (format !== 'mmd' && tooLarge) {
    const detail = language === 'en' ? tooLarge.message.en : result.process.language === 'zh-TW' ? tooLarge.message['zh-TW'] : tooLarge.message['zh-CN'];
    reporter.report(source.path, [diagramDiagnostic('SOP3203', { detail }, language, tooLarge.range)], result.lines);
    return exitCodes.usage;
  }
  if (format !== 'mmd') {
    const session = await openRenderer(ctx.config.config.chromium, undefined);
    if ('problems' in session) {
      for (const problem of session.problems) reporter.report(source.path, [diagramDiagnostic('SOP3201', { detail: problem[language] }, language)], undefined);
      return exitCodes.usage;
    }
    try {
      const rendered = await session.renderer.render(text, [format]);
      data = rendered.files[format]!;
    } catch (error) {
      reporter.report(source.path, [diagramDiagnostic('SOP3203', { detail: renderFailure(error) }, language)], undefined);
      return exitCodes.usage;
    } finally {
      await session.renderer.close();
    }
  }
  if (!output) {
    process.stdout.write(data);
    return exitCodes.ok;
  }
  try {
    await writeFileAtomic(output, data, { input: source.path });
  } catch (error) {
    reporter.report(output, [writeProblem(output, error, language)], undefined);
    return exitCodes.usage;
  }
  return exitCodes.ok;
}
