// The TextMate grammar under vscode-tmgrammar-test: every keyword in every language, hand-written cases, and an up-to-date check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keywordTable, languages, type Language } from '@sopkit/core';
import { probeLine } from '@sopkit/language-server';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/build/generated-files.js';
import { keywordScope } from '../src/build/grammar.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tool = join(root, 'node_modules/.bin/vscode-tmgrammar-test');

function runTool(files: readonly string[]): { status: number; output: string } {
  const result = spawnSync(tool, ['-c', '-g', 'syntaxes/sop.tmLanguage.json', ...files], { cwd: root, encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** A test file asserting the scope of every spelling of every keyword in one language, each on a line indented by two. */
function keywordCases(language: Language): string {
  const lines = [`# SYNTAX TEST "source.sop" "every keyword in ${language}"`];
  for (const entry of keywordTable) {
    for (const word of entry.words[language]) {
      for (const spelling of language === 'en' ? [word, word.toLowerCase()] : [word]) {
        lines.push(`  ${probeLine(entry, language, spelling)}`, `# ${'^'.repeat(spelling.length)} ${keywordScope(entry)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('TextMate grammar', () => {
  it('is generated from the keyword table and up to date', () => {
    for (const [path, text] of generatedFiles()) expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  });

  it('scopes every spelling of every keyword in each language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sop-grammar-'));
    const files = languages.map((language) => {
      const file = join(dir, `keywords-${language}.sop`);
      writeFileSync(file, keywordCases(language));
      return file;
    });
    const count = keywordTable.reduce((n, e) => n + languages.reduce((m, l) => m + e.words[l].length, 0), 0);
    expect(count).toBeGreaterThan(keywordTable.length * 3);
    const result = runTool(files);
    expect(result.output).not.toMatch(/fail|error/i);
    expect(result.status).toBe(0);
  });

  it('passes the hand-written cases', () => {
    const result = runTool(['test/grammar/cases.sop']);
    expect(result.output).not.toMatch(/fail|error/i);
    expect(result.status).toBe(0);
  });

  it('reports a wrong scope (the tool really checks)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sop-grammar-')), 'wrong.sop');
    writeFileSync(file, '# SYNTAX TEST "source.sop"\n  工步 1: x\n# ^^ keyword.other.remedy.sop\n');
    expect(runTool([file]).status).not.toBe(0);
  });
});

