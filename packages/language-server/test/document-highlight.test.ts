// Document highlight over real JSON-RPC: a step's header (write) and every reference to it (read); a role's declaration
// (write) and every use (read); nothing on free text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentHighlightKind, DocumentHighlightRequest, type DocumentHighlight } from 'vscode-languageserver-protocol/node';
import { textIn } from './helpers/cursor.js';
import { startSession, type Session } from './helpers/session.js';
import { visit } from './helpers/visit.js';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session.client.close());

/** Each highlight at the first marker as [line, highlighted text, W or R]. */
async function highlights(source: string): Promise<[number, string, string][]> {
  const doc = session.open(source);
  const answer = await session.client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: doc.uri }, position: doc.at[0]! });
  return (answer ?? []).map((h: DocumentHighlight) => [h.range.start.line, textIn(doc.text, h.range), h.kind === DocumentHighlightKind.Write ? 'W' : 'R']);
}

const zh = `${visit}工步 3: 上门\n  负责: 服务工程师, 调度\n  判断: 在家?\n    否: 返回 工步 01\n    是: 转到 工步 2\n`;

describe('document highlight', () => {
  it('on a step number or a reference to it: the header as written, every go-to and return as read (08 and 8 alike)', async () => {
    const expected = [[4, '1', 'W'], [14, '1', 'R'], [18, '01', 'R']];
    expect(await highlights(zh.replace('工步 1: 接电话', '工步 1<|>: 接电话'))).toEqual(expected);
    expect(await highlights(zh.replace('返回 工步 01', '返回 工步 0<|>1'))).toEqual(expected);
    expect(await highlights(zh.replace('转到 工步 2', '转到 工步 <|>2'))).toEqual([[10, '2', 'W'], [19, '2', 'R']]);
  });

  it('on a role: the declaration as written, every owner, escalation and notification as read', async () => {
    expect(await highlights(zh.replace('上报: 调度', '上报: 调<|>度'))).toEqual([[2, '调度', 'W'], [9, '调度', 'R'], [16, '调度', 'R']]);
    expect(await highlights(zh.replace('角色: 调度', '角色: <|>调度'))).toEqual([[2, '调度', 'W'], [9, '调度', 'R'], [16, '调度', 'R']]);
  });

  it('on a role that carries out a remedy: its owner line under the remedy is a use too', async () => {
    const en = 'Process: Visit\n  Id: visit\n  Roles: Clerk, Engineer\nStep 1: Call\n  Owner: Engineer\n  Problem: No answer\n    Remedy: Call again\n      Owner: Clerk\n';
    expect(await highlights(en.replace('Roles: Clerk', 'Roles: Cl<|>erk'))).toEqual([[2, 'Clerk', 'W'], [7, 'Clerk', 'R']]);
  });

  it('in an English document', async () => {
    const en = 'Process: Visit\n  Id: visit\n  Roles: Clerk, Engineer\nStep 1: Call\n  Owner: Clerk\n  Problem: No answer\n    Remedy: Call again\n      Notify: Engineer\n      Go to step 1\nStep 2: Visit\n  Owner: Engineer\n  Return to step 1\n';
    expect(await highlights(en.replace('Return to step 1', 'Return to step <|>1'))).toEqual([[3, '1', 'W'], [8, '1', 'R'], [11, '1', 'R']]);
    expect(await highlights(en.replace('Owner: Engineer', 'Owner: Engi<|>neer'))).toEqual([[2, 'Engineer', 'W'], [7, 'Engineer', 'R'], [10, 'Engineer', 'R']]);
  });

  it('nothing on free text or a keyword', async () => {
    expect(await highlights(zh.replace('复述客户信息', '复述<|>客户信息'))).toEqual([]);
    expect(await highlights(zh.replace('工作标准', '工作<|>标准'))).toEqual([]);
  });
});
