// Selection ranges over real JSON-RPC: the word, the text after the colon, the line, then the remedy, the problem with
// its remedies, the step, the phase and the whole process, in a zh-CN and an en document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SelectionRangeRequest, type SelectionRange } from 'vscode-languageserver-protocol/node';
import { textIn } from './helpers/cursor.js';
import { startSession, type Session } from './helpers/session.js';
import { visit } from './helpers/visit.js';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session.client.close());

/** For each marker (in the order of the text), the texts of its selection ranges from the innermost outwards. */
async function expansions(source: string): Promise<string[][]> {
  const doc = session.open(source);
  const answer = await session.client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: doc.uri }, positions: [...doc.at] });
  return (answer ?? []).map((first: SelectionRange) => {
    const texts: string[] = [];
    for (let range: SelectionRange | undefined = first; range; range = range.parent) texts.push(textIn(doc.text, range.range));
    return texts;
  });
}

const zh = `${visit}\n阶段: 上门\n工步 3: 上门\n  负责: 服务工程师\n  问题: 迟到\n    措施: 道歉\n    措施: 改约\n      通知: 调度\n`;
const phase = (name: string, text: string) => text.slice(text.indexOf(`阶段: ${name}`)).replace(/\n\n[\s\S]*$/, '').replace(/\n$/, '');

describe('selection range', () => {
  it('grows from a word of a standard to the text after the colon, the line, the step, the phase and the process', async () => {
    const [chain] = await expansions(zh.replace('复述客户信息', '复述客<|>户信息'));
    expect(chain).toEqual([
      '客户',
      '复述客户信息',
      '工作标准: 复述客户信息',
      zh.slice(zh.indexOf('工步 1'), zh.indexOf('\n工步 2')),
      phase('接待', zh),
      zh,
    ]);
  });

  it('from a role in a remedy: the line, the remedy, the problem with all its remedies, the step, the phase', async () => {
    const [chain] = await expansions(zh.replace('通知: 调度', '通知: 调<|>度'));
    expect(chain).toEqual([
      '调度',
      '通知: 调度',
      '措施: 改约\n      通知: 调度',
      '问题: 迟到\n    措施: 道歉\n    措施: 改约\n      通知: 调度',
      '工步 3: 上门\n  负责: 服务工程师\n  问题: 迟到\n    措施: 道歉\n    措施: 改约\n      通知: 调度',
      phase('上门', zh),
      zh,
    ]);
  });

  it('answers every position asked, a step number and a keyword included', async () => {
    const [keyword, number] = await expansions(zh.replace('转到 工步 1', '转到 工步 <|>1').replace('问题: 电话无人接', '问<|>题: 电话无人接'));
    expect(number!.slice(0, 4)).toEqual(['1', '工步 1', '转到 工步 1', '措施: 改时间再打\n      转到 工步 1']);
    expect(keyword!.slice(0, 3)).toEqual(['问题', '问题: 电话无人接', '问题: 电话无人接\n    措施: 改时间再打\n      转到 工步 1']);
  });

  it('in an English document, words by spaces, from the header fields to the process', async () => {
    const en = 'Process: Visit\n  Id: visit\n  Roles: Clerk, Engineer\nPhase: Reception\nStep 1: Call\n  Problem: No answer\n    Remedy: Call the customer again\n      Go to step 1\n';
    const [roles, remedy] = await expansions(en.replace('the customer', 'the cus<|>tomer').replace('Clerk, Engineer', 'Clerk, Engi<|>neer'));
    expect(remedy).toEqual([
      'customer',
      'Call the customer again',
      'Remedy: Call the customer again',
      'Remedy: Call the customer again\n      Go to step 1',
      'Problem: No answer\n    Remedy: Call the customer again\n      Go to step 1',
      en.slice(en.indexOf('Step 1'), -1),
      en.slice(en.indexOf('Phase'), -1),
      en,
    ]);
    expect(roles).toEqual(['Engineer', 'Clerk, Engineer', 'Roles: Clerk, Engineer', en.slice(0, en.indexOf('\nPhase')), en]);
  });

  it('at every position of a document with a half-typed line and a bad one: each range holds the cursor and grows to the whole text', async () => {
    const text = `${zh}工步 4: 回访\n  转到 工步 \n  工做标准: 准时\r\n\n  - 半行`;
    const doc = session.open(text);
    const positions = text.split('\n').flatMap((line, l) => Array.from({ length: line.length + 1 }, (_, character) => ({ line: l, character })));
    const answer = await session.client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri: doc.uri }, positions });
    expect(answer).toHaveLength(positions.length);
    const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    answer!.forEach((first, i) => {
      const cursor = offset(positions[i]!);
      let inner: { start: number; end: number } | undefined;
      let last = '';
      for (let range: SelectionRange | undefined = first; range; range = range.parent) {
        const span = { start: offset(range.range.start), end: offset(range.range.end) };
        const held = inner ?? { start: cursor, end: cursor };
        expect(span.start <= held.start && held.end <= span.end, JSON.stringify(positions[i])).toBe(true);
        if (inner) expect(span.start < inner.start || inner.end < span.end, JSON.stringify(positions[i])).toBe(true);
        inner = span;
        last = textIn(text, range.range);
      }
      expect(last).toBe(text);
    });
  });
});
