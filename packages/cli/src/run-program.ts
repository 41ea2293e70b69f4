// Runs a commander program and maps its outcome to an exit code (0, 1, 2; 70 for an internal error).
import { CommanderError, type Command } from 'commander';

/** `build` receives the function commands call with their exit code. */
export async function runProgram(build: (exit: (code: number) => void) => Command, argv: string[]): Promise<number> {
  let code = 0;
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
