// Runs a commander program and maps its outcome to an exit code (0, 1, 2; 70 for an internal error).
import { formatMessage } from '@sopkit/core/check';
import { CommanderError, type Command } from 'commander';
import { localeLanguage } from './context.js';
import { describe } from './io/sources.js';

/** `build` receives the function commands call with their exit code. */
export async function runProgram(build: (exit: (code: number) => void) => Command, argv: string[]): Promise<number> {
  let code = 0;
  // A reader that stops early (`sop compile x.sop | head`) closes the pipe: stop quietly, as command-line tools do. Any
  // other failure to write the output (a full disk) is a file-system problem: said in a line, exit code 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(code);
    const language = localeLanguage(process.env);
    const path = language === 'en' ? 'standard output' : '标准输出';
    process.stderr.write(`sop: error SOP4003: ${formatMessage('SOP4003', { path, detail: describe(error, language) }, language)}\n`);
    process.exit(2);
  });
  const program = build((c) => { code = c; });
  // `sop` alone names no command: a usage problem (exit 2), answered with the help on standard error.
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    process.stderr.write(`sop: internal error — please report it with the input that caused it.\n${error instanceof Error ? error.stack : String(error)}\n`);
    return 70;
  }
  return code;
}
