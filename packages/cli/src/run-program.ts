// Runs a commander program and maps its outcome to an exit code (0, 1, 2; 70 for an internal error).
import { CommanderError, type Command } from 'commander';

/** `build` receives the function commands call with their exit code. */
export async function runProgram(build: (exit: (code: number) => void) => Command, argv: string[]): Promise<number> {
  let code = 0;
  // A reader that stops early (`sop compile x.sop | head`) closes the pipe: stop quietly, as command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(code);
  });
  const program = build((c) => { code = c; });
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
