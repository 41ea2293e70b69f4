// `sop progress`: reads the progress database (never creating one) and prints per trainee and process.
import { existsSync } from 'node:fs';
import type { MessageLanguage } from '@sopkit/core';
import { commandContext, exitCodes } from '../../context.js';
import { progressCsv, progressJson, progressTable } from './progress-format.js';

/** Options of `sop progress` as commander parses them. */
export interface ProgressCommandOptions {
  trainee?: string;
  process?: string;
  db?: string;
  format: 'table' | 'json' | 'csv';
  lang?: MessageLanguage;
}

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
    else process.stdout.write(progressTable(rows, ctx.language));
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
