// Quick fixes over real JSON-RPC: which fix is preferred (the one confident answer), "fix all" of a code, and source.fixAll.
import { check } from '@sopkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type Position, type TextEdit } from 'vscode-languageserver-protocol/node';
import { applyEdits, startSession, type Session } from './helpers/session.js';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session.client.close());

/** Opens the source and asks for the code actions at its first marker (or over the whole text), of the kinds in `only`. */
async function actionsAt(source: string, only?: string[]): Promise<{ text: string; uri: string; actions: CodeAction[] }> {
  const doc = session.open(source);
  const diagnostics = await session.client.diagnostics(doc.uri);
  const end: Position = { line: doc.text.split('\n').length, character: 0 };
  const range = doc.at[0] ? { start: doc.at[0], end: doc.at[0] } : { start: { line: 0, character: 0 }, end };
  const result = await session.client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: doc.uri }, range, context: { diagnostics, ...(only && { only }) },
  });
  return { text: doc.text, uri: doc.uri, actions: (result ?? []) as CodeAction[] };
}

function edits(action: CodeAction | undefined, uri: string): TextEdit[] {
  return action?.edit?.changes?.[uri] ?? [];
}

const remedy = '流程: 甲\n  编号: a\n  角色: 信息员, 调度\n工步 1: 一\n  负责: 信息员\n  问题: x\n    措施: y\n';

describe('preferred quick fixes', () => {
  it('prefers a fix only when it is the one confident answer', async () => {
    const preferred = async (line: string) => {
      const { actions } = await actionsAt(`${remedy}${line}\n`);
      const fixes = actions.filter((a) => a.kind === 'quickfix');
      expect(fixes, line).toHaveLength(1);
      return fixes[0]!.isPreferred === true;
    };
    // One edit away from a longer word, nothing else that close: preferred.
    expect(await preferred('  <|>工做标准: 准时')).toBe(true);
    expect(await preferred('      上报: <|>调渡')).toBe(false);
    // A one-character guess at a two-character word changes its meaning: offered, not preferred.
    expect(await preferred('      <|>结果: 完成')).toBe(false);
    expect(await preferred('      <|>上传: 调度')).toBe(false);
    expect(await preferred('  <|>原因: 客户要求')).toBe(false);
  });

  it('prefers the fixes that restore what was obviously meant', async () => {
    const { actions } = await actionsAt('# language: en\nProcess: A\n  Id: a\n<|>工步 1: One\n', ['quickfix']);
    expect(actions).toMatchObject([{ isPreferred: true, diagnostics: [{ code: 'SOP1008' }] }]);
    const invisible = await actionsAt(`${remedy}  工<|>\u200b作标准: 准时\n`, ['quickfix']);
    expect(invisible.actions).toMatchObject([{ isPreferred: true, diagnostics: [{ code: 'SOP1012' }] }]);
    const role = await actionsAt('流程: 甲\n  编号: a\n  角色: 信息员, 调度\n工步 1: 一\n  负责: <|>信息\n', ['quickfix']);
    expect(role.actions[0]).toMatchObject({ isPreferred: true, diagnostics: [{ code: 'SOP2006' }] });
  });
});

describe('fix all', () => {
  const chineseInEnglish = '# language: en\nProcess: A\n  Id: a\n  Roles: Dispatcher\n<|>工步 1: One\n  负责: Dispatcher\n  问题: Late\n    措施: Apologise\n      上报: Dispatcher\n';

  it('offers to fix every diagnostic of the same code in the file at once', async () => {
    const { text, uri, actions } = await actionsAt(chineseInEnglish);
    const all = actions.find((a) => a.title.startsWith('Fix all'));
    expect(all).toMatchObject({ title: 'Fix all 5 SOP1008 in this file', kind: 'quickfix' });
    expect(all?.isPreferred).toBeFalsy();
    const fixed = applyEdits(text, edits(all, uri));
    expect(fixed).toContain('Step 1: One\n  Owner: Dispatcher\n  Problem: Late\n    Remedy: Apologise\n      Escalate: Dispatcher');
    expect(check(fixed).diagnostics).toEqual([]);
  });

  it('is not offered for a code the file has only once', async () => {
    const { actions } = await actionsAt('# language: en\nProcess: A\n  Id: a\n<|>工步 1: One\n', ['quickfix']);
    expect(actions.map((a) => a.title)).toEqual(['Change to “Step”']);
  });

  it('source.fixAll applies every confident fix of the file and leaves the guesses', async () => {
    const source = `${remedy}  工做标准: 准时\n      结果: 完成\n  工作标准: 守\u200b时\n`.replace('流程: 甲', '# language: zh-CN\n流程: 甲').replace('  负责: 信息员', '  Owner: 信息员');
    const { text, uri, actions } = await actionsAt(source, ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll']);
    const fixed = applyEdits(text, edits(actions[0], uri));
    expect(fixed).toContain('  负责: 信息员');
    expect(fixed).toContain('  工作标准: 准时');
    expect(fixed).toContain('  工作标准: 守时');
    expect(fixed).toContain('      结果: 完成');
    expect(check(fixed).diagnostics.map((d) => d.code)).toEqual(['SOP1001']);
    expect((await actionsAt(source, ['quickfix'])).actions.map((a) => a.kind)).not.toContain('source.fixAll');
  });
});
