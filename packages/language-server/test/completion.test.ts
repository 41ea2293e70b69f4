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

  it('offers step numbers with titles after a go-to or return, the step above first from the last step', async () => {
    const items = await complete(`${visit}工步 3: 上门\n  转到 工步 <|>`);
    expect(items.map((i) => [i.label, i.detail])).toEqual([['2', '联系客户'], ['1', '接电话'], ['3', '上门']]);
    const bare = await complete(`${visit}工步 3: 上门\n  判断: 在家?\n    否: 返回 <|>`);
    expect(bare[1]?.textEdit?.newText).toBe('工步 1');
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
    expect(await acceptFirst(`${remedy}      转到<|>`)).toBe('      转到 工步 2');
    expect(await acceptFirst(`${remedy}      转到 <|>`)).toBe('      转到 工步 2');
    expect(await acceptFirst(`${remedy}      转到 工步<|>`)).toBe('      转到 工步 2');
    expect(await acceptFirst(`${remedy}      转到 工<|>`)).toBe('      转到 工步 2');
    expect(await acceptFirst(`${remedy}      返回 工步 <|>`)).toBe('      返回 工步 2');
    expect(await acceptFirst(`${remedy}      转到 1<|>`)).toBe('      转到 1');
    const en = 'Process: Visit\n  Id: v\nStep 1: Call\n  Problem: Late\n    Remedy: Apologise\n      Go to<|>';
    const line = await acceptFirst(en);
    expect(line).toBe('      Go to Step 1');
    const accepted = en.replace('      Go to<|>', line);
    expect(check(accepted).diagnostics.map((d) => d.code)).not.toContain('SOP1002');
    expect(check(accepted).diagnostics.map((d) => d.code)).not.toContain('SOP1011');
  });

  it('after a branch whose outcome starts with the action, as inline actions are read', async () => {
    const decision = `${remedy}      判断: 在家?\n`;
    expect(await acceptFirst(`${decision}        否: 转到<|>`)).toBe('        否: 转到 工步 2');
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

describe('keyword spellings', () => {
  it('offers every spelling of a keyword, the one the document uses first', async () => {
    const short = labels(await complete(`${visit}工步 3: 上门\n  问题: 迟到\n    <|>`));
    expect(short).toEqual(expect.arrayContaining(['措施', '解决措施', '问题', '可能遇到的问题']));
    expect(short.indexOf('措施')).toBeLessThan(short.indexOf('解决措施'));
    const long = visit.replaceAll('问题:', '可能遇到的问题:').replaceAll('措施:', '解决措施:');
    const longItems = labels(await complete(`${long}工步 3: 上门\n  可能遇到的问题: 迟到\n    <|>`));
    expect(longItems.indexOf('解决措施')).toBeLessThan(longItems.indexOf('措施'));
  });

  it('inserts the spelling typed so far, with the document’s colon', async () => {
    const items = await complete(`${visit}工步 3: 上门\n  问<|>`);
    const problem = items.find((i) => i.label === '问题')!;
    expect(problem.textEdit).toMatchObject({ newText: '问题: $0', range: { start: { character: 2 }, end: { character: 3 } } });
    const wide = await complete(`${visit.replaceAll(': ', '：')}工步 3：上门\n  问<|>`);
    expect(wide.find((i) => i.label === '问题')?.textEdit?.newText).toBe('问题：$0');
  });
});

describe('keyword order and the new step’s number', () => {
  const end = `${visit}`;

  it('puts the keywords whose place matches the line’s indentation first', async () => {
    const top = labels(await complete(`${end}<|>`));
    expect(top.slice(0, 2)).toEqual(['工步', '阶段']);
    // Note: after a remedy, a step's own lines start with a problem; 负责 there would be the remedy's (below).
    const step = labels(await complete(`${end}  <|>`));
    expect(step[0]).toBe('问题');
    expect(step.indexOf('问题')).toBeLessThan(step.indexOf('措施'));
    expect(step.indexOf('措施')).toBeLessThan(step.indexOf('工步'));
    const action = labels(await complete(`${end}      <|>`));
    expect(action.indexOf('转到')).toBeLessThan(action.indexOf('措施'));
    expect(action.indexOf('负责')).toBeLessThan(action.indexOf('措施'));
    expect(action.indexOf('上报')).toBeLessThan(action.indexOf('措施'));
    expect(action.indexOf('措施')).toBeLessThan(action.indexOf('问题'));
    expect(action.indexOf('问题')).toBeLessThan(action.indexOf('工步'));
  });

  it('numbers a new step after the step above, or between it and the next one, never out of order', async () => {
    expect(await acceptFirst(`${end}<|>`)).toBe('工步 3: ');
    const between = visit.replace('工步 2: 联系客户', '<|>\n工步 2: 联系客户');
    expect(await acceptFirst(between)).toBe('工步 1.1: ');
    const gap = visit.replace('工步 2: 联系客户', '<|>\n工步 4: 联系客户');
    expect(await acceptFirst(gap)).toBe('工步 2: ');
    const taken = visit.replace('工步 2: 联系客户', '工步 1.1: 核对\n<|>\n工步 2: 联系客户');
    const line = await acceptFirst(taken);
    expect(line).toBe('工步 1.2: ');
    const { text, cursors } = markers(taken);
    const lines = text.split('\n');
    lines[cursors[0]!.line] = `${line}新工步\n  负责: 信息员`;
    const codes = check(lines.join('\n')).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('SOP2004');
    expect(codes).not.toContain('SOP2005');
    // Between 1 and 1.1 no whole or sub-number fits: the number is left for the trainer to write.
    expect(await acceptFirst(visit.replace('工步 2: 联系客户', '<|>\n工步 1.1: 核对\n工步 2: 联系客户'))).toBe('工步 : ');
  });
});

describe('step references in a long process: filtered, nearest first, capped', () => {
  const zhTitles = ['接电话', '分析信息', '联系客户', '准备工作', '出发', '路上', '进门前准备', '敲门', '进门', '穿鞋套', '放好工具包', '了解故障'];
  const enTitles = ['Answer the call', 'Analyse the request', 'Call the customer', 'Prepare the tools', 'Leave', 'On the road'];
  /** A process whose step 5 ends in a remedy; `line` is written as that remedy's last line. */
  const zh = (line: string, titles: readonly string[] = zhTitles) => {
    const steps = titles.map((t, i) => `工步 ${i + 1}: ${t}\n  负责: 服务工程师${i === 4 ? `\n  问题: 迟到\n    措施: 道歉\n${line}` : ''}`);
    return `流程: 上门服务\n  编号: visit\n  角色: 服务工程师\n阶段: 上门\n${steps.join('\n')}\n`;
  };
  const en = (line: string) => {
    const steps = enTitles.map((t, i) => `Step ${i + 1}: ${t}\n  Owner: Engineer${i === 4 ? `\n  Problem: Late\n    Remedy: Apologise\n${line}` : ''}`);
    return `Process: Visit\n  Id: visit\n  Roles: Engineer\nPhase: Visit\n${steps.join('\n')}\n`;
  };
  const acceptAt = async (source: string) => {
    const items = await complete(source);
    const { text } = markers(source);
    return accept(text, items[0]!);
  };

  it('lists the next step and the one above first, then onwards, then back, the step being edited last', async () => {
    const list = await session.completionList(zh('      转到 工步 <|>'));
    expect(labels(list.items)).toEqual(['6', '4', '7', '8', '9', '10', '11', '12', '3', '2', '1', '5']);
    expect(list.isIncomplete).toBe(false);
    const back = await complete(zh('      返回 工步 <|>'));
    expect(labels(back)).toEqual(['4', '6', '3', '2', '1', '7', '8', '9', '10', '11', '12', '5']);
    expect(labels(await complete(en('      Go to <|>')))).toEqual(['6', '4', '3', '2', '1', '5']);
    const branch = '      判断: 还来得及?\n        否: ';
    expect(labels(await complete(zh(`${branch}转到 工步 <|>`))).slice(0, 3)).toEqual(['6', '4', '7']);
    expect(await acceptAt(zh(`${branch}返回 敲<|>`))).toContain(`${branch}返回 工步 8\n`);
  });

  it('filters by the number typed so far, the step with exactly that number first', async () => {
    expect(labels(await complete(zh('      转到 工步 1<|>')))).toEqual(['1', '10', '11', '12']);
    expect(labels(await complete(zh('      转到 工步 12<|>')))).toEqual(['12']);
    expect(await complete(zh('      转到 工步 7.<|>'))).toEqual([]);
    expect(labels(await complete(en('      Go to step 1<|>')))).toEqual(['1']);
  });

  it('filters by words of the title, and accepting writes the reference', async () => {
    const doors = await session.completionList(zh('      转到 工步 门<|>'));
    expect(labels(doors.items)).toEqual(['7', '8', '9']);
    expect(doors.isIncomplete).toBe(true);
    const accepted = await acceptAt(zh('      转到 敲门<|>'));
    expect(accepted).toContain('      转到 工步 8\n');
    expect(check(accepted).diagnostics).toEqual([]);
    expect(await acceptAt(zh('      转到 工步 联系客<|>'))).toContain('      转到 工步 3\n');
    expect(await complete(zh('      转到 工步 没有这个<|>'))).toEqual([]);
    expect(labels(await complete(en('      Go to call<|>')))).toEqual(['3', '1']);
    const english = await acceptAt(en('      Go to call CUST<|>'));
    expect(english).toContain('      Go to Step 3\n');
    expect(check(english).diagnostics).toEqual([]);
    expect(await acceptAt(en('      Go to step the road<|>'))).toContain('      Go to step 6\n');
  });

  it('lists at most 50 steps and says the list is incomplete, so the client asks again as the user types', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `第 ${i + 1} 步`);
    const all = await session.completionList(zh('      转到 工步 <|>', many));
    expect(all.items).toHaveLength(50);
    expect(all.isIncomplete).toBe(true);
    expect(labels(all.items).slice(0, 4)).toEqual(['6', '4', '7', '8']);
    const eleven = await session.completionList(zh('      转到 工步 11<|>', many));
    expect(labels(eleven.items)).toEqual(['11', ...Array.from({ length: 10 }, (_, i) => String(110 + i))]);
    expect(eleven.isIncomplete).toBe(false);
  });
});
