#!/usr/bin/env node
// Entry point of `sop`: runs the program, maps results and crashes to exit codes (0, 1, 2; 70 for an internal error).
import { CommanderError } from 'commander';
import { createProgram } from './program.js';

async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = createProgram((c) => { code = c; });
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

process.exitCode = await main(process.argv);
