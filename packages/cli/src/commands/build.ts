// `sop build [folder] [--out out/]`: the main job — every process under the folder into out/<id>/ (JSON, then the outputs of
// each registered output step), with progress on a terminal and a summary at the end.
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { realpath } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { commandContext, exitCodes, expandSources, summaryLanguage, summaryWords, type CommonOptions } from '../context.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { jsonPieces } from '../io/json-pieces.js';
import { expandInputs, FileProblem, isOutside, readSource } from '../io/sources.js';
import { linksBelow } from '../io/output-links.js';
import { writeProblem } from '../report/write-problem.js';
import { fileProblemDiagnostic } from '../report/file-problem.js';
import { createProgress } from '../report/progress.js';
import { buildOutputs, type BuildOutputContext } from './build-outputs.js';
import { duplicateIdFinder } from './duplicate-ids.js';
import { staleOutput } from './stale-outputs.js';
import { lazyBrowser } from './shared-browser.js';

export interface BuildOptions extends CommonOptions {
  out?: string;
  /** Output kinds to produce (default: all); e.g. json,diagram,checklist. */
  only?: string;
}

export async function runBuild(folder: string | undefined, options: BuildOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { reporter } = ctx;
  if (ctx.config.diagnostics.length > 0) {
    reporter.flush();
    return exitCodes.usage;
  }
  const outDir = resolve(ctx.root, options.out ?? ctx.config.config.out);
  const { paths, problems, skipped } = folder ? await expandInputs([folder]) : await expandSources(ctx);
  for (const problem of [...problems, ...skipped]) reporter.report(problem.path, [fileProblemDiagnostic(problem, ctx.language)], undefined);
  // A project's output folder stays inside it, also when a committed symbolic link says otherwise; --out names any folder.
  const realOut = options.out === undefined ? await realpath(outDir).catch(() => undefined) : undefined;
  const outOutside = realOut !== undefined && isOutside(await realpath(ctx.root), realOut);
  if (outOutside) {
    const problem = new FileProblem('SOP4009', ctx.config.config.out, realOut);
    reporter.report(problem.path, [fileProblemDiagnostic(problem, ctx.language)], undefined);
  }
  const links = outOutside ? [] : await linksBelow(outDir);
  for (const link of links) {
    const problem = new FileProblem('SOP4010', relative(ctx.root, link.path) || link.path, link.target);
    reporter.report(problem.path, [fileProblemDiagnostic(problem, ctx.language)], undefined);
  }
  if (problems.length > 0 || outOutside || links.length > 0) {
    reporter.flush();
    return exitCodes.usage;
  }

  // Note: each file's tree is dropped once it is compiled and its ids checked; only the compiled processes are kept.
  const ready: { path: string; process: ProcessJson }[] = [];
  const documents: { language: string }[] = [];
  const duplicate = duplicateIdFinder(ctx.forcedLanguage);
  let usage = false;
  for (const path of paths) {
    try {
      const source = await readSource(path);
      const result = compileProcess(source.text, { uri: source.path, ...(ctx.forcedWording && { messageLanguage: ctx.forcedWording }) });
      reporter.report(source.path, result.diagnostics, result.lines);
      documents.push({ language: result.ast.language });
      const file = { path: source.path, result };
      const dup = duplicate(file);
      if (dup) reporter.report(dup.path, [dup.diagnostic], dup.lines);
      if (result.process && !dup) ready.push({ path: source.path, process: result.process });
      else {
        const stale = staleOutput(file, outDir, ctx.forcedLanguage);
        if (stale) reporter.report(stale.path, [stale.diagnostic], stale.lines);
      }
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
      usage = true;
    }
  }

  const only = options.only ? new Set(options.only.split(',').map((s) => s.trim())) : undefined;
  const steps = (await buildOutputs()).filter((step) => !only || only.has(step.kind));
  const progress = createProgress(ready.length * (1 + steps.length), ctx.language);
  let written = 0;
  for (const { process: proc } of ready) {
    try {
      await writeFileAtomic(join(outDir, proc.id, 'process.json'), [...jsonPieces(proc), '\n']);
      written++;
    } catch (error) {
      const path = join(outDir, proc.id, 'process.json');
      const problem = writeProblem(path, error, summaryLanguage(ctx, [proc]));
      reporter.report(path, [{ ...problem, message: summaryWords(ctx, [proc], problem.message) }], undefined);
      usage = true;
    }
    progress.tick(proc.id);
  }
  const language = summaryLanguage(ctx, documents);
  const browser = lazyBrowser(ctx.config.config.chromium);
  const outputContext: BuildOutputContext = { outDir, config: ctx.config.config, language, reporter, progress, explicit: only, browser: browser.get };
  let outputFailed = false;
  try {
    for (const step of steps) {
      const ok = await step.run(ready.map((r) => r.process), outputContext);
      if (!ok) outputFailed = true;
    }
  } finally {
    await browser.close();
  }
  progress.stop();
  reporter.flush();
  if (options.format !== 'json') {
    const what = language === 'en'
      ? `Built ${written} of ${paths.length} process${paths.length === 1 ? '' : 'es'} into ${options.out ?? ctx.config.config.out}/`
      : `已将 ${paths.length} 个流程中的 ${written} 个生成到 ${options.out ?? ctx.config.config.out}/`;
    process.stderr.write(`${summaryWords(ctx, documents, reporter.summary(what, language))}\n`);
  }
  if (usage || outputFailed) return exitCodes.usage;
  return reporter.errors > 0 ? exitCodes.inputErrors : exitCodes.ok;
}
