// Reads the .sop files given to `sop drill` and prepares them (in a process started from the preparation snapshot, while this one
// loads Ink), reporting errors as `sop check` does.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { check, type ProcessJson } from '@sopkit/core';
import type { ItemBank } from '@sopkit/simulator';
import type { CommandContext } from '../../context.js';
import { expandInputs, FileProblem, readSource, type SourceFile } from '../../io/sources.js';
import { fileProblemDiagnostic } from '../../report/file-problem.js';
import { prepareDrill, type Prepared } from './prepare-drill.js';

/** The sources named by `inputs` (files, folders, `-`), or 2 when one is missing or unreadable (reported). */
export async function readSources(inputs: readonly string[], ctx: CommandContext): Promise<SourceFile[] | 2> {
  const sources: SourceFile[] = [];
  const { paths, problems } = await expandInputs(inputs);
  for (const problem of problems) ctx.reporter.report(problem.path, [fileProblemDiagnostic(problem, ctx.language)], undefined);
  if (problems.length > 0) return 2;
  try {
    for (const path of paths) sources.push(await readSource(path));
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    ctx.reporter.report(error.path, [fileProblemDiagnostic(error, ctx.language)], undefined);
    return 2;
  }
  return sources;
}

/**
 * Prepares in a process started from the preparation snapshot that scripts/bundle-cli.mjs leaves beside the bundle, whose
 * parser is already built (building it takes about 100 ms), on another core. Rejects when there is no snapshot for this
 * Node (running from source, or under another Node than the one that made it) or the process fails.
 * Note: the process is started before this returns, so loading modules next overlaps with preparing.
 */
function prepareInSnapshot(sources: readonly SourceFile[]): Promise<Prepared> {
  const blob = fileURLToPath(new URL('./drill-prepare.blob', import.meta.url));
  const nodePath = new URL('./node-path', import.meta.url);
  if (!existsSync(blob) || !existsSync(nodePath) || readFileSync(nodePath, 'utf8').trim() !== process.execPath) {
    return Promise.reject(new Error('no preparation snapshot for this Node'));
  }
  const child = spawn(process.execPath, ['--snapshot-blob', blob], { stdio: ['pipe', 'pipe', 'ignore'] });
  const message = serialize(sources);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(message.length);
  child.stdin.end(Buffer.concat([length, message]));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`preparation process exited with code ${code}`));
      try {
        resolve(deserialize(Buffer.concat(chunks)) as Prepared);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** The compiled processes and their item bank, or 1 when a source has errors (reported). Starts preparing before it returns its promise. */
export async function prepareProcesses(sources: readonly SourceFile[], ctx: CommandContext): Promise<{ processes: readonly ProcessJson[]; bank: ItemBank } | 1> {
  const { compiled, bank } = await prepareInSnapshot(sources).catch(() => prepareDrill(sources));
  if (bank) return { processes: bank.processes, bank };
  sources.forEach((source, i) => {
    if (compiled[i] !== null) return;
    const checked = check(source.text, { uri: source.path, ...(ctx.forcedWording && { messageLanguage: ctx.forcedWording }) });
    ctx.reporter.report(source.path, checked.diagnostics.filter((d) => d.severity === 'error'), checked.lines);
  });
  return 1;
}
