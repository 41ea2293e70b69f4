// Reads and compiles the .sop files given to `sop drill` (in a worker thread, while the main thread loads Ink), reporting errors as `sop check` does.
import { Worker } from 'node:worker_threads';
import type { ProcessJson } from '@sopkit/core';
import type { CommandContext } from '../../context.js';
import { expandInputs, FileProblem, readSource, type SourceFile } from '../../io/sources.js';
import { fileProblemDiagnostic } from '../../report/file-problem.js';

/** Compiles each source; null for a source with errors. Runs in the compile worker. */
export async function compileSources(sources: readonly SourceFile[]): Promise<(ProcessJson | null)[]> {
  const { check, compileDocument, hasErrors } = await import('@sopkit/core');
  return sources.map((source) => {
    const checked = check(source.text, { uri: source.path });
    // Note: compileProcess would also check the output against the JSON Schema (a self-check of the compiler, SOP3001);
    // compiling ajv's validator costs about 200 ms, a third of the drill's start-up budget, so the drill skips it.
    return hasErrors(checked.diagnostics) ? null : compileDocument(checked.ast, checked.lines);
  });
}

/**
 * Runs `compileSources` of the module at `moduleUrl` in a worker thread, so that compiling overlaps with loading React and Ink.
 * Note: the module is the one that exports `compileSources` both from source (tsx) and from the bundle (esbuild keeps a
 * dynamically imported module's exports), so the worker needs no entry point of its own.
 */
function compileInWorker(moduleUrl: string, sources: readonly SourceFile[]): Promise<(ProcessJson | null)[]> {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
import(workerData.moduleUrl).then((m) => m.compileSources(workerData.sources)).then((r) => parentPort.postMessage(r));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { moduleUrl, sources } });
    worker.once('message', (result: (ProcessJson | null)[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`compile worker exited with code ${code}`)));
  });
}

/** The compiled processes, or an exit code when a file is missing (2) or has errors (1). `moduleUrl` names the module exporting `compileSources`. */
export async function loadProcesses(inputs: readonly string[], ctx: CommandContext, moduleUrl: string): Promise<ProcessJson[] | 1 | 2> {
  const sources: SourceFile[] = [];
  try {
    for (const path of await expandInputs(inputs)) sources.push(await readSource(path));
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    ctx.reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
    return 2;
  }
  const compiled = await compileInWorker(moduleUrl, sources).catch(() => compileSources(sources));
  if (compiled.every((p): p is ProcessJson => p !== null)) return compiled;
  const { check } = await import('@sopkit/core');
  sources.forEach((source, i) => {
    if (compiled[i] !== null) return;
    const checked = check(source.text, { uri: source.path, ...(ctx.forcedLanguage && { messageLanguage: ctx.forcedLanguage }) });
    ctx.reporter.report(source.path, checked.diagnostics.filter((d) => d.severity === 'error'), checked.lines);
  });
  return 1;
}
