// `sop progress`: reads the progress database (never creating one) and prints per trainee and process, worded in the
// language of the processes shown.
import { existsSync } from 'node:fs';
import type { Language, MessageLanguage } from '@sopkit/core';
import type { ProgressRow } from '@sopkit/simulator/store';
import { commandContext, exitCodes, summaryLanguage, summaryWording, type CommandContext } from '../../context.js';
import { visible } from '../../report/print-diagnostics.js';
import { progressCsv, progressJson, progressTable } from './progress-format.js';

/** Options of `sop progress` as commander parses them. */
export interface ProgressCommandOptions {
  trainee?: string;
  process?: string;
  db?: string;
  format: 'table' | 'json' | 'csv';
  lang?: MessageLanguage;
}

/**
 * The language of the table: --lang (or the project's configured language) if given; else the language the processes
 * shown were last drilled in — English only when all of them are English; else (no rows, or only progress recorded
 * before languages were kept) the user's locale. Chinese is worded in Traditional characters when every process shown is zh-TW.
 */
function progressLanguage(ctx: CommandContext, rows: readonly ProgressRow[]): Language {
  const known = rows.flatMap((r) => (r.language === null ? [] : [{ language: r.language }]));
  return summaryWording(ctx, known, summaryLanguage(ctx, known));
}

/** Runs `sop progress`; returns the exit code. */
export async function runProgress(options: ProgressCommandOptions): Promise<number> {
  const ctx = await commandContext({ ...(options.lang && { lang: options.lang }) });
  const { defaultDbPath, openProgressStore } = await import('@sopkit/simulator/store');
  const dbPath = options.db ?? defaultDbPath();
  const en = ctx.language === 'en';
  if (!existsSync(dbPath)) {
    if (options.format === 'table') process.stderr.write(en ? `No progress recorded yet (${dbPath}).\n` : `尚无练习记录（${dbPath}）。\n`);
    else process.stdout.write(options.format === 'json' ? progressJson([]) : progressCsv([]));
    return exitCodes.ok;
  }
  let store;
  try {
    store = await openProgressStore(dbPath);
  } catch (error) {
    process.stderr.write(`sop progress: ${en ? 'cannot open' : '无法打开'} ${dbPath}: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.usage;
  }
  try {
    const rows = store.summary({ ...(options.trainee !== undefined && { trainee: options.trainee }), ...(options.process !== undefined && { processId: options.process }), now: new Date() });
    if (options.format === 'json') process.stdout.write(progressJson(rows));
    else if (options.format === 'csv') process.stdout.write(progressCsv(rows));
    else if (rows.length === 0) process.stderr.write(en ? 'No answers match.\n' : '没有符合条件的记录。\n');
    else process.stdout.write(progressTable(rows.map((r) => ({ ...r, trainee: visible(r.trainee), processId: visible(r.processId) })), progressLanguage(ctx, rows)));
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
