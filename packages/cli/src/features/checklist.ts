// The `checklist` feature: `sop checklist` (one process → HTML, Markdown or PDF) and its step in `sop build` (every built-in template).
import { parseStepSelection } from '@sopkit/checklist/step-selection';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { BuildOutput } from '../commands/build-outputs.js';
import { outputFormat } from './checklist/output-format.js';

function checkOutput(value: string): string {
  if (value !== '-' && !outputFormat(value)) throw new InvalidArgumentError('Use a file ending in .html, .md or .pdf (or - for HTML on standard output).');
  return value;
}

function checkSteps(value: string): string {
  const selection = parseStepSelection(value);
  if (!selection.ok) throw new InvalidArgumentError(`“${selection.bad}” is not a step number or range (low-high). Write e.g. 8-12 or 3,5,8-12.`);
  return value;
}

/** Adds `sop checklist`; `exit` receives the command's exit code. */
export function register(program: Command, exit: (code: number) => void): void {
  program
    .command('checklist')
    .description('Print a training checklist, quality audit sheet or pocket card for one process, as HTML, Markdown or PDF.')
    .argument('<file>', 'the .sop file; - reads standard input')
    .addOption(new Option('-t, --template <template>', 'training, audit, card, or the path of your own .hbs template (see docs/templates.md)').default('training'))
    .option('-o, --output <file>', 'write to this file (atomically): .html, .md or .pdf; default: HTML on standard output', checkOutput)
    .option('--steps <list>', 'only these steps, e.g. 8-12 or 3,5,8-12', checkSteps)
    .addOption(new Option('--lang <language>', 'language of labels and messages (default: the document’s own)').choices(['zh-CN', 'en']))
    .option('--embed-diagram', 'embed the process diagram (from a current `sop build`, see docs/templates.md)')
    .addOption(new Option('--format <format>', 'diagnostics as text or as a JSON array on stdout').choices(['text', 'json']).default('text'))
    .addHelpText('after', `
Examples:
  sop checklist processes/home-service-visit.sop -o training.pdf
  sop checklist processes/home-service-visit.sop --template audit -o audit.pdf
  sop checklist processes/home-service-visit.sop --template card --lang en -o card.html
  sop checklist processes/home-service-visit.sop --steps 8-12 -o steps-8-12.md
  sop checklist processes/home-service-visit.sop --template examples/custom-checklist/store-visit-check.hbs -o store.pdf

Exit codes: 0 written, 1 errors in the .sop file or the template, 2 usage, file or rendering problems.`)
    .action(async (file: string, options) => exit(await (await import('./checklist/run-checklist.js')).runChecklist(file, options)));
}

/** Writes every built-in template as HTML, Markdown and PDF into out/<id>/ during `sop build`. */
export const buildOutput: BuildOutput = {
  kind: 'checklist',
  async run(processes, ctx) {
    const { buildChecklists } = await import('./checklist/build-checklists.js');
    return buildChecklists(processes, ctx);
  },
};
