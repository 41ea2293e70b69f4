// `pnpm --filter vscode package` builds an installable .vsix offline; its contents are listed with unzip, and the language
// server inside it answers over JSON-RPC.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startClient } from '../packages/language-server/test/helpers/lsp-client.js';
import { repoRoot } from './helpers/run-sop.js';

describe('VS Code extension package', () => {
  const vsix = join(repoRoot, 'packages/vscode/sop-0.1.0.vsix');

  it('builds with pnpm --filter vscode package and holds the bundles, grammar, snippets and configuration', () => {
    execFileSync('pnpm', ['--filter', 'vscode', 'package'], { cwd: repoRoot, stdio: 'pipe', env: { ...process.env, npm_config_offline: 'true' } });
    const listing = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    const files = listing.split('\n').map((line) => line.trim().split(/\s+/).pop() ?? '');
    for (const file of [
      'extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.cjs', 'extension/dist/server.cjs',
      'extension/dist/webview.js', 'extension/syntaxes/sop.tmLanguage.json', 'extension/snippets/sop.code-snippets',
      'extension/language-configuration.json', 'extension/readme.md',
    ]) expect(files, file).toContain(file);
    expect(files.filter((f) => f.startsWith('extension/src/') || f.includes('node_modules/'))).toEqual([]);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' })) as {
      contributes: { languages: { id: string; extensions: string[] }[]; commands: { command: string; title: string; category: string }[] };
    };
    expect(manifest.contributes.languages[0]).toMatchObject({ id: 'sop', extensions: ['.sop'] });
    expect(manifest.contributes.commands.map((c) => `${c.category}: ${c.title}`)).toEqual(['SOP: Preview diagram', 'SOP: Export checklist']);
    const webview = execFileSync('unzip', ['-p', vsix, 'extension/dist/webview.js'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(webview).toContain('flowchart');
    expect(webview).not.toMatch(/https:\/\/cdn\.jsdelivr|unpkg\.com/);
  });

  it('ships a language server that answers over JSON-RPC, and a client that asks for every feature it offers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sop-vsix-'));
    execFileSync('unzip', ['-q', vsix, 'extension/dist/server.cjs', 'extension/dist/extension.cjs', '-d', dir]);
    const examples = join(repoRoot, 'examples');
    const client = await startClient(process.execPath, [join(dir, 'extension/dist/server.cjs'), '--stdio'], {
      workspaceFolders: [{ uri: pathToFileURL(examples).href, name: 'examples' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } },
    });
    try {
      const text = readFileSync(join(examples, 'first-sop.sop'), 'utf8').replace('工作标准', '工做标准');
      const uri = client.open('first.sop', text);
      expect((await client.diagnostics(uri)).map((d) => d.code)).toContain('SOP1001');
      const offered = client.initializeResult.capabilities;
      expect(offered).toMatchObject({ documentHighlightProvider: true, selectionRangeProvider: true, workspaceSymbolProvider: true });
      expect(client.registrations.map((r) => r.method)).toEqual(['workspace/didChangeWatchedFiles']);
      const symbols = await client.connection.sendRequest('workspace/symbol', { query: '' }) as { location: { uri: string } }[];
      const files = new Set(symbols.map((s) => s.location.uri));
      expect(files).toContain(pathToFileURL(join(examples, 'first-sop.sop')).href);
      expect(files).toContain(pathToFileURL(join(examples, 'first-sop-en.sop')).href);
      expect([...files].filter((f) => f !== uri && !f.startsWith(pathToFileURL(examples).href))).toEqual([]);
      // Note: vscode-languageclient turns each feature on from the server's capabilities; its bundle must carry them.
      const extension = readFileSync(join(dir, 'extension/dist/extension.cjs'), 'utf8');
      for (const method of ['textDocument/documentHighlight', 'textDocument/selectionRange', 'workspace/symbol', 'workspace/didChangeWatchedFiles', 'workspace/didChangeWorkspaceFolders']) {
        expect(extension, method).toContain(`"${method}"`);
      }
    } finally {
      await client.close();
    }
  });
});
