// `sop fmt <files or folders…> [--check | --write]`: prints, checks or rewrites the canonical layout of .sop files.
import { format } from '@sopkit/core/format';
import { commandContext, exitCodes, inputPaths, type CommonOptions } from '../../context.js';
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
  const en = language === 'en';
  const found = await inputPaths(ctx, inputs);
  const paths = found.paths;
  let usage = ctx.config.diagnostics.length > 0 || found.usage;
  const unformatted: string[] = [];
  for (const path of paths) {
    try {
      const source = await readSource(path);
      const formatted = format(source.text);
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
  if (options.check || options.write) {
    for (const path of unformatted) process.stdout.write(`${path}\n`);
    const count = unformatted.length;
    const summary = options.check
      ? (en ? `${count} of ${paths.length} file${paths.length === 1 ? '' : 's'} not formatted` : `${paths.length} 个文件中有 ${count} 个未格式化`)
      : (en ? `${count} of ${paths.length} file${paths.length === 1 ? '' : 's'} reformatted` : `重新格式化了 ${paths.length} 个文件中的 ${count} 个`);
    process.stderr.write(`${summary}\n`);
  }
  if (usage) return exitCodes.usage;
  return options.check && unformatted.length > 0 ? exitCodes.inputErrors : exitCodes.ok;
}
