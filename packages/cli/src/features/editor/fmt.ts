// `sop fmt <files or folders…> [--check | --write]`: prints, checks or rewrites the canonical layout of .sop files.
import { documentLanguage, type MessageLanguage } from '@sopkit/core';
import { format } from '@sopkit/core/format';
import { commandContext, exitCodes, inputPaths, summaryLanguage, summaryWords, type CommonOptions } from '../../context.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { FileProblem, readSource } from '../../io/sources.js';
import { fileProblemDiagnostic } from '../../report/file-problem.js';

export interface FmtOptions extends CommonOptions {
  check?: boolean;
  write?: boolean;
}

/** Runs `sop fmt`; returns the exit code. */
export async function runFmt(inputs: string[], options: FmtOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { reporter, language } = ctx;
  const found = await inputPaths(ctx, inputs);
  const paths = found.paths;
  let usage = ctx.config.diagnostics.length > 0 || found.usage;
  const unformatted: string[] = [];
  // Note: only a summary needs the documents' languages, so a plain `sop fmt` does not read them.
  const summarised = options.check === true || options.write === true;
  const documents: { language: string }[] = [];
  for (const path of paths) {
    try {
      const source = await readSource(path);
      const formatted = format(source.text);
      if (summarised) documents.push({ language: documentLanguage(source.text) });
      // Note: standard input has nowhere to be written back to, so `--write -` prints it like plain `sop fmt -`.
      const stdin = path === '-';
      if (formatted === source.text) {
        if (!options.check && (stdin || !options.write)) process.stdout.write(formatted);
        continue;
      }
      if (options.write && !stdin) {
        await writeFileAtomic(path, formatted);
        unformatted.push(source.path);
      } else if (options.check) unformatted.push(source.path);
      else process.stdout.write(formatted);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      reporter.report(error.path, [fileProblemDiagnostic(error, language)], undefined);
      usage = true;
    }
  }
  if (summarised) {
    for (const path of unformatted) process.stdout.write(`${path}\n`);
    process.stderr.write(`${summaryWords(ctx, documents, fmtSummary(summaryLanguage(ctx, documents), options.check === true, unformatted.length, paths.length))}\n`);
  }
  if (usage) return exitCodes.usage;
  return options.check && unformatted.length > 0 ? exitCodes.inputErrors : exitCodes.ok;
}

/** The last line of `--check` (how many files are not formatted) or `--write` (how many were rewritten), in Simplified Chinese or English. */
function fmtSummary(language: MessageLanguage, check: boolean, count: number, total: number): string {
  const files = `${total} file${total === 1 ? '' : 's'}`;
  if (language === 'en') return check ? `${count} of ${files} not formatted` : `${count} of ${files} reformatted`;
  return check ? `${total} 个文件中有 ${count} 个未格式化` : `重新格式化了 ${total} 个文件中的 ${count} 个`;
}
