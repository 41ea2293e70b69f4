// A zh-TW document is drilled on a screen worded in Traditional characters (情景練習, 遇到這種情況，應該怎麼做？, 練習結果);
// the document's own text inside those words stays exactly as written.
import { toTraditional } from '@sopkit/core';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { createDrill, inTraditional, next, type ItemPlace } from '../src/index.js';
import { DrillApp, LearnApp, uiStrings } from '../src/ui.js';
import { learnPages } from '../src/index.js';
import { compileFile } from './helpers.js';

const twVisit = compileFile(new URL('fixtures/tw-visit.sop', import.meta.url).pathname);
const size = { columns: 80, rows: 24 };
const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
const strip = (s: string) => s.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');

/** Whether a text has nothing left to convert: every Chinese character in it is already Traditional. */
const isTraditional = (text: string) => toTraditional(text) === text;

describe('the screen’s words for zh-TW documents', () => {
  const tw = uiStrings('zh-TW');

  it('are the Chinese screen’s words in Traditional characters', () => {
    expect(tw.help.choice(4)).toBe('1–4 選擇 · ↑↓ 移動 · Enter 確定 · q 退出');
    expect(tw.modes.scenario).toBe('情景練習');
    expect(tw.report.total(3, 4, 75)).toBe('總分 3/4（75%）');
    expect(tw.ask({ ask: 'remedy', situation: null, decision: null, table: null, timing: null, titles: null }, null)).toBe('遇到這種情況，應該怎麼做？');
    expect(uiStrings('zh-CN').modes.scenario).toBe('情景练习');
  });

  it('keep the document’s text passed into them as written, where converting it again would misspell it', () => {
    const place: ItemPlace = { processId: 'x', processTitle: '到府服務', language: 'zh-TW', phaseId: null, phaseTitle: '出發', stepId: 's3', stepNumber: '3', stepTitle: '步行 5 公里到皇后大道' };
    expect(tw.step(place)).toBe('工步 3 步行 5 公里到皇后大道');
    expect(tw.chosenFrom(place, '客戶住在後面的公寓裡', 'action')).toBe('（這是工步 3 步行 5 公里到皇后大道「客戶住在後面的公寓裡」的做法）');
    expect(tw.facts([{ fact: '里程', value: '5 公里' }])).toBe('里程：5 公里');
  });

  it('leave what is not text alone', () => {
    const words = inTraditional({ n: 3, none: null, list: ['题目'], f: (a: { x: number; kind: string }) => `第 ${a.x} 题${a.kind === 'template' ? '格式' : ''}` });
    expect([words.n, words.none, words.list]).toEqual([3, null, ['題目']]);
    expect(words.f({ x: 2, kind: 'template' })).toBe('第 2 題格式');
  });
});

describe('a zh-TW document on the Ink screens', () => {
  it('asks, answers and reports in Traditional characters', async () => {
    const drill = createDrill([twVisit], { mode: 'exam', seed: 1, questions: 1 });
    const question = next(drill).question!;
    if (question.type !== 'choice') throw new Error('expected a choice question');
    const app = render(<DrillApp drill={drill} title="到府服務 · 小陳" language="zh-TW" passMark={80} size={size} onFinish={() => undefined} />);
    await pause();
    const frames = [strip(app.lastFrame() ?? '')];
    app.stdin.write(String(question.options.findIndex((o) => !o.correct) + 1));
    await pause();
    frames.push(strip(app.lastFrame() ?? ''));
    app.stdin.write('\r');
    await pause();
    frames.push(strip(app.lastFrame() ?? ''));
    app.unmount();
    expect(frames[0]).toContain('考試');
    expect(frames[1]).toContain('✗ 錯誤');
    expect(frames[2]).toContain('考試結果');
    expect(frames[2]).toContain('未通過');
    for (const frame of frames) expect(isTraditional(frame), frame).toBe(true);
  });

  it('shows learn pages in Traditional characters', async () => {
    const app = render(<LearnApp pages={learnPages([twVisit], 'zh-CN')} title="到府服務 · 小陳" language="zh-TW" size={size} />);
    await pause();
    const frame = strip(app.lastFrame() ?? '');
    app.unmount();
    expect(frame).toContain('上一頁/下一頁');
    expect(isTraditional(frame), frame).toBe(true);
  });
});
