// The drill screen's own words in Chinese (Simplified, and Traditional for zh-TW documents) and English; the SOP's text is shown as written.
import type { Language, TimingKind } from '@sopkit/core';
import { inTraditional } from '../engine/traditional-words.js';
import type { DrillMode, ItemPlace, Prompt } from '../engine/types.js';

/** Every mode the `sop drill` screen offers, including learn. */
export type ScreenMode = DrillMode | 'learn';

export interface UiStrings {
  readonly modes: Readonly<Record<ScreenMode, string>>;
  readonly step: (place: ItemPlace) => string;
  /** A decision table named in the heading of its questions. */
  readonly table: (title: string) => string;
  /** A message template named in the heading of its learn page. */
  readonly template: (title: string) => string;
  /** A case's facts on one line: 「购买天数：20 天，质量问题：是」. */
  readonly facts: (facts: readonly { readonly fact: string; readonly value: string }[]) => string;
  /** The question line under the situation; null for authored scenarios, whose prompt already asks. */
  readonly ask: (prompt: Prompt, phaseTitle: string | null) => string | null;
  readonly right: string;
  readonly wrong: string;
  readonly yourChoice: string;
  /** Heading of the right order after a wrong one, whose lines are marked ✓ (placed right) or ✗. */
  readonly rightOrderMarked: string;
  /** Where the trainee put an entry of the right order that is out of place. */
  readonly yourPlace: (position: number) => string;
  /** Where a wrong option's text really belongs: what to do somewhere else, or another template. */
  readonly chosenFrom: (place: ItemPlace, situation: string | null, kind: 'action' | 'template') => string;
  readonly sopSays: string;
  readonly rightOrder: string;
  readonly from: string;
  readonly why: string;
  readonly score: (correct: number, answered: number) => string;
  readonly timeLeft: (clock: string) => string;
  readonly timeUp: string;
  /** The help line; after an answer it names ↑↓ when the feedback does not fit. */
  readonly help: {
    readonly choice: (n: number) => string;
    readonly order: (n: number) => string;
    readonly feedback: (scrolls: boolean) => string;
    readonly lastFeedback: (scrolls: boolean) => string;
    readonly report: string;
    readonly learn: string;
  };
  readonly picked: string;
  readonly report: {
    readonly title: (mode: DrillMode) => string;
    readonly total: (correct: number, total: number, percent: number) => string;
    readonly passed: (mark: number) => string;
    readonly failed: (mark: number) => string;
    readonly phases: string;
    readonly misses: string;
    readonly noMisses: string;
    readonly unanswered: (n: number) => string;
    readonly retries: (n: number) => string;
    readonly answer: string;
    readonly correct: string;
  };
  /** Nothing to ask in this mode; `ordering` questions the order mode would have (0: none, say nothing of it). */
  readonly nothingToAsk: (ordering: number) => string;
  /** `--mode order` with no phase or remedy to put in order (too few steps, or every phase `顺序: 不分先后`). */
  readonly nothingToOrder: string;
  /** A phase whose steps have no order (`顺序: 不分先后`), named in the learn heading: 「基本规定（不分先后）」. */
  readonly unordered: (phaseTitle: string) => string;
}

const zhTiming: Record<TimingKind, string> = {
  every: '多久一次？',
  after: '多久之后？',
  within: '须在多长时间内？',
  before: '提前多久？',
  by: '最迟什么时候？',
  lessThan: '时间界限是多少？',
  moreThan: '时间界限是多少？',
  duration: '多长时间？',
  afterCount: '多少次之后？',
};

const enTiming: Record<TimingKind, string> = {
  every: 'How often?',
  after: 'After how long?',
  within: 'Within how long?',
  before: 'How long ahead?',
  by: 'By when at the latest?',
  lessThan: 'Where is the time limit?',
  moreThan: 'Where is the time limit?',
  duration: 'How long?',
  afterCount: 'After how many times?',
};

