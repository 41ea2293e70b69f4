// `sop check <files or folders…>`: parse and validate, print diagnostics, exit 1 on errors.
import { check } from '@sopkit/core/check';
import { commandContext, exitCodes, inputPaths, summaryLanguage, summaryWords, type CommonOptions } from '../context.js';
import { FileProblem, readSource } from '../io/sources.js';
import { fileProblemDiagnostic } from '../report/file-problem.js';
import { duplicateIdFinder } from './duplicate-ids.js';

export async function runCheck(inputs: string[], options: CommonOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { reporter } = ctx;
  const found = await inputPaths(ctx, inputs);
  const paths = found.paths;
  let usage = ctx.config.diagnostics.length > 0 || found.usage;
  // Note: only each file's language is kept, not its tree, so that checking many large files does not exhaust memory.
  const checked: { language: string }[] = [];
  const duplicate = duplicateIdFinder(ctx.forcedLanguage);
  for (const path of paths) {
    try {
      const source = await readSource(path);
      const result = check(source.text, { uri: source.path, ...(ctx.forcedWording && { messageLanguage: ctx.forcedWording }) });
      checked.push({ language: result.ast.language });
      reporter.report(source.path, result.diagnostics, result.lines);
      const dup = duplicate({ path: source.path, result });
      if (dup) reporter.report(dup.path, [dup.diagnostic], dup.lines);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
      usage = true;
    }
  }
  reporter.flush();
  if (options.format !== 'json') {
    const language = summaryLanguage(ctx, checked);
    const what = language === 'en' ? `${checked.length} file${checked.length === 1 ? '' : 's'} checked` : `检查了 ${checked.length} 个文件`;
    process.stderr.write(`${summaryWords(ctx, checked, reporter.summary(what, language))}\n`);
  }
  if (usage) return exitCodes.usage;
  return reporter.errors > 0 ? exitCodes.inputErrors : exitCodes.ok;
}
