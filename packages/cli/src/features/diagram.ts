// The `diagram` feature: `sop diagram` (one process → Mermaid text, SVG, PNG or PDF) and its step in `sop build`.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { BuildOutput } from '../commands/build-outputs.js';
import { diagramFormats, formatOfPath } from './diagram/diagram-settings.js';

function checkOutput(value: string): string {
  if (value !== '-' && !formatOfPath(value)) throw new InvalidArgumentError('Use a file ending in .mmd, .svg, .png or .pdf (or - for standard output).');
  return value;
}

/**
 * Adds `sop diagram`. `exit` receives the command's exit code; without it (program.ts does not pass one) the code is
 * set when the process exits, after main.ts has set its own.
 */
export function register(program: Command, exit: (code: number) => void = exitLater): void {
  program
    .command('diagram')
    .description('Draw one process as a Mermaid flowchart: Mermaid text on standard output, or SVG, PNG or A4 PDF rendered in Chromium.')
    .argument('<file>', 'the .sop file; - reads standard input')
    .option('-o, --output <file>', 'write to this file (atomically); the format follows its extension: .mmd, .svg, .png or .pdf', checkOutput)
    .addOption(new Option('--format <format>', 'output format (default: from the file name, else Mermaid text)').choices([...diagramFormats]))
    .addOption(new Option('--detail <level>', 'steps: the flow; problems: plus problems, remedies and who is called; full: plus work standards').choices(['steps', 'problems', 'full']))
    .addOption(new Option('--direction <direction>', 'top-down or left-right').choices(['TD', 'LR']))
    .addOption(new Option('--layout <layout>', 'elk keeps the SOP’s own order; dagre is Mermaid’s classic layout').choices(['dagre', 'elk']))
    .option('--no-legend', 'leave out the legend that explains the shapes')
    .addOption(new Option('--lang <language>', 'language of messages (default: the document’s own)').choices(['zh-CN', 'en']))
    .addHelpText('after', `
Examples:
  sop diagram processes/home-service-visit.sop > visit.mmd
  sop diagram processes/home-service-visit.sop -o visit.svg
  sop diagram processes/home-service-visit.sop --detail problems -o visit.pdf
  sop diagram processes/home-service-visit.sop --detail full --layout dagre --direction LR -o visit.png

Defaults come from \`diagram:\` in sopkit.yaml (see docs/diagrams.md).
Exit codes: 0 written, 1 errors in the .sop file, 2 usage, file or rendering problems.`)
    .action(async (file: string, options) => exit(await (await import('./diagram/run-diagram.js')).runDiagram(file, options)));
}

function exitLater(code: number): void {
  process.once('exit', () => { process.exitCode = code; });
}

/** Writes diagram.mmd, .svg, .png and .pdf into out/<id>/ during `sop build`. */
export const buildOutput: BuildOutput = {
  kind: 'diagram',
  async run(processes, ctx) {
    const { buildDiagrams } = await import('./diagram/build-diagrams.js');
    return buildDiagrams(processes, ctx);
  },
};
