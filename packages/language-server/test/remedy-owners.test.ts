// Who carries out a remedy (`负责` / `Owner` under it) over real JSON-RPC, in zh-CN and English documents: a use of its
// role for navigation, highlight, rename and completion, and never the owner of the remedy's step (hover, outline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionRequest, DefinitionRequest, DocumentHighlightKind, DocumentHighlightRequest, DocumentSymbolRequest, ReferencesRequest, RenameRequest,
  type DocumentSymbol, type Location, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { textIn } from './helpers/cursor.js';
import { applyEdits, startSession, type Session } from './helpers/session.js';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session.client.close());

const documents = {
  'zh-CN': `流程: 上门服务
  编号: visit
  角色: 调度, 信息员, 中心协调员
工步 1: 接电话
  负责: 调度
  问题: 账目不符
    措施: 每日对帐
      负责: 信<|>息员
      上报: 调度
    措施: 次日复核
      负责: 中心协调员
工步 2: 回访
  负责: 中心协调员
`,
  en: `Process: Visit
  Id: visit
  Roles: Dispatcher, Clerk, Coordinator
Step 1: Take the call
  Owner: Dispatcher
  Problem: Accounts differ
    Remedy: Reconcile daily
      Owner: Cl<|>erk
      Escalate: Dispatcher
    Remedy: Check the next day
      Owner: Coordinator
Step 2: Call back
  Owner: Coordinator
`,
} as const;

const words = {
  'zh-CN': { role: '信息员', other: '中心协调员', renamed: '对账员', ownerLine: '负责：无', remedyLine: '执行措施于：工步 1', otherLines: ['负责：工步 2', '执行措施于：工步 1'] },
  en: { role: 'Clerk', other: 'Coordinator', renamed: 'Accountant', ownerLine: 'Owner of: none', remedyLine: 'Carries out remedies in: Step 1', otherLines: ['Owner of: Step 2', 'Carries out remedies in: Step 1'] },
} as const;

describe.each(['zh-CN', 'en'] as const)('remedy owners in a %s document', (language) => {
  const source = documents[language];
  const { role, other, renamed, ownerLine, remedyLine, otherLines } = words[language];

  it('hover: the role carries out a remedy in the step, it does not own the step', async () => {
    const hover = await session.hoverText(source);
    expect(hover).toContain(ownerLine);
    expect(hover).toContain(remedyLine);
    // The last line: step 2's owner, who also carries out a remedy of step 1.
    const both = await session.hoverText(source.replace('<|>', '').replace(/(\n {2}(?:负责|Owner): )(\S+)\n$/, '$1<|>$2\n'));
    expect(both).toContain(`**${other}**`);
    for (const line of otherLines) expect(both).toContain(line);
  });

  it('go to definition, references and highlight treat it as a use of the declared role', async () => {
    const doc = session.open(source);
    const at = { textDocument: { uri: doc.uri }, position: doc.at[0]! };
    const definition = await session.client.connection.sendRequest(DefinitionRequest.type, at) as Location;
    expect([definition.range.start.line, textIn(doc.text, definition.range)]).toEqual([2, role]);
    const references = await session.client.connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } });
    expect(references?.map((r) => [r.range.start.line, textIn(doc.text, r.range)])).toEqual([[2, role], [7, role]]);
    const highlights = await session.client.connection.sendRequest(DocumentHighlightRequest.type, at);
    expect(highlights?.map((h) => [h.range.start.line, h.kind])).toEqual([[2, DocumentHighlightKind.Write], [7, DocumentHighlightKind.Read]]);
  });

  it('rename changes the declaration and the remedy’s owner', async () => {
    const doc = session.open(source);
    const edit = await session.client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]!, newName: renamed });
    const text = applyEdits(doc.text, edit!.changes![doc.uri] as TextEdit[]);
    expect(text).toBe(doc.text.replaceAll(role, renamed));
  });

  it('completion: the owner keyword first at a remedy’s depth, then the declared roles after it', async () => {
    const ownerWord = language === 'en' ? 'Owner' : '负责';
    const blank = await session.complete(source.replace(/ {6}(负责|Owner): [^\n]*\n/, '      <|>\n'));
    expect(blank[0]?.label).toBe(ownerWord);
    const names = await session.complete(source.replace(/(负责|Owner): 信<\|>息员|(Owner): Cl<\|>erk/, `${ownerWord}: <|>`));
    expect(names.map((i) => i.label)).toEqual(language === 'en' ? ['Dispatcher', 'Clerk', 'Coordinator'] : ['调度', '信息员', '中心协调员']);
  });

  it('outline: a step’s detail names its own owners, not those of its remedies', async () => {
    const doc = session.open(source);
    const symbols = await session.client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri } }) as DocumentSymbol[];
    expect(symbols.filter((s) => s.kind === 12).map((s) => s.detail)).toEqual(language === 'en' ? ['Dispatcher', 'Coordinator'] : ['调度', '中心协调员']);
  });
});
