// `sop compile <file> [-o out.json]`: one process to JSON on stdout or, atomically, to a file.
import { compileProcess } from '@sopkit/core';
import { commandContext, exitCodes, summaryLanguage, summaryWords, type CommonOptions } from '../context.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { jsonPieces } from '../io/json-pieces.js';
import { writePieces } from '../io/write-pieces.js';
import { FileProblem, readSource } from '../io/sources.js';
import { writeProblem } from '../report/write-problem.js';
import { fileProblemDiagnostic } from '../report/file-problem.js';

export async function runCompile(input: string, options: CommonOptions & { output?: string }): Promise<number> {
  const ctx = await commandContext(options);
  let source;
  try {
    source = await readSource(input);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    ctx.reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
    ctx.reporter.flush();
    return exitCodes.usage;
  }
  const result = compileProcess(source.text, { uri: source.path, ...(ctx.forcedWording && { messageLanguage: ctx.forcedWording }) });
  ctx.reporter.report(source.path, result.diagnostics, result.lines);
  ctx.reporter.flush();
  if (!result.process) return exitCodes.inputErrors;
  const json = [...jsonPieces(result.process), '\n'];
  if (!options.output || options.output === '-') {
    await writePieces(process.stdout, json);
    return exitCodes.ok;
  }
  try {
    await writeFileAtomic(options.output, json, { input: source.path });
  } catch (error) {
    const problem = writeProblem(options.output, error, summaryLanguage(ctx, [result.process]));
    ctx.reporter.report(options.output, [{ ...problem, message: summaryWords(ctx, [result.process], problem.message) }], undefined);
    return exitCodes.usage;
  }
  return exitCodes.ok;
}
