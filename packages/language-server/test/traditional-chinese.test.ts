// A zh-TW document over real JSON-RPC: every text the server shows (hovers, completion details, code-action titles,
// rename refusals) is written in Traditional characters, and keywords are spelled as the keyword table spells them in zh-TW.
import { keywordEntry } from '@sopkit/core';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest, CompletionRequest, HoverRequest, PrepareRenameRequest, RenameRequest, type CodeAction, type MarkupContent, type Position,
} from 'vscode-languageserver-protocol/node';
import { startSession, type Session } from './helpers/session.js';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session.client.close());

/** Character by character to Traditional (no phrases), an oracle independent of core's table: Traditional text stays the same. */
const toTraditionalChars = OpenCC.Converter({ from: 'cn', to: 'tw' });
const simplifiedIn = (text: string) => [...text].filter((c) => /\p{Script=Han}/u.test(c) && toTraditionalChars(c) !== c).join('');

const tw = `# language: zh-TW
流程: 上門服務
  編號: visit
  角色: 調度, 資訊員
階段: 接待
工步 1: 接電話
  負責: 資訊員
  工作標準: 複述客戶資訊
    時間: 3個工作日內
  問題: 資訊不詳
    措施: 再次核實
      負責: 調度
      上報: 調度
      轉到 工步 1
  判斷: 在家?
    否: 轉到 工步 2
工步 2: 聯繫客戶
  負責: 調度
表單: 預約登記表
  字段: 預約編號
`;

async function hoverAt(uri: string, position: Position): Promise<string> {
  const hover = await session.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('a zh-TW document reads Traditional Chinese everywhere', () => {
  it('hovers: keywords (described and spelled as the table spells them in zh-TW), steps, roles, timings', async () => {
    const doc = session.open(tw);
    const lines = tw.split('\n');
    const hovers: string[] = [];
    for (const [line, text] of lines.entries()) {
      // The first character of the line, then the first character after each colon or blank (the keyword, a name, a number).
      const columns = [/\S/.exec(text)?.index, ...[...text.matchAll(/[:： ]\s*(?=\S)/g)].map((m) => m.index + m[0].length)];
      for (const character of columns) if (character !== undefined && line > 0) hovers.push(await hoverAt(doc.uri, { line, character }));
    }
    const shown = hovers.filter((h) => h !== '');
    expect(shown.length).toBeGreaterThan(25);
    for (const hover of shown) expect(simplifiedIn(hover), hover).toBe('');
    const form = await hoverAt(doc.uri, { line: lines.indexOf('表單: 預約登記表'), character: 1 });
    // The description names the field keyword as zh-TW documents write it (the general conversion would say 欄位).
    expect(form).toContain(`「${keywordEntry('field').words['zh-TW'][0]}:」`);
    expect(form).toContain('也可寫作：**附件**');
    expect(await hoverAt(doc.uri, { line: 11, character: 11 })).toContain('**調度**');
  });

  it('completion: every keyword’s description', async () => {
    const doc = session.open(`${tw}  `);
    const position = { line: tw.split('\n').length - 1, character: 2 };
    const answer = await session.client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position });
    const items = Array.isArray(answer) ? answer : answer?.items ?? [];
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) expect(simplifiedIn(`${item.label} ${item.detail ?? ''}`), item.label).toBe('');
  });

  it('code actions: quick fixes, fix all, source.fixAll', async () => {
    const doc = session.open('# language: zh-TW\n流程: 甲\n  編號: a\n工步 1: 一\n  工作标准: x\n  工作标准: y\n  問題 遲到\n    措施: 道歉\n');
    const diagnostics = await session.client.diagnostics(doc.uri);
    const actions = await session.client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, context: { diagnostics },
    }) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['修正本檔案中全部 2 處 SOP1008', '修正所有有確定答案的問題', '補上冒號']));
    for (const title of titles) expect(simplifiedIn(title), title).toBe('');
  });

  it('rename refusals', async () => {
    const doc = session.open(tw);
    const refusal = async (position: Position, newName: string, prepare = false) => {
      const request = prepare
        ? session.client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: doc.uri }, position })
        : session.client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position, newName });
      return request.then(() => '', (error: Error) => error.message);
    };
    const messages = [
      await refusal({ line: 7, character: 4 }, '', true),
      await refusal({ line: 5, character: 3 }, 'abc'),
      await refusal({ line: 5, character: 3 }, '2'),
      await refusal({ line: 6, character: 6 }, '甲,乙'),
      await refusal({ line: 6, character: 6 }, '調度'),
    ];
    expect(messages).toEqual(['請把游標放在工步編號或角色名上。', '「abc」不是工步編號（如 8 或 2.1）。', '工步 2 已經存在。', '「甲,乙」不能作為角色名。', '角色「調度」已經存在。']);
  });

  it('keeps the words a document writes in Simplified characters as written', async () => {
    const doc = session.open(tw.replace('角色: 調度, 資訊員', '角色: 調度, 资讯员').replace('負責: 資訊員', '負責: 资讯员'));
    const refused = await session.client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: doc.uri }, position: { line: 11, character: 11 }, newName: '资讯员' })
      .then(() => '', (error: Error) => error.message);
    expect(refused).toBe('角色「资讯员」已經存在。');
  });
});

describe('zh-CN and English keyword hovers', () => {
  it('describe the keyword and name its other spellings', async () => {
    expect(await session.hoverText('流程: 甲\n工步 1: 一\n  问<|>题: x\n')).toBe(`**问题** — ${keywordEntry('problem').doc['zh-CN']}\n\n也可写作：**可能遇到的问题**`);
    expect(await session.hoverText('Process: A\nStep 1: One\n  Go <|>to step 1\n')).toBe(`**Go to** — ${keywordEntry('goto').doc.en}`);
    expect(await session.hoverText('Process: A\nStep 1: One\n  Ti<|>me: daily\n')).toBe(`**Time** — ${keywordEntry('timing').doc.en}\n\nAlso written: **Timing**`);
  });
});
