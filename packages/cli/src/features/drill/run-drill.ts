// `sop drill`: compiles the processes, opens the progress store, runs the Ink screen, records every answer, prints a closing summary.
import { userInfo } from 'node:os';
import type { MessageLanguage } from '@sopkit/core';
import type { DrillMode } from '@sopkit/simulator';
import { commandContext, exitCodes, summaryLanguage, summaryWording } from '../../context.js';
import { visible } from '../../report/print-diagnostics.js';
import { prepareProcesses, readSources } from './load-processes.js';
import { drillTitle } from './drill-title.js';
import { summaryText } from './summary-text.js';

/** Options of `sop drill` as commander parses them. */
export interface DrillCommandOptions {
  mode: DrillMode | 'learn';
  trainee?: string;
  seed?: number;
  questions?: number;
  timeLimit?: number;
  pass: number;
  db?: string;
  lang?: MessageLanguage;
}

/** The login name, or `trainee` when there is none. */
export function defaultTrainee(): string {
  try {
    return process.env['SOP_TRAINEE'] || userInfo().username || 'trainee';
  } catch {
    return 'trainee';
  }
}

export async function runDrill(inputs: readonly string[], options: DrillCommandOptions): Promise<number> {
  const ctx = await commandContext({ ...(options.lang && { lang: options.lang }) });
  // Note: the sources are read before any module starts loading; reads queued behind Ink's module graph would hold up the preparation.
  const sources = await readSources(inputs, ctx);
  if (typeof sources === 'number') return sources;
  const [loaded, engine, ui, storeModule] = await Promise.all([
    prepareProcesses(sources, ctx),
    import('@sopkit/simulator'),
    import('@sopkit/simulator/ui'),
    import('@sopkit/simulator/store'),
  ]);
  if (typeof loaded === 'number') return loaded;
  const { processes, bank } = loaded;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(ctx.language === 'en' ? 'sop drill: needs an interactive terminal (standard input and output must be a terminal).\n' : 'sop drill：需要在交互式终端中运行（标准输入和输出都必须是终端）。\n');
    return exitCodes.usage;
  }
  const language = summaryLanguage(ctx, processes);
  const wording = summaryWording(ctx, processes, language);
  const words = <T,>(w: T): T => (wording === 'zh-TW' ? engine.inTraditional(w) : w);
  const title = words(drillTitle)(processes.map((p) => p.title), language);

  if (options.mode === 'learn') {
    await ui.runLearnApp({ pages: engine.learnPages(processes, language), title, language: wording });
    return exitCodes.ok;
  }

  // Note: a name is shown on screen and by `sop progress`; control characters in it would drive the terminal.
  const trainee = visible(options.trainee?.trim() || defaultTrainee());
  const dbPath = options.db ?? storeModule.defaultDbPath();
  let store;
  try {
    store = await storeModule.openProgressStore(dbPath);
  } catch (error) {
    process.stderr.write(`sop drill: ${language === 'en' ? 'cannot open the progress database' : words('无法打开进度数据库')} ${dbPath}: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.usage;
  }
  try {
    const seed = options.seed ?? Date.now() % 2 ** 31;
    const mode = options.mode;
    const now = Date.now();
    const drill = engine.createDrill(bank, { mode, seed, now, language, schedule: store.schedule(trainee), ...(options.questions !== undefined && { questions: options.questions }) });
    let storeError: unknown = null;
    let sessionId: number | undefined;
    const session = () => (sessionId ??= store.startSession({ trainee, mode, seed, processes: processes.map((p) => ({ id: p.id, language: p.language })), startedAt: new Date(now) }));
    // Note: the session (and, in a new database, the tables) are written once the first question is on screen; writing waits for the disk.
    setImmediate(() => {
      try {
        session();
      } catch (error) {
        storeError ??= error;
      }
    });
    let saved = 0;
    let finalReport: import('@sopkit/simulator').DrillReport | null = null;
    const result = await ui.runDrillApp({
      drill,
      title: `${title} · ${trainee}`,
      language: wording,
      passMark: options.pass,
      deadline: mode === 'exam' && options.timeLimit !== undefined ? Date.now() + options.timeLimit : null,
      onAnswer: (answered) => {
        const place = answered.question.place;
        try {
          store.recordAnswer({
            sessionId: session(), trainee, processId: place.processId, phaseId: place.phaseId, itemId: answered.question.itemId, itemHash: answered.question.itemHash,
            kind: answered.question.prompt.ask, correct: answered.correct, chosen: answered.chosenText, answeredAt: new Date(),
          });
          saved++;
        } catch (error) {
          storeError ??= error;
        }
      },
      onFinish: (report) => {
        finalReport = report;
        if (mode !== 'exam') return;
        try {
          for (const p of report.processes) {
            store.recordExam({ sessionId: session(), trainee, processId: p.processId, correct: p.correct, total: p.total, percent: p.percent, passMark: options.pass, passed: p.percent >= options.pass, finishedAt: new Date() });
          }
        } catch (error) {
          storeError ??= error;
        }
      },
    });
    process.stdout.write(words(summaryText)({ mode, report: finalReport, saved, trainee, seed, dbPath, quitEarly: result.quitEarly, language, planned: drill.queue.length }));
    if (storeError) {
      process.stderr.write(`sop drill: ${language === 'en' ? 'some answers could not be saved' : words('部分回答未能保存')}: ${storeError instanceof Error ? storeError.message : String(storeError)}\n`);
      return exitCodes.usage;
    }
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
