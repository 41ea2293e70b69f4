// The `sop check` command definition, shared by the full program and the start-up snapshot (src/snapshot/).
import type { Command } from 'commander';
import { formatOption, langOption } from '../options.js';

export function addCheckCommand(program: Command, exit: (code: number) => void): void {
  program
    .command('check')
    .description('Check .sop files (folders: every .sop file below) and print diagnostics.')
    .argument('[inputs...]', 'files or folders; - reads standard input (default: the configured sources)')
    .addOption(langOption())
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  sop check processes/                      every .sop file below processes/
  sop check processes/home-service-visit.sop
  cat x.sop | sop check -                   read standard input
  sop check --format json processes/ > diagnostics.json

Exit codes: 0 no errors (warnings allowed), 1 errors in the input, 2 usage or file problems.`)
    .action(async (inputs: string[], options) => exit(await (await import('./check.js')).runCheck(inputs, options)));
}
