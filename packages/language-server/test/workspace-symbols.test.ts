// Workspace symbols over real JSON-RPC: every .sop file below the workspace folders (never outside them, never through a
// symbolic link, not in node_modules or hidden folders), matched by number, title words or process id; open documents'
// current text in place of their files; kept current by watched-file events, or by modification times without them.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, DidCloseTextDocumentNotification, FileChangeType,
  WorkspaceSymbolRequest, type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { bundleServer } from './helpers/bundle-server.js';
import { startClient, type LspClient } from './helpers/lsp-client.js';

const base = mkdtempSync(join(tmpdir(), 'sop-ws-'));
const root = join(base, 'workspace');
const outside = join(base, 'outside');
const uri = (path: string) => pathToFileURL(path).href;

const visit = `流程: 上门服务
  编号: visit
阶段: 接待
工步 1: 接电话
工步 2: 联系客户
阶段: 进门
工步 3: 敲门
工步 4: 穿鞋套

决策表: 多次联系定义
  事实: 未按时上门 = 是/否
模板 T1: 上门的信息
  占位符: 日 = 日期
`;
const first = `Process: First visit
  Id: first
Step 1: Answer the call
Step 2: Call the customer back
Form: Visit record
  Field: Name
`;

let server: string;
let client: LspClient;

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(async () => {
  write(join(root, 'visit.sop'), visit);
  write(join(root, 'guides', 'first-en.sop'), first);
  write(join(root, 'node_modules', 'pkg', 'dep.sop'), visit.replace('敲门', '依赖里的敲门'));
  write(join(root, '.cache', 'old.sop'), visit.replace('敲门', '隐藏的敲门'));
  write(join(outside, 'secret.sop'), visit.replace('编号: visit', '编号: secret').replace('敲门', '外面的敲门'));
  symlinkSync(join(outside, 'secret.sop'), join(root, 'linked.sop'));
  symlinkSync(outside, join(root, 'linked-folder'));
  server = bundleServer();
  client = await startClient(process.execPath, [server, '--stdio'], {
    workspaceFolders: [{ uri: uri(root), name: 'workspace' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } },
  });
});
afterAll(async () => {
  await client.close();
  rmSync(base, { recursive: true, force: true });
});

async function symbols(query: string, on: LspClient = client): Promise<SymbolInformation[]> {
  return (await on.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];
}
const names = (found: readonly SymbolInformation[]) => found.map((s) => s.name);

describe('workspace symbols', () => {
  it('lists the processes, steps, tables, templates and forms of every .sop file below the folders, and nothing else', async () => {
    const all = await symbols('');
    expect(names(all)).toEqual([
      'First visit (first)', '上门服务 (visit)',
      '1 Answer the call', '2 Call the customer back', '1 接电话', '2 联系客户', '3 敲门', '4 穿鞋套',
      'Visit record', '多次联系定义', 'T1 上门的信息',
    ]);
    const files = new Set(all.map((s) => s.location.uri));
    expect([...files].sort()).toEqual([uri(join(root, 'guides', 'first-en.sop')), uri(join(root, 'visit.sop'))]);
    const knock = all.find((s) => s.name === '3 敲门')!;
    expect(knock.containerName).toBe('上门服务 (visit) › 进门');
    expect(knock.location.range).toEqual({ start: { line: 6, character: 0 }, end: { line: 6, character: 8 } });
  });

  it('matches numbers, title words and process ids, best first (zh-CN and en)', async () => {
    expect(names(await symbols('敲门'))).toEqual(['3 敲门']);
    expect(names(await symbols('visit 2'))).toEqual(['2 联系客户', '2 Call the customer back']);
    expect(names(await symbols('1'))).toEqual(['1 Answer the call', '1 接电话', 'T1 上门的信息']);
    expect(names(await symbols('call cust'))).toEqual(['2 Call the customer back']);
    expect(names(await symbols('CALL'))).toEqual(['2 Call the customer back', '1 Answer the call']);
    expect(names(await symbols('first'))).toEqual(['First visit (first)', '1 Answer the call', '2 Call the customer back', 'Visit record']);
    expect(await symbols('外面')).toEqual([]);
  });

  it('asks the client to watch .sop files, and follows what it reports', async () => {
    expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
    const added = join(root, 'guides', 'new.sop');
    write(added, '流程: 回访\n  编号: callback\n工步 1: 电话回访\n');
    expect(await symbols('回访')).toEqual([]);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(added), type: FileChangeType.Created }] });
    expect(names(await symbols('回访'))).toEqual(['回访 (callback)', '1 电话回访']);
    write(added, '流程: 回访\n  编号: callback\n工步 1: 满意度回访\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(added), type: FileChangeType.Changed }] });
    expect(names(await symbols('回访'))).toEqual(['回访 (callback)', '1 满意度回访']);
    rmSync(join(root, 'guides'), { recursive: true });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(join(root, 'guides')), type: FileChangeType.Deleted }] });
    expect(await symbols('回访')).toEqual([]);
    expect(await symbols('first')).toEqual([]);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri(join(outside, 'secret.sop')), type: FileChangeType.Changed }] });
    expect(await symbols('外面')).toEqual([]);
  });

  it('uses an open document’s current text instead of its file, and the file again once it is closed', async () => {
    const path = join(root, 'visit.sop');
    client.open('', visit.replace('工步 3: 敲门', '工步 3: 轻轻敲门'), uri(path));
    expect(names(await symbols('敲门'))).toEqual(['3 轻轻敲门']);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri(path) } });
    expect(names(await symbols('敲门'))).toEqual(['3 敲门']);
    client.open('draft.sop', '流程: 草稿\n  编号: draft\n工步 1: 草拟敲门话术\n');
    expect(names(await symbols('敲门'))).toEqual(['3 敲门', '1 草拟敲门话术']);
  });

  it('follows workspace folders added and removed', async () => {
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: uri(outside), name: 'outside' }], removed: [] } });
    expect(names(await symbols('外面'))).toEqual(['3 外面的敲门']);
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [{ uri: uri(outside), name: 'outside' }] } });
    expect(await symbols('外面')).toEqual([]);
  });

  it('without watched files, notices changes on disk by modification time; answers are capped at 100', async () => {
    const plain = await startClient(process.execPath, [server, '--stdio'], { workspaceFolders: [{ uri: uri(root), name: 'workspace' }] });
    try {
      expect(plain.registrations).toEqual([]);
      expect(names(await symbols('敲门', plain))).toEqual(['3 敲门']);
      const steps = Array.from({ length: 150 }, (_, i) => `工步 ${i + 1}: 第 ${i + 1} 步`).join('\n');
      write(join(root, 'long.sop'), `流程: 长流程\n  编号: long\n${steps}\n`);
      write(join(root, 'visit.sop'), visit.replace('工步 3: 敲门', '工步 3: 按门铃'));
      expect(await symbols('敲门', plain)).toEqual([]);
      expect(await symbols('long', plain)).toHaveLength(100);
      expect(names(await symbols('long 15', plain))).toEqual(['15 第 15 步', '150 第 150 步', '115 第 115 步']);
    } finally {
      await plain.close();
    }
  });
});
