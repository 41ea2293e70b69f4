// The `drill` feature: `sop drill` (the terminal simulator) and `sop progress` (what trainees have mastered). Code loads only when run.
import { Option, type Command } from 'commander';
import type { BuildOutput } from '../commands/build-outputs.js';
import { parseDuration, parseInteger, parsePercent } from './drill/parse-values.js';

/**
 * Adds `sop drill` and `sop progress`. `exit` receives each command's exit code; without it (program.ts does not pass one
 * yet) the code is set when the process exits, after main.ts has set its own.
 */
export function register(program: Command, exit: (code: number) => void = exitLater): void {
  program
    .command('drill')
    .description('Practise .sop processes in the terminal: learn, scenarios, ordering, or an exam; every answer is recorded.')
    .argument('<files...>', '.sop files or folders')
    .addOption(new Option('--mode <mode>', 'learn | scenario | order | exam').choices(['learn', 'scenario', 'order', 'exam']).default('scenario'))
    .option('--trainee <name>', 'whose progress this is (default: the login name)')
    .option('--seed <n>', 'seed for a reproducible run', parseInteger('--seed', 0))
    .option('--questions <n>', 'number of questions (default: 10; exam 20; order: all)', parseInteger('--questions', 1))
    .option('--time-limit <duration>', 'exam time limit, e.g. 10m, 90s, 1h30m', parseDuration)
    .option('--pass <percent>', 'exam pass mark in percent', parsePercent, 80)
    .option('--db <path>', 'progress database (default: $XDG_DATA_HOME/sopkit/progress.db)')
    .addOption(new Option('--lang <language>', 'language of the screen (default: `language:` in sopkit.yaml, else English only when every process is)').choices(['zh-CN', 'en']))
    .addHelpText('after', `
Keys: 1–9 choose · ↑↓ move · Enter confirm · Backspace undo (ordering) · q quit (answers are already saved).

Examples:
  sop drill processes/home-service-visit.sop                      ten scenario questions, due reviews first
  sop drill processes/home-service-visit.sop --mode learn          walk through the steps
  sop drill processes/ --mode exam --time-limit 10m --pass 80 --trainee 张三
  sop drill processes/home-service-visit.sop --seed 7              the same questions every time
  sop drill processes/after-sales-policy.sop                       decision-table cases and deadlines`)
    .action(async (files: string[], options) => exit(await (await import('./drill/run-drill.js')).runDrill(files, options)));

  program
    .command('progress')
    .description('Show per trainee and process: items seen, accuracy, items due for review, last exam score and date.')
    .option('--trainee <name>', 'only this trainee')
    .option('--process <id>', 'only this process id')
    .option('--db <path>', 'progress database (default: $XDG_DATA_HOME/sopkit/progress.db)')
    .addOption(new Option('--format <format>', 'table | json | csv').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--lang <language>', 'language of the table (default: the processes shown — English only when all are English)').choices(['zh-CN', 'en']))
    .addHelpText('after', `
Examples:
  sop progress
  sop progress --trainee 张三 --format json
  sop progress --process home-service-visit --format csv > progress.csv`)
    .action(async (options) => exit(await (await import('./drill/run-progress.js')).runProgress(options)));
}

function exitLater(code: number): void {
  process.once('exit', () => {
    process.exitCode = code;
  });
}

/** The drill has no step in `sop build`. */
export const buildOutput: BuildOutput | undefined = undefined;
