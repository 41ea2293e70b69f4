// Reads and compiles the .sop files given to `sop drill`, reporting diagnostics the same way `sop check` does.
import { compileProcess, type ProcessJson } from '@sopkit/core';
import type { CommandContext } from '../../context.js';
import { expandInputs, FileProblem, readSource } from '../../io/sources.js';
import { fileProblemDiagnostic } from '../../report/file-problem.js';

/** The compiled processes, or an exit code when a file is missing (2) or has errors (1). */
export async function loadProcesses(inputs: readonly string[], ctx: CommandContext): Promise<ProcessJson[] | 1 | 2> {
  const processes: ProcessJson[] = [];
  let failed = false;
  try {
    for (const path of await expandInputs(inputs)) {
      const source = await readSource(path);
      const result = compileProcess(source.text, { uri: source.path, ...(ctx.forcedLanguage && { messageLanguage: ctx.forcedLanguage }) });
      ctx.reporter.report(source.path, result.diagnostics.filter((d) => d.severity === 'error'), result.lines);
      if (result.process) processes.push(result.process);
      else failed = true;
    }
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    ctx.reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
    return 2;
  }
  return failed ? 1 : processes;
}
