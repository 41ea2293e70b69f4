// The files generated from core's keyword table, by path inside packages/vscode: grammar, snippets, language configuration.
import { sopGrammar } from './grammar.js';
import { languageConfiguration } from './language-configuration.js';
import { sopSnippets } from './snippets.js';

/** Each generated file's path (relative to packages/vscode) and its exact contents. */
export function generatedFiles(): Map<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return new Map([
    ['syntaxes/sop.tmLanguage.json', json(sopGrammar())],
    ['snippets/sop.code-snippets', json(sopSnippets())],
    ['language-configuration.json', json(languageConfiguration())],
  ]);
}
