// End-to-end: the real bundled `sop drill` in tmux at 80×24 — an exam answered to the end (report, summary, `sop progress`),
// an exam killed with SIGKILL mid-way (every earlier answer kept, the database intact), and a decision-table and a deadline
// question answered through the real binary; `sop progress` afterwards speaks the language of the processes drilled; a process
// with nothing to ask in the mode says so on the screen and in the closing line; learn pages label the SOP's text in the
// screen's language.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { compileProcess, keywordEntry, toTraditional, type KeywordKind } from '../packages/core/src/index.js';
import { answer, createDrill, next, type Choice, type Question } from '../packages/simulator/src/index.js';
import { displayWidth } from '../packages/simulator/src/ui/wrap-text.js';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runSop, sopBin } from './helpers/run-sop.js';

const socket = `sopkit-drill-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'sopkit-drill-e2e-'));
const sop = 'processes/home-service-visit.sop';

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-u', '-L', socket, ...args], { encoding: 'utf8' });
}

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // The server is gone once its last session ended.
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `sop drill …` in a new 80×24 tmux session that stays visible after the program exits. */
function startDrill(name: string, args: readonly string[]): void {
  const command = [process.execPath, sopBin, 'drill', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', '-c', repoRoot, `exec ${command}`, ';', 'set-option', '-t', name, 'remain-on-exit', 'on');
}

function screen(name: string): string {
  return tmux('capture-pane', '-p', '-t', name);
}

async function waitForScreen(name: string, test: (text: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const text = screen(name);
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen shows:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the program in the pane has exited (its database closed), then returns the pane with its scrollback. */
async function exitedScreen(name: string): Promise<string> {
  await waitForScreen(name, () => tmux('display-message', '-p', '-t', name, '#{pane_dead}').trim() === '1', 'the drill to exit');
  return tmux('capture-pane', '-p', '-S', '-', '-t', name);
}

function keys(name: string, ...sequence: string[]): void {
  tmux('send-keys', '-t', name, ...sequence);
}

/** Every line fits in 80 columns, counting Chinese as two. */
function expectFits(text: string): void {
  const lines = text.replace(/\n$/, '').split('\n');
  expect(lines.length).toBeLessThanOrEqual(24);
  for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
}

/** The questions the engine asks for this seed (the binary must ask the same ones) and the keys that answer them. */
function plannedQuestions(seed: number, count: number, right: (i: number) => boolean): { question: Question; keys: string[] }[] {
  const process = compileProcess(readFileSync(join(repoRoot, sop), 'utf8')).process!;
  let state = createDrill([process], { mode: 'exam', seed, questions: count });
  const planned: { question: Question; keys: string[] }[] = [];
  for (let step = next(state); step.question; step = next(state)) {
    const q = step.question;
    const ok = right(planned.length);
    let choice: Choice;
    let pressed: string[];
    if (q.type === 'choice') {
      const index = q.options.findIndex((o) => o.correct === ok);
      choice = index;
      pressed = [String(index + 1)];
    } else {
      const order = ok ? q.answer : [...q.answer].reverse();
      choice = order;
      pressed = order.slice(0, -1).map((i) => String(i + 1));
    }
    planned.push({ question: q, keys: pressed });
    state = answer(step.state, choice).state;
  }
  return planned;
}

function situationOf(q: Question): string {
  return (q.prompt.situation ?? q.place.phaseTitle ?? '').slice(0, 8);
}

/** The first questions the engine asks in scenario mode for these files and seed, answering each as `right` says. */
function scenarioQuestions(files: readonly string[], seed: number, count: number, right: (i: number) => boolean): Question[] {
  const processes = files.map((f) => compileProcess(readFileSync(join(repoRoot, f), 'utf8')).process!);
  let state = createDrill(processes, { mode: 'scenario', seed, questions: count });
  const asked: Question[] = [];
  for (let step = next(state); step.question && asked.length < count; step = next(state)) {
    const q = step.question;
    asked.push(q);
    state = answer(step.state, q.type === 'choice' ? q.options.findIndex((o) => o.correct === right(asked.length - 1)) : q.answer).state;
  }
  return asked;
}

describe('sop drill in a real terminal', () => {
  it('asks a decision-table case and a deadline, and records both', async () => {
    const files = ['processes/after-sales-policy.sop', 'processes/order-closing-rules.sop'];
    const right = (i: number) => i === 0;
    const seed = [...Array(300).keys()].find((s) => {
      const [first, second] = scenarioQuestions(files, s, 3, right);
      return first?.prompt.ask === 'table-case' && second?.prompt.ask === 'timing' && second.prompt.timing?.text != null;
    })!;
    const [table, timing] = scenarioQuestions(files, seed, 3, right) as [Question, Question];
    if (table.type !== 'choice' || timing.type !== 'choice') throw new Error('expected choice questions');
    const db = join(dir, 'tables.db');
    const name = 'tables';
    startDrill(name, [...files, '--seed', String(seed), '--questions', '3', '--trainee', '赵六', '--db', db]);

    const first = await waitForScreen(name, (t) => t.includes('q 退出') && t.includes('0/3'), 'the decision-table question');
    expect(first.split('\n')[0]).toBe('售后服务管理制度 等 2 个流程 · 赵六 · 情景练习');
    expect(first).toContain(`决策表「${table.prompt.table!.shownTitle}」`);
    expect(first).toContain(table.prompt.table!.facts.map((f) => `${f.fact}：${f.value}`).join('，').slice(0, 20));
    expect(first).toContain('按这张决策表，应该怎么处理？');
    const rightIndex = table.options.findIndex((o) => o.correct);
    expect(first).toContain(`${rightIndex + 1}. ${table.options[rightIndex]!.text.slice(0, 10)}`);
    expectFits(first);
    keys(name, String(rightIndex + 1));
    const feedback = await waitForScreen(name, (t) => t.includes('Enter 下一题'), 'the decision-table feedback');
    expect(feedback).toContain('✓ 正确');
    expect(feedback).toContain(`决策表「${table.prompt.table!.shownTitle}」`);
    expectFits(feedback);
    keys(name, 'Enter');

    const second = await waitForScreen(name, (t) => t.includes('1/3') && !t.includes('Enter 下一题'), 'the deadline question');
    expect(second).toContain('＿＿');
    for (const option of timing.options) expect(second).toContain(option.text);
    expectFits(second);
    const wrongIndex = timing.options.findIndex((o) => !o.correct);
    keys(name, String(wrongIndex + 1));
    const missed = await waitForScreen(name, (t) => t.includes('Enter 下一题'), 'the deadline feedback');
    expect(missed).toContain('✗ 错误');
    expect(missed).toContain(`你的选择：${timing.options[wrongIndex]!.text}`);
    expectFits(missed);
    keys(name, 'q');
    expect(await exitedScreen(name)).toContain('已为 赵六 保存 2 个回答');

    const raw = new DatabaseSync(db);
    const rows = raw.prepare('SELECT item_id, kind, correct FROM answers ORDER BY id').all() as { item_id: string; kind: string; correct: number }[];
    raw.close();
    expect(rows).toEqual([
      { item_id: table.itemId, kind: 'table-case', correct: 1 },
      { item_id: timing.itemId, kind: 'timing', correct: 0 },
    ]);
    expect(table.itemId).toMatch(/#case$/);
    expect(timing.itemId).toMatch(/#timing-\d+$/);
  });

  it('runs an exam to the end, shows the report, and records every answer', async () => {
    const db = join(dir, 'exam.db');
    const name = 'exam';
    const planned = plannedQuestions(7, 6, (i) => i % 2 === 0);
    expect(planned).toHaveLength(6);
    startDrill(name, [sop, '--mode', 'exam', '--questions', '6', '--seed', '7', '--pass', '80', '--time-limit', '10m', '--trainee', '王五', '--db', db]);
    for (const [i, { question, keys: pressed }] of planned.entries()) {
      const shown = await waitForScreen(name, (t) => t.includes('q 退出') && t.includes(`${i}/6`) && !t.includes('Enter 下一题'), `question ${i + 1}`);
      expect(shown).toContain(situationOf(question));
      expect(shown).toMatch(/剩余 \d\d:\d\d/);
      expectFits(shown);
      keys(name, ...pressed);
      const last = i + 1 === planned.length;
      const feedback = await waitForScreen(name, (t) => t.includes(last ? 'Enter 查看结果' : 'Enter 下一题'), `feedback ${i + 1}`);
      expect(feedback).toContain(i % 2 === 0 ? '✓ 正确' : '✗ 错误');
      expect(feedback).toContain('出自：上门服务流程规范指导BOM');
      expectFits(feedback);
      keys(name, 'Enter');
    }
    const report = await waitForScreen(name, (t) => t.includes('考试结果'), 'the report');
    expect(report).toContain('总分 3/6（50%）');
    expect(report).toContain('未通过（及格线 80%）');
    expect(report).toContain('各阶段得分');
    expectFits(report);
    keys(name, 'q');
    const closing = await exitedScreen(name);
    expect(closing).toContain('结果：3/6（50%），未通过');
    expect(closing).toContain(`已为 王五 保存 6 个回答：${db}`);

    const progress = runSop(['progress', '--db', db, '--format', 'json']);
    expect(progress.status).toBe(0);
    expect(JSON.parse(progress.stdout)).toEqual([
      expect.objectContaining({ trainee: '王五', processId: 'home-service-visit', answers: 6, correct: 3, itemsSeen: 6, accuracy: 50, lastExam: expect.objectContaining({ percent: 50, passed: false }) }),
    ]);
  });

  it('keeps every answer given before the drill is killed with SIGKILL', async () => {
    const db = join(dir, 'killed.db');
    const name = 'killed';
    const planned = plannedQuestions(11, 8, () => true);
    startDrill(name, [sop, '--mode', 'exam', '--questions', '8', '--seed', '11', '--trainee', 'kill', '--db', db]);
    for (const [i, { keys: pressed }] of planned.slice(0, 3).entries()) {
      await waitForScreen(name, (t) => t.includes('q 退出') && t.includes(`${i}/8`) && !t.includes('Enter 下一题'), `question ${i + 1}`);
      keys(name, ...pressed);
      await waitForScreen(name, (t) => t.includes('✓ 正确'), `feedback ${i + 1}`);
      keys(name, 'Enter');
    }
    await waitForScreen(name, (t) => t.includes('3/8') && !t.includes('Enter 下一题'), 'question 4');
    const pid = Number(tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim());
    process.kill(pid, 'SIGKILL');
    await waitForScreen(name, () => tmux('display-message', '-p', '-t', name, '#{pane_dead}').trim() === '1', 'the drill to die');

    const raw = new DatabaseSync(db);
    expect(raw.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    const rows = raw.prepare('SELECT item_id, correct FROM answers ORDER BY id').all() as { item_id: string; correct: number }[];
    raw.close();
    expect(rows).toEqual(planned.slice(0, 3).map((p) => ({ item_id: p.question.itemId, correct: 1 })));

    const progress = runSop(['progress', '--db', db, '--trainee', 'kill', '--format', 'json']);
    expect(JSON.parse(progress.stdout)).toEqual([expect.objectContaining({ answers: 3, correct: 3, lastExam: null })]);
  });

  it('words `sop progress` in the language of the process drilled, whatever the shell’s locale', async () => {
    // Note: outside the repository, so that no sopkit.yaml sets a language; LC_ALL and LC_MESSAGES would override LANG.
    const cwd = join(dir, 'elsewhere');
    mkdirSync(cwd, { recursive: true });
    const cases = [
      { file: sop, locale: 'en_US.UTF-8', heading: /^学员 +流程 +已练题目 +正确率/, key: 'q 退出', done: 'Enter 查看结果', saved: '已为 amy 保存 1 个回答' },
      { file: 'examples/first-sop-en.sop', locale: 'zh_CN.UTF-8', heading: /^Trainee +Process +Items seen +Accuracy/, key: 'q quit', done: 'Enter see the result', saved: '1 answer saved for amy' },
    ];
    for (const [i, c] of cases.entries()) {
      const db = join(dir, `language-${i}.db`);
      const name = `language-${i}`;
      const seed = [...Array(100).keys()].find((s) => scenarioQuestions([c.file], s, 1, () => true)[0]?.type === 'choice')!;
      const [question] = scenarioQuestions([c.file], seed, 1, () => true);
      if (question?.type !== 'choice') throw new Error('expected a choice question');
      startDrill(name, [c.file, '--questions', '1', '--seed', String(seed), '--trainee', 'amy', '--db', db]);
      await waitForScreen(name, (t) => t.includes(c.key) && t.includes('0/1'), `the question of ${c.file}`);
      keys(name, String(question.options.findIndex((o) => o.correct) + 1));
      await waitForScreen(name, (t) => t.includes(c.done), `the feedback of ${c.file}`);
      keys(name, 'q');
      expect(await exitedScreen(name)).toContain(c.saved);
      const progress = runSop(['progress', '--db', db], { cwd, env: { LANG: c.locale, LC_ALL: '', LC_MESSAGES: '' } });
      expect(progress.status, progress.stderr).toBe(0);
      expect(progress.stdout, `${c.file} under LANG=${c.locale}`).toMatch(c.heading);
    }
  });
});

describe('sop drill on a zh-TW document, in tmux', () => {
  it('words the screen, the feedback, the report, the closing summary and `sop progress` in Traditional characters', async () => {
    const file = 'packages/simulator/test/fixtures/tw-visit.sop';
    const db = join(dir, 'tw.db');
    const name = 'traditional';
    const drill = createDrill([compileProcess(readFileSync(join(repoRoot, file), 'utf8')).process!], { mode: 'exam', seed: 1, questions: 1 });
    const question = next(drill).question;
    if (question?.type !== 'choice') throw new Error('expected a choice question');
    startDrill(name, [file, '--mode', 'exam', '--questions', '1', '--seed', '1', '--trainee', 'amy', '--db', db]);
    const screens = [await waitForScreen(name, (t) => t.includes('q 退出') && t.includes('0/1'), 'the question')];
    keys(name, String(question.options.findIndex((o) => !o.correct) + 1));
    screens.push(await waitForScreen(name, (t) => t.includes('Enter 檢視結果'), 'the feedback'));
    keys(name, 'Enter');
    screens.push(await waitForScreen(name, (t) => t.includes('考試結果'), 'the report'));
    keys(name, 'q');
    const closing = await exitedScreen(name);
    expect(screens[0]).toContain('到府服務 · amy · 考試');
    expect(screens[1]).toContain('✗ 錯誤');
    expect(screens[2]).toContain('未通過（及格線 80%）');
    expect(closing).toContain('已為 amy 儲存 1 個回答');
    for (const text of [...screens, closing]) {
      expectFits(text.split('\n').slice(-24).join('\n'));
      expect(toTraditional(text), text).toBe(text);
    }
    const progress = runSop(['progress', '--db', db]);
    expect(progress.status, progress.stderr).toBe(0);
    expect(progress.stdout).toMatch(/^學員 +流程 +已練題目 +正確率 +待複習 +最近考試 +考試日期$/m);
    expect(progress.stdout).toContain('0% 未通過');
  });
});

describe('sop drill with nothing to ask, in tmux', () => {
  it('points to --mode order on the screen and closes with one line, not that the trainee stopped (technical-service)', async () => {
    const name = 'nothing';
    startDrill(name, ['processes/technical-service.sop', '--db', join(dir, 'nothing.db'), '--seed', '1']);
    const shown = await waitForScreen(name, (t) => t.includes('q 退出'), 'the drill screen');
    expect(shown.replace(/\s+/g, '')).toContain('可以用--modeorder练习工步顺序');
    expectFits(shown);
    keys(name, 'q');
    const closing = await exitedScreen(name);
    expect(closing).toContain('情景练习模式下没有题可出，没有保存回答。');
    expect(closing).not.toContain('中途退出');
  });
});

/** Keyword kinds a learn page shows as labels: section labels, keyword lines, actions, branches. */
const labelKinds: readonly KeywordKind[] = [
  'owner', 'standard', 'problem', 'alsoProblem', 'timing', 'escalate', 'notify', 'goto', 'return', 'reschedule', 'end', 'continue',
  'yes', 'no', 'otherwise', 'body', 'placeholder', 'example',
];

/** Screen lines that start (after indentation and a bullet) with a label word of the language group: `工作标准`, `负责：…`, `=> Notify …`. */
function labelLines(screenText: string, group: 'zh' | 'en'): string[] {
  const words = labelKinds.flatMap((kind) => {
    const w = keywordEntry(kind).words;
    return group === 'en' ? w.en : [...w['zh-CN'], ...w['zh-TW']];
  });
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const label = new RegExp(`^\\s*(?:[-?>] |=> |<> |→ )?(?:${escaped.join('|')})(?:：|: | |$)`);
  return screenText.split('\n').filter((line) => label.test(line));
}

describe('sop drill --mode learn in tmux', () => {
  /** Opens a learn page of `file` (the `page`th, 1-based) with extra arguments and returns the screen. */
  async function learnPage(name: string, file: string, page: number, args: readonly string[], heading: string): Promise<string> {
    startDrill(name, [file, '--mode', 'learn', ...args]);
    await waitForScreen(name, (t) => t.includes(' 1/'), `the first learn page of ${file}`);
    for (let i = 1; i < page; i++) keys(name, 'Right');
    const shown = await waitForScreen(name, (t) => t.includes(` ${page}/`) && t.includes(heading), `page ${page} of ${file}`);
    keys(name, 'q');
    await exitedScreen(name);
    expectFits(shown);
    return shown;
  }

  it('labels a Chinese SOP in English under --lang en, and in Chinese by default; the SOP’s text as written (steps 3 and 8)', async () => {
    const pages = [
      { page: 3, heading: ' 3 联系客户', text: ['电话无人接;', '如再晚就不能按约定时间到达?'] },
      { page: 8, heading: ' 8 敲门', text: ['客户听不见,或有其他事情无法脱身或客户家无人。', '按门铃一下,等待30秒后无人应答再按;'] },
    ];
    for (const { page, heading, text } of pages) {
      const english = await learnPage(`learn-en-${page}`, sop, page, ['--lang', 'en'], `Step${heading}`);
      expect(labelLines(english, 'zh'), english).toEqual([]);
      expect(labelLines(english, 'en').length, english).toBeGreaterThanOrEqual(4);
      const chinese = await learnPage(`learn-zh-${page}`, sop, page, [], `工步${heading}`);
      expect(labelLines(chinese, 'en'), chinese).toEqual([]);
      expect(labelLines(chinese, 'zh').length, chinese).toBeGreaterThanOrEqual(4);
      for (const t of text) {
        expect(english).toContain(t);
        expect(chinese).toContain(t);
      }
    }
  });

  it('labels the English example in Chinese under --lang zh-CN', async () => {
    const shown = await learnPage('learn-en-doc', 'examples/first-sop-en.sop', 2, ['--lang', 'zh-CN'], '工步 2 Show the customer to a seat');
    expect(labelLines(shown, 'en'), shown).toEqual([]);
    expect(labelLines(shown, 'zh').length, shown).toBeGreaterThanOrEqual(4);
    expect(shown).toContain('负责：Service advisor');
    expect(shown).toContain('Take the customer to the lounge');
  });
});

describe('sop drill labels in the screen’s language, in tmux', () => {
  it('labels a Chinese decision’s branches Yes/No under --lang en and 是/否 by default, on the question and its feedback', async () => {
    const seed = [...Array(500).keys()].find((s) => {
      const [q] = scenarioQuestions([sop], s, 1, () => false);
      return q?.prompt.decision?.branch === 'no';
    })!;
    const [question] = scenarioQuestions([sop], seed, 1, () => false);
    if (question?.type !== 'choice' || !question.prompt.decision) throw new Error('expected a decision question');
    const wrong = question.options.findIndex((o) => !o.correct) + 1;
    const { question: asked } = question.prompt.decision;
    const cases = [
      { lang: ['--lang', 'en'], own: 'No', other: '否', yes: 'Yes', key: 'q quit', done: 'Enter next' },
      { lang: [], own: '否', other: 'No', yes: '是', key: 'q 退出', done: 'Enter 下一题' },
    ];
    for (const [i, c] of cases.entries()) {
      const name = `labels-${i}`;
      startDrill(name, [sop, '--seed', String(seed), '--db', join(dir, `labels-${i}.db`), ...c.lang]);
      const shown = await waitForScreen(name, (t) => t.includes(c.key) && t.includes(asked), 'the decision question');
      expect(shown).toContain(`${asked} → ${c.own}`);
      expect(shown).not.toContain(`${asked} → ${c.other}`);
      keys(name, String(wrong));
      const feedback = await waitForScreen(name, (t) => t.includes(c.done), 'the feedback');
      const lines = feedback.split('\n').map((l) => l.trim());
      expect(lines.some((l) => l.startsWith(`- ${c.yes} → `)), feedback).toBe(true);
      expect(lines.some((l) => l.startsWith(`- ${c.own} → `)), feedback).toBe(true);
      expect(lines.some((l) => l.startsWith(`- ${c.other} → `) || l.startsWith(`- ${c.other === 'No' ? 'Yes' : '是'} → `)), feedback).toBe(false);
      expectFits(feedback);
      keys(name, 'q');
      await exitedScreen(name);
    }
  });

  it('drills examples/ (an English and a Chinese SOP) on a Chinese screen, and an English SOP alone on an English one', async () => {
    startDrill('mixed', ['examples/', '--db', join(dir, 'mixed.db'), '--seed', '1']);
    const mixed = await waitForScreen('mixed', (t) => t.includes('q 退出') || t.includes('q quit'), 'the drill screen of examples/');
    expect(mixed).toContain('情景练习');
    expect(mixed).not.toContain('Scenarios');
    keys('mixed', 'q');
    await exitedScreen('mixed');
    startDrill('english', ['examples/first-sop-en.sop', '--db', join(dir, 'english.db'), '--seed', '1']);
    const english = await waitForScreen('english', (t) => t.includes('q 退出') || t.includes('q quit'), 'the drill screen of the English example');
    expect(english).toContain('q quit');
    keys('english', 'q');
    await exitedScreen('english');
  });
});
