// `sop checklist <file.sop> [--template …] [-o out.{html,md,pdf}] [--steps 8-12] [--lang …] [--embed-diagram]`.
import { join, relative, resolve } from 'node:path';
import { compileProcess, messageLanguage, type MessageLanguage } from '@sopkit/core';
import {
  builtinKey, builtinTemplates, checklistDiagnostic, compileTemplate, labelsFor, loadTemplateLibrary, readTemplateFile, renderChecklist, tooLargeToPrint,
  type BuiltinTemplate, type ChecklistTemplate, type TemplateFormat, type TemplateLibrary,
} from '@sopkit/checklist';
import { commandContext, exitCodes, type CommandContext } from '../../context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { describe, FileProblem, readSource } from '../../io/sources.js';
import { fileProblemDiagnostic } from '../../report/file-problem.js';
import { sheetDiagrams } from './diagram-svg.js';
import { outputFormat } from './output-format.js';
import { chromeInfo, openPdfSession, printFailure } from './pdf-session.js';
import { writeProblem } from '../../report/write-problem.js';

export interface ChecklistOptions {
  template: string;
  output?: string;
  steps?: string;
  lang?: MessageLanguage;
  embedDiagram?: boolean;
  format?: 'text' | 'json';
}

function isBuiltin(name: string): name is BuiltinTemplate {
  return (builtinTemplates as readonly string[]).includes(name);
}

/** A template named on the command line: a built-in name, or a path to a .hbs file. */
async function chooseTemplate(
  name: string, format: TemplateFormat, library: TemplateLibrary, ctx: CommandContext, language: MessageLanguage,
): Promise<ChecklistTemplate | number> {
  const builtin = isBuiltin(name) ? library.builtins.get(builtinKey(name, format)) : undefined;
  let file = builtin;
  if (!file) {
    try {
      file = await readTemplateFile(name);
    } catch (error) {
      const detail = `${describe(error, language)} — ${language === 'en' ? 'use training, audit, card or the path of a .hbs file' : '请写 training、audit、card 或 .hbs 模板文件的路径'}`;
      ctx.reporter.report(name, [fileProblemDiagnostic(new FileProblem('SOP4001', name, detail), language)], undefined);
      return exitCodes.usage;
    }
  }
  const compiled = compileTemplate(file, format, library, language);
  if ('problem' in compiled) {
    ctx.reporter.report(relative(process.cwd(), compiled.problem.file.path) || compiled.problem.file.path, compiled.problem.diagnostics, compiled.problem.lines);
    return exitCodes.inputErrors;
  }
  return compiled.template;
}

export async function runChecklist(input: string, options: ChecklistOptions): Promise<number> {
  const ctx = await commandContext({ ...(options.lang && { lang: options.lang }), ...(options.format && { format: options.format }) });
  const code = await checklist(input, options, ctx);
  ctx.reporter.flush();
  return code;
}

async function checklist(input: string, options: ChecklistOptions, ctx: CommandContext): Promise<number> {
  const { reporter } = ctx;
  if (ctx.config.diagnostics.length > 0) return exitCodes.usage;
  let source;
  try {
    source = await readSource(input);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
    return exitCodes.usage;
  }
  const result = compileProcess(source.text, { uri: source.path, ...(ctx.forcedLanguage && { messageLanguage: ctx.forcedLanguage }) });
  reporter.report(source.path, result.diagnostics, result.lines);
  if (!result.process) return exitCodes.inputErrors;
  const proc = result.process;
  const language = ctx.forcedLanguage ?? messageLanguage(proc.language);
  const english = language === 'en';

  const target = options.output && options.output !== '-' ? options.output : undefined;
  const format = target ? outputFormat(target)! : 'html';
  const library = await loadTemplateLibrary();
  const template = await chooseTemplate(options.template, format === 'pdf' ? 'html' : format, library, ctx, language);
  if (typeof template === 'number') return template;

  let diagramSvg: string | undefined;
  if (options.embedDiagram) {
    const diagrams = sheetDiagrams({
      diagram: ctx.config.config.diagram, chromium: ctx.config.config.chromium, cacheDir: join(resolve(ctx.root, ctx.config.config.out), '.cache', 'diagrams'),
    }, english);
    const diagram = await diagrams.svg(proc).finally(() => diagrams.close());
    if ('svg' in diagram) diagramSvg = diagram.svg;
    else reporter.report(source.path, [checklistDiagnostic('SOP3109', { detail: diagram.reason }, language)], undefined);
  }

  const labelLanguage = options.lang ?? proc.language;
  const rendered = renderChecklist(proc, template, {
    language: labelLanguage, messageLanguage: language,
    ...(options.steps !== undefined && { steps: options.steps }),
    ...(diagramSvg !== undefined && { diagramSvg }),
  });
  if ('problem' in rendered) {
    reporter.report(relative(process.cwd(), rendered.problem.file.path) || rendered.problem.file.path, rendered.problem.diagnostics, rendered.problem.lines);
    return exitCodes.inputErrors;
  }
  if ('diagnostic' in rendered) {
    reporter.report(source.path, [rendered.diagnostic], undefined);
    return exitCodes.usage;
  }
  if (!target) {
    process.stdout.write(rendered.text);
    return exitCodes.ok;
  }

  let bytes: string | Uint8Array = rendered.text;
  const unprintable = format === 'pdf' ? tooLargeToPrint(rendered.text) : undefined;
  if (unprintable) {
    const detail = language === 'en' ? unprintable.en : labelLanguage === 'zh-TW' ? unprintable['zh-TW'] : unprintable['zh-CN'];
    reporter.report(target, [checklistDiagnostic('SOP3107', { detail }, language)], undefined);
    return exitCodes.usage;
  }
  if (format === 'pdf') {
    const session = await openPdfSession(ctx.config.config.chromium);
    if ('problems' in session) {
      for (const problem of session.problems) reporter.report(target, [checklistDiagnostic('SOP3107', { detail: problem[language] }, language)], undefined);
      return exitCodes.usage;
    }
    try {
      const sheet = isBuiltin(options.template) ? labelsFor(labelLanguage)[options.template] : null;
      bytes = await session.printer.print(rendered.text, chromeInfo(proc, sheet, labelLanguage));
    } catch (error) {
      reporter.report(target, [checklistDiagnostic('SOP3107', { detail: printFailure(error, language) }, language)], undefined);
      return exitCodes.usage;
    } finally {
      await session.close();
    }
  }
  try {
    await writeFileAtomic(target, bytes, { input: source.path });
  } catch (error) {
    reporter.report(target, [writeProblem(target, error, language)], undefined);
    return exitCodes.usage;
  }
  if (options.format !== 'json') process.stderr.write(english ? `Wrote ${target}\n` : `已生成 ${target}\n`);
  return exitCodes.ok;
}
