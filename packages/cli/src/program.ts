// The `sop` command line: commands, options and help (commander). Heavy commands load their code only when run.
import { Command } from 'commander';
import { addCheckCommand } from './commands/check-command.js';
import { formatOption, langOption } from './options.js';
import * as checklist from './features/checklist.js';
import * as diagram from './features/diagram.js';
import * as drill from './features/drill.js';
import * as editor from './features/editor.js';


/** Builds the program; `exit` receives each command's exit code. */
export function createProgram(exit: (code: number) => void): Command {
  const program = new Command('sop')
    .description('sopkit: SOP tables as source code — check, compile, diagram, print and drill .sop files.')
    .version('0.1.0', '-v, --version')
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  addCheckCommand(program, exit);

  program
    .command('compile')
    .description('Compile one .sop file to JSON (validated against packages/core/schema/process.schema.json).')
    .argument('<file>', 'the .sop file; - reads standard input')
    .option('-o, --output <file>', 'write the JSON to this file (atomically) instead of stdout')
    .addOption(langOption())
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  sop compile processes/home-service-visit.sop > home.json
  sop compile processes/home-service-visit.sop -o out/home.json`)
    .action(async (file: string, options) => exit(await (await import('./commands/compile.js')).runCompile(file, options)));

  program
    .command('build')
    .description('Build every process under a folder into out/<process id>/: process.json and the configured outputs.')
    .argument('[folder]', 'folder of .sop files (default: the configured sources, processes/)')
    .option('--out <folder>', 'output folder (default: out, or `out:` in sopkit.yaml)')
    .option('--only <kinds>', 'comma-separated outputs to build, e.g. json,diagram,checklist')
    .addOption(langOption())
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  sop build                      processes/ → out/
  sop build examples --out out/examples
  sop build --only json          just the compiled JSON`)
    .action(async (folder: string | undefined, options) => exit(await (await import('./commands/build.js')).runBuild(folder, options)));

  for (const feature of [diagram, checklist, drill, editor]) feature.register(program, exit);
  return program;
}
