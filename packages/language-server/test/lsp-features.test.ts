// Every language-server feature over real JSON-RPC: the bundled server is spawned, initialized, fed documents and asked.
import { check } from '@sopkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LspClient } from './helpers/lsp-client.js';
import {
  CodeActionRequest, DefinitionRequest, DocumentFormattingRequest, DocumentRangeFormattingRequest,
  DocumentSymbolRequest, FoldingRangeRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
  type Location, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { textIn } from './helpers/cursor.js';
import { applyEdits, startSession, type Session } from './helpers/session.js';
import { visit } from './helpers/visit.js';

let session: Session;
let client: LspClient;

beforeAll(async () => {
  session = await startSession();
  client = session.client;
});
afterAll(async () => client.close());

const open = (source: string) => session.open(source);
const hoverText = (source: string) => session.hoverText(source);

describe('diagnostics', () => {
  it('publishes the same codes and messages as core check()', async () => {
    const doc = open('流程: 甲\n工部 1: 一\n  转到 工步 9\n');
    const diagnostics = await client.diagnostics(doc.uri);
    const expected = check(doc.text).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual(expected.map((d) => [d.code, d.message]));
    expect(diagnostics.map((d) => d.code)).toContain('SOP1001');
    const typo = diagnostics.find((d) => d.code === 'SOP1001')!;
    expect(typo.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  });

  it('after every keystroke of a typing session, publishes what core check() finds in the whole new text, new problems after a pause', async () => {
    const doc = open(visit);
    let text = doc.text;
    let version = 1;
    let shown = new Set<string>();
    await client.diagnostics(doc.uri);
    // Typing a new step line by line into phase 接待, then a go-to that is wrong at first: every keystroke is one change
    // (the server rechecks incrementally from the previous version).
    const typed = '工步 3: 回访\n  负责: 服务工\n  转到 工步 7\n';
    const insertAt = text.length;
    const key = (d: { code?: unknown; message: unknown; line: number; character: number }) => `${String(d.code)} ${String(d.message)} ${d.line}:${d.character}`;
    for (let i = 0; i < typed.length; i++) {
      const offset = insertAt + i;
      const before = text.slice(0, offset).split('\n');
      const position = { line: before.length - 1, character: before[before.length - 1]!.length };
      text = text.slice(0, offset) + typed[i] + text.slice(offset);
      version = client.change(doc.uri, [{ range: { start: position, end: position }, text: typed[i]! }]);
      const published = (await client.diagnostics(doc.uri, version)).map((d) => key({ ...d, ...d.range.start }));
      const expected = check(text, { uri: doc.uri }).diagnostics.map((d) => key({ ...d, line: d.range.start.line - 1, character: d.range.start.column - 1 }));
      // While typing: only problems core finds in this very text, and none that was not shown before (line numbers aside).
      expect(expected).toEqual(expect.arrayContaining(published));
      const withoutLine = (k: string) => k.replace(/ \d+:\d+$/, '');
      for (const k of published) expect(shown.has(withoutLine(k)), k).toBe(true);
      shown = new Set(published.map(withoutLine));
    }
    // After the pause, everything core finds is shown.
    const settled = await client.nextDiagnostics(doc.uri);
    expect(settled.map((d) => key({ ...d, ...d.range.start }))).toEqual(check(text, { uri: doc.uri }).diagnostics.map((d) => key({ ...d, line: d.range.start.line - 1, character: d.range.start.column - 1 })));
    expect(settled.map((d) => d.code).sort()).toEqual(['SOP2003', 'SOP2006']);
  });

  it('follows edits as you type: a fixed problem goes at once, a new one shows after a pause', async () => {
    const doc = open('流程: 甲\n  编号: a\n工步 1: 一\n  转到 工步 2\n');
    expect((await client.diagnostics(doc.uri)).map((d) => d.code)).toEqual(['SOP2003']);
    const version = client.change(doc.uri, [{ range: { start: { line: 3, character: 8 }, end: { line: 3, character: 9 } }, text: '1' }]);
    expect(await client.diagnostics(doc.uri, version)).toEqual([]);
    const broken = client.change(doc.uri, [{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, text: 'x' }]);
    expect(await client.diagnostics(doc.uri, broken)).toEqual([]);
    expect((await client.nextDiagnostics(doc.uri)).map((d) => d.code)).toEqual(['SOP1001']);
  });
});

describe('hover', () => {
  it('shows a referenced step’s title, owner, standards and number of problems', async () => {
    const text = await hoverText(visit.replace('转到 工步 1', '转到 工步 <|>1'));
    expect(text).toContain('工步 1：接电话');
    expect(text).toContain('信息员');
    expect(text).toContain('复述客户信息');
    expect(text).toContain('1 个可能遇到的问题');
  });

  it('shows the step on its own header, and where a role is used', async () => {
    expect(await hoverText(visit.replace('工步 2: 联系客户', '工<|>步 2: 联系客户'))).toContain('工步 2：联系客户');
    const role = await hoverText(visit.replace('上报: 调度', '上报: 调<|>度'));
    expect(role).toContain('**调度**');
    expect(role).toMatch(/上报\/通知于：工步 1/);
  });

  it('describes a keyword from the keyword table', async () => {
    expect(await hoverText('Step 1: One\n  Stan<|>dard: x')).toContain('A work standard');
  });

  it('says what a timing line is read as, in words and ISO 8601', async () => {
    const zh = await hoverText('流程: 甲\n  编号: a\n工步 1: 一\n  工作标准: 回复客户\n    时间: 3个工作<|>日内\n');
    expect(zh).toBe('读作：**3 个工作日内** · `P3D`（按工作日计）');
    const en = await hoverText('Process: A\n  Id: a\nStep 1: One\n  Standard: knock\n    Timing: every 3<|>0 s\n');
    expect(en).toBe('Read as: **every 30 seconds** · `PT30S`');
    expect(await hoverText('流程: 甲\n  编号: a\n工步 1: 一\n  时间: 当天17点<|>前\n')).toBe('读作：**当天 17:00 前**');
    expect(await hoverText('流程: 甲\n  编号: a\n工步 1: 一\n  时<|>间: 3天内\n')).toContain('时间');
  });
});

describe('hover wording and size', () => {
  it('speaks Traditional Chinese in a zh-TW document', async () => {
    const tw = '# language: zh-TW\n流程: 甲\n  編號: a\n  角色: 調度\n工步 1: 一\n  負責: 調度\n  工作標準: 準時\n    時間: 3天內\n  問題: 遲到\n    措施: 道歉\n      上報: 調度\n      轉到 工步 1\n';
    const step = await hoverText(tw.replace('轉到 工步 1', '轉到 工步 <|>1'));
    expect(step).toContain('**工步 1：一**');
    expect(step).toContain('負責：調度');
    expect(step).toContain('1 個可能遇到的問題');
    const role = await hoverText(tw.replace('上報: 調度', '上報: 調<|>度'));
    expect(role).toContain('負責：工步 1');
    expect(role).toContain('上報/通知於：工步 1');
    expect(await hoverText(tw.replace('3天內', '3天<|>內'))).toMatch(/^讀作：/);
  });

  it('names at most 20 steps in each list of a role’s uses, then says how many more', async () => {
    const steps = (prefix: string, owner: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}: s${i + 1}\n  ${owner}\n`).join('');
    const zh = await hoverText(`流程: 甲\n  编号: a\n  角色: 调度\n${steps('工步', '负责: 调度', 30)}工步 31: 末\n  负责: 调<|>度\n`);
    expect(zh).toContain('工步 20 等，另有 11 个');
    expect(zh).not.toContain('工步 21');
    const en = await hoverText(`Process: A\n  Id: a\n  Roles: Clerk\n${steps('Step', 'Owner: Clerk', 21)}Step 22: End\n  Owner: Cl<|>erk\n`);
    expect(en).toContain('Step 20 and 2 more');
  });
});

describe('navigation', () => {
  it('goes from a step reference to the step header, and from a role use to its declaration', async () => {
    const doc = open(visit.replace('转到 工步 1', '转到 工步 1<|>').replace('上报: 调度', '上报: <|>调度'));
    const [roleUse, stepRef] = doc.at;
    const step = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc.uri }, position: stepRef! }) as Location;
    expect(step.range.start.line).toBe(4);
    expect(textIn(doc.text, step.range)).toBe('1');
    const role = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc.uri }, position: roleUse! }) as Location;
    expect(role.range.start.line).toBe(2);
    expect(textIn(doc.text, role.range)).toBe('调度');
  });

  it('finds every reference to a step and to a role', async () => {
    const doc = open(`${visit.replace('工步 1: 接电话', '工步 <|>1: 接电话')}工步 3: 上门\n  负责: 服务工程师\n  返回 工步 1\n`);
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, context: { includeDeclaration: true } });
    expect(refs?.map((r) => r.range.start.line)).toEqual([4, 14, 17]);
    const roleDoc = open(visit.replace('负责: 服务工程师', '负责: 服务<|>工程师'));
    const uses = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: roleDoc.uri }, position: roleDoc.at[0]!, context: { includeDeclaration: false } });
    expect(uses?.map((r) => [r.range.start.line, textIn(roleDoc.text, r.range)])).toEqual([[11, '服务工程师']]);
  });
});

describe('rename', () => {
  it('renames a role in its declaration and every use', async () => {
    const doc = open(visit.replace('负责: 信息员', '负责: 信息<|>员'));
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]! });
    expect(prepared).toMatchObject({ placeholder: '信息员' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: '接线员' });
    const renamed = applyEdits(doc.text, edit!.changes![doc.uri]!);
    expect(renamed).toContain('角色: 调度, 接线员, 服务工程师');
    expect(renamed).toContain('负责: 接线员');
    expect(renamed).not.toContain('信息员');
  });

  it('renumbers a step together with every reference to it', async () => {
    const doc = open(`${visit.replace('工步 1: 接电话', '工步 <|>1: 接电话')}工步 3: 上门\n  判断: 在家?\n    否: 返回 工步 1\n`);
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: '10' });
    const renamed = applyEdits(doc.text, edit!.changes![doc.uri]!);
    expect(renamed).toContain('工步 10: 接电话');
    expect(renamed).toContain('转到 工步 10');
    expect(renamed).toContain('否: 返回 工步 10');
    expect(check(renamed).diagnostics.filter((d) => d.code === 'SOP2003')).toEqual([]);
  });

  it('refuses to rename a role onto another role, as it refuses a taken step number', async () => {
    const doc = open(visit.replace('上报: 调度', '上报: 调<|>度'));
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: '信息员' })).rejects.toThrow(/角色「信息员」已经存在/);
    const en = open('Process: A\n  Id: a\n  Roles: Dispatcher, Clerk\nStep 1: One\n  Owner: Cl<|>erk\n');
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: en.uri }, position: en.at[0]!, newName: 'Dispatcher' })).rejects.toThrow(/already exists/);
  });

  it('keeps the numbers of unnumbered steps that took theirs from the renumbered step', async () => {
    const doc = open('流程: 甲\n  编号: a\n工步 <|>1: 一\n  转到 工步 2\n工步: 无编号\n  负责: 甲\n工步 3: 三\n  返回 工步 2\n');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: '0.5' });
    const renamed = applyEdits(doc.text, edit!.changes![doc.uri]!);
    expect(renamed).toBe('流程: 甲\n  编号: a\n工步 0.5: 一\n  转到 工步 2\n工步 2: 无编号\n  负责: 甲\n工步 3: 三\n  返回 工步 2\n');
    expect(check(renamed).diagnostics.filter((d) => d.code.startsWith('SOP20'))).toEqual([]);
  });

  it('refuses a step number that is not a number or already exists', async () => {
    const doc = open(visit.replace('转到 工步 1', '转到 工步 <|>1'));
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: 'abc' })).rejects.toThrow(/不是工步编号/);
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: '2' })).rejects.toThrow(/已经存在/);
  });
});

describe('outline, folding, formatting, quick fixes', () => {
  it('lists phases, their steps and the steps’ problems', async () => {
    const doc = open(visit);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri } });
    const tree = (symbols as { name: string; children?: { name: string; children?: { name: string }[] }[] }[])
      .map((s) => [s.name, (s.children ?? []).map((c) => [c.name, (c.children ?? []).map((p) => p.name)])]);
    expect(tree).toEqual([['上门服务', []], ['接待', [['1 接电话', ['信息不详']], ['2 联系客户', ['电话无人接']]]]]);
  });

  it('lists decision tables, templates and forms under the phase they follow, with their facts, rules, placeholders and fields', async () => {
    const doc = open(`${visit}阶段: 规则
决策表: 多次联系
  事实: 迟到 = 是/否
  规则 R1: 跳闸
    当 迟到 = 是
模板 T1: 上门信息
  占位符: 日 = 日期
  内容: {日}号上门
表单: 预约登记表
  字段: 预约编号
`);
    type Tree = { name: string; range: { start: { line: number }; end: { line: number } }; children?: Tree[] };
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri } }) as Tree[];
    const names = (list: Tree[] = []): unknown[] => list.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));
    expect(names(symbols).slice(2)).toEqual([['规则', [['多次联系', ['迟到 = 是/否', 'R1 跳闸']], ['T1 上门信息', ['日 = 日期']], ['预约登记表', ['预约编号']]]]]);
    const rules = symbols[2]!;
    expect([rules.range.start.line, rules.range.end.line]).toEqual([15, 24]);
  });

  it('folds every element that owns lines, and comment blocks', async () => {
    const doc = open(`# 一\n# 二\n${visit}`);
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: doc.uri } });
    const pairs = ranges!.map((r) => [r.startLine, r.endLine, r.kind ?? '']);
    expect(pairs).toEqual(expect.arrayContaining([[0, 1, 'comment'], [2, 4, ''], [5, 16, ''], [6, 11, ''], [9, 11, ''], [10, 11, ''], [12, 16, '']]));
  });

  it('formats the document and a range with the core formatter', async () => {
    const doc = open('流程:甲\n编号:a\n工步 1:一\n问题:问\n措施:治\n');
    const whole = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: doc.uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(applyEdits(doc.text, whole!)).toBe('流程: 甲\n  编号: a\n\n工步 1: 一\n  问题: 问\n    措施: 治\n');
    const range = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri: doc.uri }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 2 } }, options: { tabSize: 2, insertSpaces: true },
    });
    expect(applyEdits(doc.text, range!)).toBe('流程:甲\n编号:a\n工步 1:一\n  问题: 问\n措施:治\n');
    // A selection of whole lines ends at column 0 of the line after them: that line is not formatted.
    for (const crlf of [false, true]) {
      const lines = open(crlf ? doc.text.replaceAll('\n', '\r\n') : doc.text);
      const whole = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
        textDocument: { uri: lines.uri }, range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, options: { tabSize: 2, insertSpaces: true },
      });
      const expected = '流程:甲\n编号:a\n工步 1:一\n  问题: 问\n措施:治\n';
      expect(applyEdits(lines.text.replaceAll('\r\n', '\n'), whole!.map((e) => ({ ...e, newText: e.newText.replaceAll('\r\n', '\n') }))), crlf ? 'CRLF' : 'LF').toBe(expected);
    }
  });

  it('offers a quick fix for a “did you mean” diagnostic', async () => {
    const doc = open('流程: 甲\n工步 1: 一\n  <|>工做标准: 准时\n');
    const diagnostics = await client.diagnostics(doc.uri);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri }, range: { start: doc.at[0]!, end: doc.at[0]! }, context: { diagnostics },
    });
    const fix = actions?.find((a) => 'edit' in a && a.edit);
    expect(fix).toMatchObject({ kind: 'quickfix', diagnostics: [{ code: 'SOP1001' }] });
    const edits = (fix as { edit: { changes: Record<string, TextEdit[]> } }).edit.changes[doc.uri]!;
    expect(applyEdits(doc.text, edits)).toBe('流程: 甲\n工步 1: 一\n  工作标准: 准时\n');
  });
});
