// The `editor` feature: `sop fmt` (canonical layout of .sop files) and `sop lsp` (the language server for editors).
import { Option, type Command } from 'commander';
import type { BuildOutput } from '../commands/build-outputs.js';
import { langOption } from '../options.js';

/**
 * Adds `sop fmt` and `sop lsp` to the program. `exit` receives each command's exit code; without it (program.ts does
 * not pass one yet) the code is set when the process exits, after main.ts has set its own.
 */
export function register(program: Command, exit: (code: number) => void = exitLater): void {
  program
    .command('fmt')
    .description('Format .sop files (folders: every .sop file below): indentation, colons, blank lines. Comments and unrecognised lines are kept.')
    .argument('[inputs...]', 'files or folders; - reads standard input (default: the configured sources)')
    .addOption(new Option('--check', 'only report files that are not formatted (exit 1 if any)').conflicts('write'))
    .addOption(new Option('--write', 'rewrite the files in place (atomically)').conflicts('check'))
    .addOption(langOption())
    .addHelpText('after', `
Without --check or --write the formatted text is printed on standard output.

Examples:
  sop fmt processes/home-service-visit.sop     print the formatted file
  sop fmt --write processes/ examples/         format every .sop file below both folders
  sop fmt --check processes/                   list unformatted files, exit 1 if there are any
  cat x.sop | sop fmt -                        format standard input

Exit codes: 0 done (or, with --check, everything formatted), 1 --check found unformatted files, 2 usage or file problems.`)
    .action(async (inputs: string[], options) => exit(await (await import('./editor/fmt.js')).runFmt(inputs, options)));

  program
    .command('lsp')
    .description('Start the SOP language server (diagnostics, completion, navigation, formatting) for an editor.')
    .requiredOption('--stdio', 'speak JSON-RPC over standard input and output')
    .addHelpText('after', `
Editors start it themselves; the VS Code extension bundles its own copy.

Example (any LSP client):
  sop lsp --stdio`)
    .action(async () => (await import('./editor/lsp.js')).runLsp());
}

function exitLater(code: number): void {
  process.once('exit', () => { process.exitCode = code; });
}

/** The editor feature adds nothing to `sop build`. */
export const buildOutput: BuildOutput | undefined = undefined;
