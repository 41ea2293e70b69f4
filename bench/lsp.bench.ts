// Language-server responsiveness: after a one-character edit in a 5,000-step document, how long until diagnostics arrive
// over real JSON-RPC (bundled server, spawned as the editor does), and how long completion, hover, highlight, selection ranges
// and workspace symbols take (with the size of their answers). References in the same process: JSON.parse of the same
// text, and core's check() called directly.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../packages/core/src/index.js';
import { bundleServer } from '../packages/language-server/test/helpers/bundle-server.js';
import { startClient, type LspClient } from '../packages/language-server/test/helpers/lsp-client.js';

const sizes = [500, 5_000];
/** Title edits per document (the typing row types and deletes a 12-character line: 26 changes). */
const edits = 50;
/** Pause between edits: longer than the server's quiet period, as between keystrokes of a fast typist. */
const pauseMs = 80;

function bigDocument(stepCount: number): string {
  const out = ['# language: zh-CN', '流程: 大流程', '  编号: big', '  角色: 信息员, 调度, 服务工程师', ''];
  for (let i = 1; i <= stepCount; i++) {
    if (i % 100 === 1) out.push(`阶段: 第 ${Math.ceil(i / 100)} 段`, '');
    out.push(
      `工步 ${i}: 第 ${i} 个工步 @T${i % 7}`,
      `  负责: ${i % 2 ? '服务工程师' : '信息员'}`,
      '  工作标准: 保证客户信息准确，客户信息包括姓名、地址、联系电话',
      '    时间: 30秒内',
      '  问题: 信息不详，如地址不详、电话错',
      '    措施: 重复向客户复述，确认信息准确',
      '      上报: 调度',
      `      转到 工步 ${Math.max(1, i - 1)}`,
      '',
    );
  }
  return out.join('\n');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeSync(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/** Opens the document in a fresh server and waits for its (clean) diagnostics. */
async function openClean(text: string): Promise<{ client: LspClient; uri: string }> {
  const client = await startClient(process.execPath, [bundleServer(process.cwd()), '--stdio']);
  const uri = client.open('big.sop', text);
  const initial = await client.diagnostics(uri);
  if (initial.length > 0) throw new Error(`the benchmark document should be clean, got ${initial[0]!.message}`);
  return { client, uri };
}

/** Milliseconds from each one-character change until that version's diagnostics arrive. */
async function editLatencies(text: string, changes: readonly Change[]): Promise<number[]> {
  const { client, uri } = await openClean(text);
  const latencies: number[] = [];
  for (const change of changes) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const start = performance.now();
    const version = client.change(uri, [change]);
    await client.diagnostics(uri, version);
    latencies.push(performance.now() - start);
  }
  await client.close();
  return latencies.sort((a, b) => a - b);
}

/** Typing a character into the middle step's title, then deleting it, `edits` times over. */
function titleEdits(text: string, stepCount: number): Change[] {
  const line = text.split('\n').findIndex((l) => l.startsWith(`工步 ${stepCount / 2}:`));
  const at = { line, character: 12 };
  return Array.from({ length: edits }, (_, i) =>
    i % 2 === 0 ? { range: { start: at, end: at }, text: '新' } : { range: { start: at, end: { line, character: 13 } }, text: '' });
}

/**
 * Typing a new problem line into the middle step key by key (the line is unrecognised until its keyword is complete),
 * then deleting it key by key.
 */
function lineTyping(text: string, stepCount: number): Change[] {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(`工步 ${stepCount / 2}:`)) + 1;
  const typed = '  问题: 客户不在家';
  const changes: Change[] = [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\n' }];
  for (let i = 0; i < typed.length; i++) changes.push({ range: { start: { line, character: i }, end: { line, character: i } }, text: typed[i]! });
  for (let i = typed.length; i > 0; i--) changes.push({ range: { start: { line, character: i - 1 }, end: { line, character: i } }, text: '' });
  changes.push({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' });
  return changes;
}

/** The items of a list answer (a completion list counts its items), else 1. */
function itemCount(answer: unknown): number {
  if (Array.isArray(answer)) return answer.length;
  const items = (answer as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.length : 1;
}

interface RequestTimes {
  readonly measure: string;
  readonly times: number[];
}

/** Sends a request `runs` times; its round-trip times (sorted) and the size of its answer. */
async function timeRequest(client: LspClient, measure: string, method: string, params: object, runs = 20): Promise<RequestTimes> {
  const times: number[] = [];
  let size = 0;
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const answer: unknown = await client.connection.sendRequest(method, params);
    times.push(performance.now() - start);
    size = JSON.stringify(answer).length;
    count = itemCount(answer);
  }
  return { measure: `${measure}: ${count} item${count === 1 ? '' : 's'}, ${(size / 1024).toFixed(1)} K chars`, times: times.sort((a, b) => a - b) };
}

/**
 * Round trips of completion (keywords at column 0 of a blank line; steps after `转到 工步 ` and after `转到 工步 2`), hover,
 * document highlight (a step number, a role used in every step) and selection ranges, with the size of each answer.
 */
async function requestLatencies(text: string, stepCount: number): Promise<RequestTimes[]> {
  const { client, uri } = await openClean(text);
  const lines = text.split('\n');
  const step = lines.findIndex((l) => l.startsWith(`工步 ${stepCount / 2}:`));
  const blank = lines.findIndex((l, i) => i > step && l === '');
  const goto = lines.findIndex((l, i) => i > step && l.includes('转到 工步'));
  const escalate = lines.findIndex((l, i) => i > step && l.includes('上报: 调度'));
  const standard = lines.findIndex((l, i) => i > step && l.includes('工作标准'));
  const number = lines[goto]!.indexOf('工步') + 3;
  const role = { line: escalate, character: lines[escalate]!.indexOf('调度') + 1 };
  const at = (position: { line: number; character: number }) => ({ textDocument: { uri }, position });
  const requests = [
    ['completion at column 0 (keywords)', 'textDocument/completion', at({ line: blank, character: 0 })],
    ['completion after 转到 工步 (steps)', 'textDocument/completion', at({ line: goto, character: number })],
    ['completion after 转到 工步 2 (steps numbered 2…)', 'textDocument/completion', at({ line: goto, character: number + 1 })],
    ['hover on a role', 'textDocument/hover', at(role)],
    ['highlight of a step number', 'textDocument/documentHighlight', at({ line: goto, character: number + 1 })],
    ['highlight of a role used in every step', 'textDocument/documentHighlight', at(role)],
    ['selection ranges at 3 positions', 'textDocument/selectionRange', { textDocument: { uri }, positions: [role, { line: standard, character: 12 }, { line: goto, character: 2 }] }],
  ] as const;
  const out: RequestTimes[] = [];
  for (const [measure, method, params] of requests) out.push(await timeRequest(client, measure, method, params));
  await client.close();
  return out;
}

/**
 * Workspace symbols over a folder holding the document and the repository's processes, with one process open: the first
 * request (which lists and parses the files) once, then queries by process id and step number, and by title words.
 */
async function workspaceSymbolLatencies(text: string, stepCount: number): Promise<RequestTimes[]> {
  const folder = mkdtempSync(join(tmpdir(), 'sop-ws-bench-'));
  writeFileSync(join(folder, 'big.sop'), text);
  cpSync(join(process.cwd(), 'processes'), join(folder, 'processes'), { recursive: true });
  const client = await startClient(process.execPath, [bundleServer(process.cwd()), '--stdio'], {
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  // Note: as in an editor, a document is open (and checked) before the first search, so the parser is warm.
  const open = client.open('home-service-visit.sop', readFileSync(join(process.cwd(), 'processes/home-service-visit.sop'), 'utf8'));
  await client.diagnostics(open);
  const query = `big ${stepCount / 2}`;
  const out = [
    await timeRequest(client, 'workspace symbols, first request (lists and parses the folder)', 'workspace/symbol', { query }, 1),
    await timeRequest(client, `workspace symbols "${query}"`, 'workspace/symbol', { query }),
    await timeRequest(client, 'workspace symbols "个工步" (title words)', 'workspace/symbol', { query: '个工步' }),
  ];
  await client.close();
  rmSync(folder, { recursive: true, force: true });
  return out;
}

export async function run(): Promise<void> {
  console.log(`${edits} one-character edits per document, ${pauseMs} ms apart; bundled server over stdio JSON-RPC\n`);
  console.log('| document | measure | p50 ms | p95 ms | p50 / JSON.parse |');
  console.log('|---|---|---:|---:|---:|');
  let p95 = 0;
  for (const stepCount of sizes) {
    const text = bigDocument(stepCount);
    const latencies = await editLatencies(text, titleEdits(text, stepCount));
    const typing = await editLatencies(text, lineTyping(text, stepCount));
    const requests = [...await requestLatencies(text, stepCount), ...await workspaceSymbolLatencies(text, stepCount)];
    const json = JSON.stringify({ text });
    const parseTimes = timeSync(20, () => JSON.parse(json));
    const checkTimes = timeSync(10, () => check(text));
    const reference = percentile(parseTimes, 50);
    const name = `${stepCount} steps, ${(text.length / 1024).toFixed(0)} K chars`;
    const rows = [
      ['edit in a title → diagnostics', latencies],
      ['typing a new line, key by key → diagnostics', typing],
      ...requests.map((r) => [r.measure, r.times] as const),
      ['core check() in process', checkTimes],
      ['JSON.parse of the same text', parseTimes],
    ] as const;
    for (const [measure, times] of rows) {
      console.log(`| ${name} | ${measure} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${(percentile(times, 50) / reference).toFixed(1)}× |`);
    }
    p95 = Math.max(percentile(latencies, 95), percentile(typing, 95));
  }
  console.log(`\ntarget (${sizes[sizes.length - 1]} steps): p95 of every one-character edit → diagnostics < 50 ms: ${p95 < 50 ? 'met' : `NOT met (${p95.toFixed(0)} ms)`}`);
}
