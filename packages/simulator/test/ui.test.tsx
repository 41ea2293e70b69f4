// The Ink screens with ink-testing-library: key presses, frames, 80×24 layout with double-width Chinese.
import { compileProcess } from '@sopkit/core';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDrill, learnPages, next, type AnsweredQuestion, type DrillMode, type Question } from '../src/index.js';
import { DrillApp, LearnApp, uiStrings } from '../src/ui.js';
import { homeServiceVisit, realProcesses, smallProcess } from './helpers.js';

const size = { columns: 80, rows: 24 };
const keys = { up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', enter: '\r', backspace: '\u007F' };
const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
const strip = (s: string) => s.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');

async function press(stdin: { write: (s: string) => void }, ...sequence: string[]) {
  for (const key of sequence) {
    stdin.write(key);
    await pause();
  }
}

function expectFits(frame: string | undefined) {
  const lines = strip(frame ?? '').split('\n');
  expect(lines.length).toBeLessThanOrEqual(size.rows);
  for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(size.columns);
}

const home = homeServiceVisit();
const strings = uiStrings('zh-CN');

function firstQuestion(mode: DrillMode, seed: number, processes = [home], questions?: number): Question {
  return next(createDrill(processes, { mode, seed, ...(questions !== undefined && { questions }) })).question!;
}

function mount(mode: DrillMode, seed: number, extra: { questions?: number; deadline?: number; clock?: () => number; processes?: typeof home[] } = {}) {
  const answers: AnsweredQuestion[] = [];
  const onFinish = vi.fn();
  const onQuit = vi.fn();
  const drill = createDrill(extra.processes ?? [home], { mode, seed, ...(extra.questions !== undefined && { questions: extra.questions }) });
  const app = render(
    <DrillApp drill={drill} title="上门服务 · 张三" language="zh-CN" passMark={80} size={size} onAnswer={(a) => answers.push(a)} onFinish={onFinish} onQuit={onQuit}
      {...(extra.deadline !== undefined && { deadline: extra.deadline })} {...(extra.clock && { clock: extra.clock })} />,
  );
  return { ...app, answers, onFinish, onQuit };
}

afterEach(() => vi.useRealTimers());

describe('DrillApp', () => {
  it('shows the situation, four numbered options, progress and help within 80×24', async () => {
    const question = firstQuestion('scenario', 3);
    const app = mount('scenario', 3);
    await pause();
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain(question.prompt.situation!);
    expect(frame).toContain('0/10');
    expect(frame).toContain('1–4 选择');
    for (let i = 1; i <= 4; i++) expect(frame).toMatch(new RegExp(`^[ >] ${i}\\. `, 'm'));
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('names the process in the heading when several are drilled together, and only then', async () => {
    const processes = realProcesses();
    const seed = [...Array(50).keys()].find((s) => firstQuestion('scenario', s, processes).place.stepNumber !== null)!;
    const question = firstQuestion('scenario', seed, processes);
    const together = mount('scenario', seed, { processes });
    await pause();
    const heading = strip(together.lastFrame()!).split('\n')[3]!;
    expect(heading.startsWith(`${question.place.processTitle} / `), heading).toBe(true);
    expectFits(together.lastFrame());
    together.unmount();
    const alone = mount('scenario', 3);
    await pause();
    expect(strip(alone.lastFrame()!).split('\n')[3]).toMatch(/^接受任务 \/ 工步 3 /);
    alone.unmount();
  });

  it('lines wrapped Chinese options up under their text', async () => {
    const seed = [...Array(50).keys()].find((s) => { const q = firstQuestion('scenario', s); return q.type === 'choice' && q.options.some((o) => stringWidth(o.text) > 80); })!;
    const app = mount('scenario', seed);
    await pause();
    const lines = strip(app.lastFrame()!).split('\n');
    const options = lines.map((l, i) => (/^[ >] [1-4]\. /.test(l) ? i : -1)).filter((i) => i >= 0);
    const continuations = lines.slice(options[0], options.at(-1)).filter((l) => !/^[ >] [1-4]\. /.test(l));
    expect(continuations.length).toBeGreaterThan(0);
    for (const line of continuations) expect(line).toMatch(/^ {5}\S/);
    app.unmount();
  });

  it('takes the right option by its number and shows the SOP text and the step', async () => {
    const question = firstQuestion('scenario', 3);
    if (question.type !== 'choice') throw new Error('expected a choice question');
    const right = question.options.findIndex((o) => o.correct);
    const app = mount('scenario', 3);
    await pause();
    await press(app.stdin, String(right + 1));
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain('✓ 正确');
    expect(frame).toContain('SOP 原文');
    expect(frame).toContain(`工步 ${question.place.stepNumber}`);
    expect(app.answers).toEqual([expect.objectContaining({ correct: true, choice: right })]);
    expect(frame).toContain('得分 1/1');
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('moves with the arrows, confirms with Enter, and says where a wrong choice belongs', async () => {
    const question = firstQuestion('scenario', 3);
    if (question.type !== 'choice') throw new Error('expected a choice question');
    const wrong = question.options.findIndex((o) => !o.correct);
    const app = mount('scenario', 3);
    await pause();
    await press(app.stdin, keys.down, keys.down, keys.down, keys.down, ...Array<string>(wrong).fill(keys.down), keys.up, keys.down, keys.enter);
    const frame = strip(app.lastFrame()!);
    expect(app.answers).toEqual([expect.objectContaining({ correct: false, choice: wrong })]);
    expect(frame).toContain('✗ 错误');
    expect(frame).toContain('你的选择：');
    expect(frame).toMatch(/（这是工步 \d+ /);
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('builds an order from number keys, undoes with Backspace, and places the last entry itself', async () => {
    const question = firstQuestion('order', 21);
    if (question.type !== 'order') throw new Error('expected an order question');
    const app = mount('order', 21);
    await pause();
    const wrongFirst = question.answer[1]!;
    await press(app.stdin, String(wrongFirst + 1));
    expect(strip(app.lastFrame()!)).toContain(`已选：${wrongFirst + 1}`);
    expect(strip(app.lastFrame()!)).toContain(`[1] ${question.entries[wrongFirst]!.slice(0, 6)}`);
    await press(app.stdin, keys.backspace);
    expect(strip(app.lastFrame()!)).not.toContain('已选：');
    await press(app.stdin, ...question.answer.slice(0, -1).map((i) => String(i + 1)));
    expect(app.answers).toEqual([expect.objectContaining({ correct: true })]);
    expect(strip(app.lastFrame()!)).toContain('正确顺序：');
    app.unmount();
  });

  it('moves the cursor past picked entries: after a pick to the next entry not yet picked, arrows skip picked ones', async () => {
    const question = firstQuestion('order', 21);
    if (question.type !== 'order') throw new Error('expected an order question');
    expect(question.entries.length).toBeGreaterThanOrEqual(5);
    const app = mount('order', 21);
    await pause();
    const cursorAt = () => strip(app.lastFrame()!).match(/^> (\d+)\. /m)?.[1];
    await press(app.stdin, keys.down, keys.down, keys.enter);
    expect(strip(app.lastFrame()!)).toContain('已选：3');
    expect(cursorAt()).toBe('4');
    await press(app.stdin, keys.up);
    expect(cursorAt()).toBe('2');
    await press(app.stdin, keys.down);
    expect(cursorAt()).toBe('4');
    await press(app.stdin, keys.up, keys.up, keys.up);
    expect(cursorAt()).toBe(String(question.entries.length));
    await press(app.stdin, '1');
    expect(cursorAt()).toBe('2');
    await press(app.stdin, keys.enter);
    expect(strip(app.lastFrame()!)).toContain('已选：3 → 1 → 2');
    app.unmount();
  });

  it('goes on with Enter, ends with a report per phase, and reports the finish once', async () => {
    const app = mount('exam', 5, { questions: 2 });
    await pause();
    await press(app.stdin, '1', keys.enter, '1');
    expect(app.onFinish).toHaveBeenCalledTimes(1);
    await press(app.stdin, keys.enter);
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain('考试结果');
    expect(frame).toContain('各阶段得分');
    expect(frame).toMatch(/总分 \d\/2/);
    expect(frame).toMatch(/(未)?通过（及格线 80%）/);
    expect(app.onFinish).toHaveBeenCalledTimes(1);
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('keeps the entry under the cursor and the question in view when a long ordering does not fit, and marks a wrong order on the right one', async () => {
    const dealer = realProcesses().filter((p) => p.id === 'dealer-appointment');
    const seed = [...Array(50).keys()].find((s) => {
      const q = firstQuestion('order', s, dealer);
      return q.type === 'order' && q.entries.length === 9 && q.entries.filter((e) => stringWidth(e) > 70).length >= 6;
    })!;
    const question = firstQuestion('order', seed, dealer);
    if (question.type !== 'order') throw new Error('expected an order question');
    const app = mount('order', seed, { processes: dealer });
    await pause();
    await press(app.stdin, '1', '2', '3', '4', '5', '6', '7');
    const picked = strip(app.lastFrame()!);
    expect(picked, 'the picks make the entries too long for the screen').toContain('…');
    expect(picked).toContain(`> 8. ${question.entries[7]!.slice(0, 10)}`);
    expect(picked).toContain(strings.ask(question.prompt, question.place.phaseTitle)!);
    await press(app.stdin, keys.down);
    const last = strip(app.lastFrame()!);
    expect(last).toContain(`> 9. ${question.entries[8]!.slice(0, 10)}`);
    expect(last).toContain(strings.ask(question.prompt, question.place.phaseTitle)!);
    expectFits(app.lastFrame());

    await press(app.stdin, '9');
    const chosen = [0, 1, 2, 3, 4, 5, 6, 8, 7];
    expect(chosen).not.toEqual(question.answer);
    const feedback = strip(app.lastFrame()!);
    expect(feedback).toContain('正确顺序（✓ 你排对的位置，✗ 你排错的）：');
    const mark = (i: number) => (chosen.indexOf(question.answer[i]!) === i ? '✓' : '✗');
    expect(feedback).toContain(`${mark(0)} 1. ${question.sopText[0]!.slice(0, 12)}`);
    expect(feedback).not.toContain('你的顺序');
    expect(feedback).toContain('Enter 下一题 · ↑↓ 滚动 · q 退出');
    expect(feedback).not.toContain('出自：');
    await press(app.stdin, ...Array<string>(30).fill(keys.down));
    expect(strip(app.lastFrame()!)).toContain('出自：标准化流程篇');
    await press(app.stdin, keys.up);
    expect(strip(app.lastFrame()!), 'scrolling back starts at once, however far down was pressed').not.toContain('出自：');
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('says why there is nothing to put in order when every phase has no order', async () => {
    const policy = compileProcess('流程: 制度\n  编号: policy\n  顺序: 不分先后\n阶段: 基本规定\n' + [1, 2, 3, 4].map((n) => `工步 ${n}: 第${n}条\n  工作标准: 条文${n}\n`).join('')).process!;
    const app = mount('order', 1, { processes: [policy] });
    await pause();
    expect(strip(app.lastFrame()!).replace(/\s+/g, '')).toContain('阶段写了「顺序:不分先后」');
    app.unmount();
  });

  it('points to the order and learn modes when a process has nothing but steps to order (technical-service), wrapped to the screen', async () => {
    const service = realProcesses().find((p) => p.id === 'technical-service')!;
    const phases = service.phases.filter((p) => p.ordered !== false && p.steps.length >= 3).length;
    expect(phases).toBeGreaterThan(0);
    const app = mount('scenario', 1, { processes: [service] });
    await pause();
    expect(strip(app.lastFrame()!).replace(/\s+/g, '')).toContain(`可以用--modeorder练习工步顺序（${phases}题），或用--modelearn学习。`);
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('quits with q at any moment', async () => {
    const app = mount('scenario', 3);
    await pause();
    await press(app.stdin, 'q');
    expect(app.onQuit).toHaveBeenCalledTimes(1);
    expect(app.answers).toEqual([]);
    app.unmount();
  });

  it('shows the exam timer and ends the exam when time is up', async () => {
    let now = 1_000_000;
    const app = mount('exam', 5, { questions: 3, deadline: 1_000_000 + 65_000, clock: () => now });
    await pause();
    expect(strip(app.lastFrame()!)).toContain('剩余 01:05');
    now += 70_000;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain('时间到');
    expect(frame).toContain('未作答 3 题');
    expect(app.onFinish).toHaveBeenCalledWith(expect.objectContaining({ total: 3, correct: 0 }), expect.anything(), true);
    app.unmount();
  });

  it('shows a decision-table case, its outcomes, and the rule after a wrong answer', async () => {
    const policy = realProcesses().find((p) => p.id === 'after-sales-policy')!;
    const seed = [...Array(50).keys()].find((s) => firstQuestion('scenario', s, [policy]).prompt.ask === 'table-case')!;
    const question = firstQuestion('scenario', seed, [policy]);
    if (question.type !== 'choice' || !question.prompt.table) throw new Error('expected a decision-table question');
    const app = mount('scenario', seed, { processes: [policy] });
    await pause();
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain(`售后服务管理制度 / 决策表「${question.prompt.table.shownTitle}」`);
    expect(frame.replace(/\s+/g, '')).toContain(question.prompt.table.facts.map((f) => `${f.fact}：${f.value}`).join('，').replace(/\s+/g, ''));
    expect(frame).toContain('按这张决策表，应该怎么处理？');
    expectFits(app.lastFrame());
    await press(app.stdin, String(question.options.findIndex((o) => !o.correct) + 1));
    const feedback = strip(app.lastFrame()!);
    expect(feedback).toContain('✗ 错误');
    expect(feedback).toContain(`出自：售后服务管理制度 / 决策表「${question.prompt.table.title}」`);
    expect(feedback.replace(/\s+/g, '')).toContain(question.sopText[0]!.replace(/\s+/g, ''));
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('shows a timing question with the timing blanked out and asks for the time', async () => {
    const seed = [...Array(80).keys()].find((s) => { const q = firstQuestion('scenario', s); return q.prompt.ask === 'timing' && q.prompt.timing?.text !== null; })!;
    const question = firstQuestion('scenario', seed);
    const app = mount('scenario', seed);
    await pause();
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain('＿＿');
    expect(frame).toMatch(/多久一次？|多久之后？|须在多长时间内？|提前多久？|最迟什么时候？|时间界限是多少？/);
    if (question.type === 'choice') for (const option of question.options) expect(frame).toContain(option.text);
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('says which option was right after a wrong answer where the SOP’s text does not (a timing), and not twice where it does', async () => {
    const seedOf = (test: (q: Question) => boolean) => [...Array(300).keys()].find((s) => test(firstQuestion('scenario', s)))!;
    const timing = seedOf((q) => q.prompt.ask === 'timing');
    const single = seedOf((q) => q.prompt.ask === 'remedy' && q.sopText.length === 1);
    for (const [seed, shown] of [[timing, true], [single, false]] as const) {
      const question = firstQuestion('scenario', seed);
      if (question.type !== 'choice') throw new Error('expected a choice question');
      const app = mount('scenario', seed);
      await pause();
      await press(app.stdin, String(question.options.findIndex((o) => !o.correct) + 1));
      const lines = strip(app.lastFrame()!).split('\n').map((l) => l.trim());
      const right = question.options.find((o) => o.correct)!.text;
      expect(lines.includes(`正确答案：${right}`), `${question.itemId}: ${lines.join('\n')}`).toBe(shown);
      expectFits(app.lastFrame());
      app.unmount();
    }
  });

  it('blanks the timing out of the step title in the question, and names the source unblanked after the answer', async () => {
    const closing = realProcesses().find((p) => p.id === 'order-closing-rules')!;
    const seed = [...Array(300).keys()].find((s) => firstQuestion('scenario', s, [closing]).itemId === 'order-closing-rules/s4.3#timing-1')!;
    const question = firstQuestion('scenario', seed, [closing]);
    if (question.type !== 'choice') throw new Error('expected a choice question');
    const app = mount('scenario', seed, { processes: [closing] });
    await pause();
    const asked = strip(app.lastFrame()!).split('\n').map((l) => l.trim()).join('');
    expect(asked).toContain('工步 4.3 当天上门需申请备件的信息,服务人员必须在＿＿反馈');
    expect(asked).not.toContain('17点');
    await press(app.stdin, String(question.options.findIndex((o) => o.correct) + 1));
    const answered = strip(app.lastFrame()!).split('\n').map((l) => l.trim());
    const from = answered.slice(answered.findIndex((l) => l.startsWith('出自：'))).join('');
    expect(from).toContain('工步 4.3 当天上门需申请备件的信息,服务人员必须在当天17点前反馈');
    expect(from).not.toContain('＿＿');
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('asks an authored scenario first and shows its explanation', async () => {
    const small = smallProcess();
    const app = mount('scenario', 2, { processes: [small] });
    await pause();
    const question = firstQuestion('scenario', 2, [small]);
    if (question.type !== 'choice') throw new Error('expected a choice question');
    expect(strip(app.lastFrame()!)).toContain('敲门五分钟没人应答，怎么办？');
    await press(app.stdin, String(question.options.findIndex((o) => o.correct) + 1));
    expect(strip(app.lastFrame()!)).toContain('解释：5 分钟后电话联系。');
    app.unmount();
  });
});

describe('LearnApp', () => {
  const pages = learnPages([home], 'zh-CN');

  it('walks through the steps with the arrows', async () => {
    const onQuit = vi.fn();
    const app = render(<LearnApp pages={pages} title="上门服务" language="zh-CN" size={size} onQuit={onQuit} />);
    await pause();
    expect(strip(app.lastFrame()!)).toContain('接受任务 / 工步 1 接客户电话');
    expect(strip(app.lastFrame()!)).toContain('负责：信息员');
    expect(strip(app.lastFrame()!).trimEnd().split('\n').at(-1)).toMatch(/^←→ 上一页\/下一页 /);
    await press(app.stdin, keys.right, keys.right);
    expect(strip(app.lastFrame()!)).toContain('工步 3 联系客户');
    await press(app.stdin, keys.left);
    expect(strip(app.lastFrame()!)).toContain('工步 2 对客户信息进行分析');
    expectFits(app.lastFrame());
    await press(app.stdin, 'q');
    expect(onQuit).toHaveBeenCalled();
    app.unmount();
  });

  it('shows step 8 with its ordered remedy items and timings, scrolling what does not fit', async () => {
    const app = render(<LearnApp pages={pages} title="上门服务" language="zh-CN" size={size} />);
    await pause();
    await press(app.stdin, ...Array<string>(7).fill(keys.right));
    const frame = strip(app.lastFrame()!);
    expect(frame).toContain('工步 8 敲门');
    expect(frame).toContain('1. 每隔30秒钟重复1次');
    expectFits(app.lastFrame());
    await press(app.stdin, ...Array<string>(7).fill(keys.right));
    const long = strip(app.lastFrame()!);
    expect(long).toContain('工步 15 故障维修');
    expect(long.trimEnd().split('\n').at(-2)).toBe('…');
    await press(app.stdin, ...Array<string>(40).fill(keys.down));
    expect(strip(app.lastFrame()!)).toContain('=> 上报 中心');
    expectFits(app.lastFrame());
    app.unmount();
  });

  it('wraps a long heading instead of cutting it: the policy’s step 32 is read in full at 80 columns', async () => {
    const policy = realProcesses().find((p) => p.id === 'after-sales-policy')!;
    const policyPages = learnPages([policy], 'zh-CN');
    const at = policyPages.findIndex((p) => p.place.stepNumber === '32');
    const title = policyPages[at]!.place.stepTitle;
    const app = render(<LearnApp pages={policyPages} title="售后服务管理制度" language="zh-CN" size={size} />);
    await pause();
    await press(app.stdin, ...Array<string>(at).fill(keys.right));
    const lines = strip(app.lastFrame()!).split('\n').map((line) => line.trimEnd());
    const top = lines.findIndex((line) => line.includes('工步 32'));
    expect(`${lines[top]}${lines[top + 1]}`).toContain(`工步 32 ${title}`);
    expect(lines[top]).not.toContain('…');
    expectFits(app.lastFrame());
    app.unmount();
  });
});
