// The checklist step of `sop build`: every built-in template of every process as HTML, Markdown and PDF into out/<id>/.
import { join, relative } from 'node:path';
import type { MessageLanguage, ProcessJson } from '@sopkit/core';
import {
  builtinKey, checklistDiagnostic, compileTemplate, labelsFor, loadTemplateLibrary, renderChecklist, tooLargeToPrint,
  type BuiltinTemplate, type ChecklistTemplate,
} from '@sopkit/checklist';
import type { BuildOutputContext } from '../../commands/build-outputs.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { checklistSettings, type ChecklistSettings } from './checklist-settings.js';
import { sheetDiagrams } from './diagram-svg.js';
import { chromeInfo, openPdfSession, printFailure } from './pdf-session.js';
import { writeProblem } from '../../report/write-problem.js';

interface PdfJob {
  readonly process: ProcessJson;
  readonly template: BuiltinTemplate;
  readonly html: string;
  readonly path: string;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Compiles the chosen built-in templates in both formats; a problem here is a bug in a built-in, reported like any other. */
async function builtinTemplatesFor(templates: readonly BuiltinTemplate[], ctx: BuildOutputContext) {
  const library = await loadTemplateLibrary();
  const compiled = new Map<string, ChecklistTemplate>();
  for (const name of templates) {
    for (const format of ['html', 'markdown'] as const) {
      const result = compileTemplate(library.builtins.get(builtinKey(name, format))!, format, library, ctx.language);
      if ('problem' in result) {
        ctx.reporter.report(shown(result.problem.file.path), result.problem.diagnostics, result.problem.lines);
        return undefined;
      }
      compiled.set(builtinKey(name, format), result.template);
    }
  }
  return compiled;
}

/** Writes the checklists; returns false when the build must fail (a write failed, or PDFs were asked for and cannot be made). */
export async function buildChecklists(processes: readonly ProcessJson[], ctx: BuildOutputContext): Promise<boolean> {
  const { reporter, progress } = ctx;
  const messages: MessageLanguage = ctx.language;
  // Note: sopkit.yaml's `checklist:` section was checked against the config schema when it was loaded.
  const settings = checklistSettings(ctx.config.checklist as Partial<ChecklistSettings>);
  const explicit = ctx.explicit?.has('checklist') ?? false;
  const templates = await builtinTemplatesFor(settings.templates, ctx);
  if (!templates) return false;
  const wantPdf = settings.formats.includes('pdf');
  progress.grow(processes.length * settings.templates.length * settings.formats.length);

  let ok = true;
  const write = async (path: string, data: string | Uint8Array) => {
    try {
      await writeFileAtomic(path, data);
    } catch (error) {
      reporter.report(shown(path), [writeProblem(shown(path), error, messages)], undefined);
      ok = false;
    }
    progress.tick(shown(path));
  };

  const jobs: PdfJob[] = [];
  // Note: only the HTML of the training sheet (and so its PDF) shows the diagram; nothing is drawn for other sheets.
  const showsDiagram = settings.templates.includes('training') && (settings.formats.includes('html') || wantPdf);
  const diagrams = settings.embedDiagram && showsDiagram
    ? sheetDiagrams({ diagram: ctx.config.diagram, chromium: ctx.config.chromium, cacheDir: join(ctx.outDir, '.cache', 'diagrams'), browser: ctx.browser }, messages === 'en')
    : undefined;
  /** The sheets of one process: HTML and Markdown written, PDFs queued. */
  const sheetsOf = async (proc: ProcessJson): Promise<void> => {
    const folder = join(ctx.outDir, proc.id);
    let diagramSvg: string | undefined;
    if (diagrams) {
      const diagram = await diagrams.svg(proc);
      if ('svg' in diagram) diagramSvg = diagram.svg;
      else reporter.report(shown(folder), [checklistDiagnostic('SOP3109', { detail: diagram.reason }, messages)], undefined);
    }
    for (const name of settings.templates) {
      for (const format of ['html', 'markdown'] as const) {
        const extension = format === 'html' ? 'html' : 'md';
        if (!settings.formats.includes(extension) && !(format === 'html' && wantPdf)) continue;
        const rendered = renderChecklist(proc, templates.get(builtinKey(name, format))!, {
          messageLanguage: messages, ...(diagramSvg !== undefined && { diagramSvg }),
        });
        if (!('text' in rendered)) {
          const problem = 'problem' in rendered ? rendered.problem : undefined;
          if (problem) reporter.report(shown(problem.file.path), problem.diagnostics, problem.lines);
          ok = false;
          continue;
        }
        if (settings.formats.includes(extension)) await write(join(folder, `checklist-${name}.${extension}`), rendered.text);
        if (format !== 'html' || !wantPdf) continue;
        const path = join(folder, `checklist-${name}.pdf`);
        const unprintable = tooLargeToPrint(rendered.text);
        if (!unprintable) jobs.push({ process: proc, template: name, html: rendered.text, path });
        else {
          const detail = messages === 'en' ? unprintable.en : proc.language === 'zh-TW' ? unprintable['zh-TW'] : unprintable['zh-CN'];
          reporter.report(shown(path), [checklistDiagnostic('SOP3108', { detail }, messages)], undefined);
          progress.tick(shown(path));
        }
      }
    }
  };
  try {
    for (const proc of processes) await sheetsOf(proc);
  } finally {
    await diagrams?.close();
  }
  if (jobs.length === 0) return ok;
  return (await printAll(jobs, ctx, explicit)) && ok;
}

/** Prints every PDF with one browser; without Chromium or fonts, says so and fails only when checklists were asked for explicitly. */
async function printAll(jobs: readonly PdfJob[], ctx: BuildOutputContext, explicit: boolean): Promise<boolean> {
  const { reporter, progress } = ctx;
  const session = await openPdfSession(ctx.config.chromium, ctx.browser);
  if ('problems' in session) {
    const code = explicit ? 'SOP3107' : 'SOP3108';
    for (const problem of session.problems) reporter.report(shown(ctx.outDir), [checklistDiagnostic(code, { detail: problem[ctx.language] }, ctx.language)], undefined);
    for (const job of jobs) progress.tick(shown(job.path));
    return !explicit;
  }
  let ok = true;
  try {
    await Promise.all(jobs.map(async (job) => {
      try {
        const language = job.process.language;
        const pdf = await session.printer.print(job.html, chromeInfo(job.process, labelsFor(language)[job.template], language));
        await writeFileAtomic(job.path, pdf);
      } catch (error) {
        reporter.report(shown(job.path), [checklistDiagnostic('SOP3107', { detail: printFailure(error, ctx.language) }, ctx.language)], undefined);
        ok = false;
      }
      progress.tick(shown(job.path));
    }));
  } finally {
    await session.close();
  }
  return ok;
}
