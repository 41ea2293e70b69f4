// `sop check <files or folders…>`: parse and validate, print diagnostics, exit 1 on errors.
import { check, type CheckResult } from '@sopkit/core/check';
import { commandContext, exitCodes, inputPaths, summaryLanguage, summaryWords, type CommonOptions } from '../context.js';
import { FileProblem, readSource } from '../io/sources.js';
import { fileProblemDiagnostic } from '../report/file-problem.js';
import { duplicateIds } from './duplicate-ids.js';

export async function runCheck(inputs: string[], options: CommonOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { reporter } = ctx;
  const found = await inputPaths(ctx, inputs);
  const paths = found.paths;
  let usage = ctx.config.diagnostics.length > 0 || found.usage;
  const checked: { path: string; result: CheckResult }[] = [];
  for (const path of paths) {
    try {
      const source = await readSource(path);
      const result = check(source.text, { uri: source.path, ...(ctx.forcedWording && { messageLanguage: ctx.forcedWording }) });
      checked.push({ path: source.path, result });
      reporter.report(source.path, result.diagnostics, result.lines);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
      usage = true;
    }
  }
  for (const dup of duplicateIds(checked, ctx.forcedLanguage)) reporter.report(dup.path, [dup.diagnostic], dup.lines);
  reporter.flush();
  if (options.format !== 'json') {
    const language = summaryLanguage(ctx, checked.map((c) => c.result.ast));
    const what = language === 'en' ? `${checked.length} file${checked.length === 1 ? '' : 's'} checked` : `检查了 ${checked.length} 个文件`;
    process.stderr.write(`${summaryWords(ctx, checked.map((c) => c.result.ast), reporter.summary(what, language))}\n`);
  }
  if (usage) return exitCodes.usage;
  return reporter.errors > 0 ? exitCodes.inputErrors : exitCodes.ok;
}