const zh: UiStrings = {
  modes: { learn: '学习', scenario: '情景练习', order: '排序练习', exam: '考试' },
  step: (p) => (p.stepNumber === null ? (p.phaseTitle ?? p.processTitle) : `工步 ${p.stepNumber} ${p.stepTitle ?? ''}`.trim()),
  table: (title) => `决策表「${title}」`,
  template: (title) => `模板「${title}」`,
  facts: (facts) => facts.map((f) => `${f.fact}：${f.value}`).join('，'),
  ask: (prompt, phase) => {
    switch (prompt.ask) {
      case 'remedy': return '遇到这种情况，应该怎么做？';
      case 'decision': return '这时首先应该怎么做？';
      case 'scenario': return null;
      case 'remedy-order': return '把下列措施按先后顺序排好：';
      case 'phase-order': return `把「${phase ?? ''}」阶段的工步按先后顺序排好：`;
      case 'table-case': return '按这张决策表，应该怎么处理？';
      case 'timing': return zhTiming[prompt.timing?.kind ?? 'duration'];
      case 'template': return '这种情况应该按哪种格式写？';
    }
  },
  right: '✓ 正确',
  wrong: '✗ 错误',
  yourChoice: '你的选择：',
  rightOrderMarked: '正确顺序（✓ 你排对的位置，✗ 你排错的）：',
  yourPlace: (n) => `（你排在第 ${n} 位）`,
  chosenFrom: (p, s, kind) => `（这是${zh.step(p)}${s ? `「${s}」` : ''}的${kind === 'template' ? '格式' : '做法'}）`,
  sopSays: 'SOP 原文：',
  rightOrder: '正确顺序：',
  from: '出自：',
  why: '解释：',
  score: (c, a) => `得分 ${c}/${a}`,
  timeLeft: (clock) => `剩余 ${clock}`,
  timeUp: '时间到',
  help: {
    choice: (n) => `1–${n} 选择 · ↑↓ 移动 · Enter 确定 · q 退出`,
    order: (n) => `1–${n} 依次选择 · ↑↓ Enter 选择 · Backspace 撤销 · q 退出`,
    feedback: (scrolls) => `Enter 下一题${scrolls ? ' · ↑↓ 滚动' : ''} · q 退出`,
    lastFeedback: (scrolls) => `Enter 查看结果${scrolls ? ' · ↑↓ 滚动' : ''} · q 退出`,
    report: '↑↓ 滚动 · q 退出',
    learn: '←→ 上一页/下一页 · ↑↓ 滚动 · q 退出',
  },
  picked: '已选：',
  report: {
    title: (m) => (m === 'exam' ? '考试结果' : '练习结果'),
    total: (c, t, p) => `总分 ${c}/${t}（${p}%）`,
    passed: (m) => `通过（及格线 ${m}%）`,
    failed: (m) => `未通过（及格线 ${m}%）`,
    phases: '各阶段得分',
    misses: '错题',
    noMisses: '没有错题。',
    unanswered: (n) => `未作答 ${n} 题（计为错）`,
    retries: (n) => `含 ${n} 道错题重做`,
    answer: '你的答案：',
    correct: '正确答案：',
  },
  nothingToAsk: (n) => (n > 0 ? `这些流程里没有情景题可出（没有问题与措施、判断、决策表、时限或模板）；可以用 --mode order 练习工步顺序（${n} 题），或用 --mode learn 学习。` : '这些流程里没有可以出题的内容。'),
  nothingToOrder: '这些流程里没有要排序的内容：阶段写了「顺序: 不分先后」，或工步、细项太少。',
  unordered: (title) => `${title}（不分先后）`,
};

/** A step named inside an English sentence, its title quoted: Step 2 “Show the customer to a seat”. */
function quotedStep(p: ItemPlace): string {
  if (p.stepNumber === null) return `“${p.phaseTitle ?? p.processTitle}”`;
  return p.stepTitle ? `Step ${p.stepNumber} “${p.stepTitle}”` : `Step ${p.stepNumber}`;
}

