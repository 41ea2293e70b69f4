// Completion over real JSON-RPC: keywords where the parser places them, step numbers and roles only where the grammar
// expects a reference, orders and tags; accepting an item must leave a line the parser reads as intended.
import { check } from '@sopkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-protocol/node';
import { markers } from './helpers/cursor.js';
import { accept, startSession, type Session } from './helpers/session.js';
import { visit } from './helpers/visit.js';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session.client.close());

const complete = (source: string) => session.complete(source);

function labels(items: readonly CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

/** The line of the cursor after accepting the first item offered there. */
async function acceptFirst(source: string): Promise<string> {
  const items = await complete(source);
  expect(items.length).toBeGreaterThan(0);
  const { text, cursors } = markers(source);
  return accept(text, items[0]!).split('\n')[cursors[0]!.line]!;
}

describe('completion', () => {
  it('offers the keywords valid under a problem, deepest first, and not those that would be misplaced', async () => {
    const items = labels(await complete('工步 1: 一\n  问题: 问\n    <|>\n'));
    expect(items).toContain('解决措施');
    expect(items).toContain('或');
    expect(items).toContain('工步');
    expect(items).not.toContain('是');
    expect(items).not.toContain('选项');
    expect(items.indexOf('解决措施')).toBeLessThan(items.indexOf('工步'));
  });

  it('offers branches under a decision and header fields under the process, in the document’s language', async () => {
    expect(labels(await complete('Step 1: One\n  Decision: ok?\n    <|>'))).toEqual(expect.arrayContaining(['Yes', 'No', 'When', 'Otherwise']));
    const header = labels(await complete('流程: 甲\n  编<|>'));
    expect(header).toEqual(expect.arrayContaining(['编号', '版本', '角色', '工步', '阶段']));
    expect(header).not.toContain('流程');
    expect(header).not.toContain('措施');
  });

  it('offers the roles declared in the process after an owner or escalate keyword', async () => {
    const owner = await complete(`${visit}工步 3: 上门\n  负责: <|>`);
    expect(labels(owner)).toEqual(['调度', '信息员', '服务工程师']);
    const second = await complete(`${visit}工步 3: 上门\n  问题: 迟到\n    措施: 道歉\n      上报: 调度、信<|>`);
    expect(second[0]?.textEdit).toMatchObject({ range: { start: { character: 13 }, end: { character: 14 } } });
  });

  it('offers step numbers with titles after a go-to or return', async () => {
    const items = await complete(`${visit}工步 3: 上门\n  转到 工步 <|>`);
    expect(items.map((i) => [i.label, i.detail])).toEqual([['1', '接电话'], ['2', '联系客户'], ['3', '上门']]);
    const bare = await complete(`${visit}工步 3: 上门\n  判断: 在家?\n    否: 返回 <|>`);
    expect(bare[1]?.textEdit?.newText).toBe('工步 2');
  });

  it('offers the two orders after an order line, in the document’s language', async () => {
    expect(labels(await complete('流程: 甲\n  编号: a\n阶段: 基本规定\n  顺序: <|>'))).toEqual(['按顺序', '不分先后']);
    expect(labels(await complete('Process: A\n  Id: a\nPhase: Rules\n  Order: no<|>'))).toEqual(['in order', 'none']);
  });

  it('offers tags used elsewhere after @', async () => {
    expect(labels(await complete(`${visit}工步 3: 上门 @<|>`))).toEqual(['MOT']);
  });
});


describe('step and role references, only where the grammar expects one', () => {
  const remedy = `${visit}工步 3: 上门\n  负责: 服务工程师\n  问题: 迟到\n    措施: 道歉\n`;

  it('after a go-to with nothing typed, inserts the blank, the step word and the number', async () => {
    expect(await acceptFirst(`${remedy}      转到<|>`)).toBe('      转到 工步 1');
    expect(await acceptFirst(`${remedy}      转到 <|>`)).toBe('      转到 工步 1');
    expect(await acceptFirst(`${remedy}      转到 工步<|>`)).toBe('      转到 工步 1');
    expect(await acceptFirst(`${remedy}      转到 工<|>`)).toBe('      转到 工步 1');
    expect(await acceptFirst(`${remedy}      返回 工步 <|>`)).toBe('      返回 工步 1');
    const en = 'Process: Visit\n  Id: v\nStep 1: Call\n  Problem: Late\n    Remedy: Apologise\n      Go to<|>';
    const line = await acceptFirst(en);
    expect(line).toBe('      Go to Step 1');
    const accepted = en.replace('      Go to<|>', line);
    expect(check(accepted).diagnostics.map((d) => d.code)).not.toContain('SOP1002');
    expect(check(accepted).diagnostics.map((d) => d.code)).not.toContain('SOP1011');
  });

  it('after a branch whose outcome starts with the action, as inline actions are read', async () => {
    const decision = `${remedy}      判断: 在家?\n`;
    expect(await acceptFirst(`${decision}        否: 转到<|>`)).toBe('        否: 转到 工步 1');
    expect(await acceptFirst(`${decision}        当 特殊情况: 上报<|>`)).toBe('        当 特殊情况: 上报 调度');
    expect(await acceptFirst(`${decision}        是: 通知 <|>`)).toBe('        是: 通知 调度');
  });

  it('offers no role or step after such a word inside free text', async () => {
    for (const source of [
      `${visit}工步 3: 上门\n  问题: 迟到\n    措施: 通知 <|>`,
      `${visit}工步 3: 上门\n  问题: 迟到\n    措施: 上报<|>`,
      `${visit}工步 3: 上门\n  工作标准: 负责 <|>`,
      `${visit}工步 3: 转到<|>`,
      `${visit}工步 3: 上门\n  备注: 客户说：转到 <|>`,
      `${visit}工步 3: 上门\n  判断: 在家?\n    否: 先打电话，再转到 <|>`,
    ]) {
      expect(await complete(source), source).toEqual([]);
    }
  });

  it('writes the colon a list keyword needs, as the document writes its colons', async () => {
    expect(await acceptFirst(`${remedy}      上报<|>`)).toBe('      上报: 调度');
    const wide = visit.replaceAll(': ', '：');
    expect(await acceptFirst(`${wide}工步 3：上门\n  负责<|>`)).toBe('  负责：调度');
  });
});
