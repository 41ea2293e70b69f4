// `sop fmt` (print, --check, --write) and `sop lsp --stdio`, run as the real bundled binary.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format } from '../packages/core/src/format/index.js';
import { startClient } from '../packages/language-server/test/helpers/lsp-client.js';
import { repoRoot, runSop, sopBin } from './helpers/run-sop.js';

const messy = '流程:甲\n编号: a\n工步 1:一\n问题:问\n措施:治\n# 尾注\n';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sop-fmt-'));
  cpSync(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  writeFileSync(join(dir, 'messy.sop'), messy);
  return dir;
}

describe('sop fmt', () => {
  it('prints the formatted text of a file or of standard input', () => {
    const dir = workspace();
    const run = runSop(['fmt', 'messy.sop'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('流程: 甲\n  编号: a\n\n工步 1: 一\n  问题: 问\n    措施: 治\n# 尾注\n');
    expect(runSop(['fmt', '-'], { input: messy }).stdout).toBe(format(messy));
    // Standard input cannot be rewritten in place: --write prints it, formatted or already tidy, and nothing else.
    expect(runSop(['fmt', '--write', '-'], { input: messy }).stdout).toBe(format(messy));
    expect(runSop(['fmt', '--write', '-'], { input: format(messy) }).stdout).toBe(format(messy));
  });

  it('--check lists unformatted files and exits 1; exits 0 once they are formatted with --write', () => {
    const dir = workspace();
    const check = runSop(['fmt', '--check', '.'], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.stdout.split('\n').filter(Boolean)).toContain('messy.sop');
    const write = runSop(['fmt', '--write', '.'], { cwd: dir });
    expect(write.status).toBe(0);
    expect(readFileSync(join(dir, 'messy.sop'), 'utf8')).toBe(format(messy));
    const again = runSop(['fmt', '--check', '.'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('refuses --check with --write, and reports a missing file with exit 2', () => {
    expect(runSop(['fmt', '--check', '--write', 'x.sop']).status).toBe(2);
    const missing = runSop(['fmt', 'no-such.sop'], { env: { LANG: 'en_US.UTF-8' } });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('SOP4001');
  });
});

describe('sop lsp --stdio', () => {
  it('serves diagnostics with the same codes and messages as sop check', async () => {
    const client = await startClient(process.execPath, [sopBin, 'lsp', '--stdio']);
    try {
      const text = '流程: 甲\n  编号: a\n工步 1: 一\n  转到 工步 9\n';
      const uri = client.open('a.sop', text);
      const diagnostics = await client.diagnostics(uri);
      const cli = JSON.parse(runSop(['check', '--format', 'json', '-'], { input: text }).stdout) as { code: string; message: string }[];
      expect(diagnostics.map((d) => [d.code, d.message])).toEqual(cli.map((d) => [d.code, d.message]));
      expect(diagnostics.map((d) => d.code)).toEqual(['SOP2003']);
    } finally {
      await client.close();
    }
  });

  it('completes a go-to where the grammar expects one, and applies every confident fix with source.fixAll', async () => {
    const client = await startClient(process.execPath, [sopBin, 'lsp', '--stdio']);
    try {
      const text = '流程: 甲\n  编号: a\n工步 1: 一\n  工做标准: 准时\n  问题: 迟到\n    措施: 道歉\n      结果: 完成\n      转到\n';
      const uri = client.open('b.sop', text);
      await client.diagnostics(uri);
      type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
      const list = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 8 } }) as { items: { textEdit: Edit }[] };
      expect(list.items[0]?.textEdit).toEqual({ range: { start: { line: 7, character: 8 }, end: { line: 7, character: 8 } }, newText: ' 工步 1' });
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
      }) as { kind: string; edit: { changes: Record<string, Edit[]> } }[];
      expect(actions.map((a) => a.kind)).toEqual(['source.fixAll']);
      expect(actions[0]!.edit.changes[uri]!.map((e) => [e.range.start.line, e.newText])).toEqual([[3, '工作标准']]);
    } finally {
      await client.close();
    }
  });

  it('finds the steps of the real processes by title words over the workspace folder, and highlights and expands around them', async () => {
    const processes = join(repoRoot, 'processes');
    const client = await startClient(process.execPath, [sopBin, 'lsp', '--stdio'], { workspaceFolders: [{ uri: pathToFileURL(processes).href, name: 'processes' }] });
    try {
      type Found = { name: string; containerName?: string; location: { uri: string; range: { start: { line: number; character: number } } } };
      const found = await client.connection.sendRequest('workspace/symbol', { query: '敲门' }) as Found[];
      const visit = pathToFileURL(join(processes, 'home-service-visit.sop')).href;
      const knock = found.find((s) => s.location.uri === visit)!;
      expect(knock.name).toBe('8 敲门');
      const text = readFileSync(join(processes, 'home-service-visit.sop'), 'utf8');
      expect(text.split('\n')[knock.location.range.start.line]).toBe('工步 8: 敲门');
      const uri = client.open('visit.sop', text);
      const position = { line: knock.location.range.start.line, character: 3 };
      const highlights = await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position }) as { kind: number }[];
      expect(highlights[0]?.kind).toBe(3);
      type Chain = { range: { start: { character: number }; end: { character: number } }; parent?: Chain };
      const [chain] = await client.connection.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions: [position] }) as Chain[];
      expect([chain?.range.start.character, chain?.range.end.character]).toEqual([3, 4]);
      expect(chain?.parent?.parent).toBeDefined();
    } finally {
      await client.close();
    }
  });
});