const en: UiStrings = {
  modes: { learn: 'Learn', scenario: 'Scenarios', order: 'Ordering', exam: 'Exam' },
  step: (p) => (p.stepNumber === null ? (p.phaseTitle ?? p.processTitle) : `Step ${p.stepNumber} ${p.stepTitle ?? ''}`.trim()),
  table: (title) => `Decision table “${title}”`,
  template: (title) => `Template “${title}”`,
  facts: (facts) => facts.map((f) => `${f.fact}: ${f.value}`).join(', '),
  ask: (prompt, phase) => {
    switch (prompt.ask) {
      case 'remedy': return 'What do you do?';
      case 'decision': return 'What do you do first?';
      case 'scenario': return null;
      case 'remedy-order': return 'Put these actions in order:';
      case 'phase-order': return `Put the steps of “${phase ?? ''}” in order:`;
      case 'table-case': return 'By this decision table, what applies?';
      case 'timing': return enTiming[prompt.timing?.kind ?? 'duration'];
      case 'template': return 'Which template fits this case?';
    }
  },
  right: '✓ Right',
  wrong: '✗ Wrong',
  yourChoice: 'Your choice: ',
  rightOrderMarked: 'Right order (✓ where you placed it right, ✗ where not):',
  yourPlace: (n) => ` (you put it at ${n})`,
  chosenFrom: (p, s, kind) => (kind === 'template' ? `(that is the template for “${s ?? ''}”)` : `(that is what to do at ${quotedStep(p)}${s ? ` for “${s}”` : ''})`),
  sopSays: 'The SOP says:',
  rightOrder: 'Right order:',
  from: 'From: ',
  why: 'Why: ',
  score: (c, a) => `score ${c}/${a}`,
  timeLeft: (clock) => `${clock} left`,
  timeUp: 'Time is up',
  help: {
    choice: (n) => `1–${n} choose · ↑↓ move · Enter confirm · q quit`,
    order: (n) => `1–${n} pick in order · ↑↓ Enter pick · Backspace undo · q quit`,
    feedback: (scrolls) => `Enter next${scrolls ? ' · ↑↓ scroll' : ''} · q quit`,
    lastFeedback: (scrolls) => `Enter see the result${scrolls ? ' · ↑↓ scroll' : ''} · q quit`,
    report: '↑↓ scroll · q quit',
    learn: '←→ previous/next page · ↑↓ scroll · q quit',
  },
  picked: 'Picked: ',
  report: {
    title: (m) => (m === 'exam' ? 'Exam result' : 'Practice result'),
    total: (c, t, p) => `Total ${c}/${t} (${p}%)`,
    passed: (m) => `Passed (pass mark ${m}%)`,
    failed: (m) => `Not passed (pass mark ${m}%)`,
    phases: 'Score per phase',
    misses: 'Misses',
    noMisses: 'No misses.',
    unanswered: (n) => `${n} unanswered (counted as wrong)`,
    retries: (n) => `including ${n} missed question${n === 1 ? '' : 's'} asked again`,
    answer: 'Your answer: ',
    correct: 'Right answer: ',
  },
  nothingToAsk: (n) => (n > 0 ? `There are no scenario questions in these processes (no problems and remedies, decisions, decision tables, time limits or templates); try --mode order to put their steps in order (${n} ${n === 1 ? 'question' : 'questions'}), or --mode learn.` : 'There is nothing to ask in these processes.'),
  nothingToOrder: 'There is nothing to put in order in these processes: their phases say “Order: none”, or have too few steps or items.',
  unordered: (title) => `${title} (in no order)`,
};

const zhTW = inTraditional(zh);

/** The screen's words in a language; zh-TW is the Chinese screen in Traditional characters. */
export function uiStrings(language: Language): UiStrings {
  return language === 'en' ? en : language === 'zh-TW' ? zhTW : zh;
}
