// Learn pages: every line of a step, actions named by their keyword like the document writes them, keyword lines punctuated
// in the document's language; on a screen in another language the labels follow the screen and the SOP's text stays.
import { compileProcess, keywordEntry, type KeywordKind, type MessageLanguage, type ProcessJson } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { learnPages, type LearnLine } from '../src/index.js';
import { learnHeading } from '../src/ui/layout/learn-lines.js';
import { uiStrings } from '../src/ui/strings.js';
import { compileFile, homeServiceVisit, realProcesses, repoRoot } from './helpers.js';

/** Every word of the keyword kinds a learn line can start with (its label), in one screen language. */
function labelWords(screen: MessageLanguage, kinds: readonly KeywordKind[]): string[] {
  return kinds.flatMap((kind) => keywordEntry(kind).words[screen]);
}

/** Whether a line starts with one of the words, followed by the screen's colon, a space or nothing. */
function startsWithLabel(line: LearnLine, words: readonly string[]): boolean {
  return words.some((w) => line.text === w || line.text.startsWith(`${w}：`) || line.text.startsWith(`${w}: `) || line.text.startsWith(`${w} `));
}

/** Checks the labelled lines of every page of `process` shown on a `screen` screen, and that the SOP's text is as on its own. */
function expectLabelsIn(process: ProcessJson, screen: MessageLanguage, own: MessageLanguage): void {
  const pages = learnPages([process], screen);
  const original = learnPages([process], own);
  const checks: Partial<Record<LearnLine['kind'], KeywordKind[]>> = {
    label: ['standard', 'problem', 'body', 'placeholder', 'example'],
    owner: ['owner'],
    timing: ['timing'],
    action: ['escalate', 'notify', 'goto', 'return', 'reschedule', 'end'],
  };
  let labelled = 0;
  pages.forEach((page, p) => page.lines.forEach((line, l) => {
    const same = original[p]!.lines[l]!;
    expect({ kind: line.kind, depth: line.depth }).toEqual({ kind: same.kind, depth: same.depth });
    const kinds = checks[line.kind];
    if (kinds) {
      labelled++;
      expect(startsWithLabel(line, labelWords(screen, kinds)), `${process.id}: ${line.text}`).toBe(true);
      expect(startsWithLabel(line, labelWords(screen === 'en' ? 'zh-CN' : 'en', kinds)), `${process.id}: ${line.text}`).toBe(false);
    } else if (['standard', 'problem', 'remedy', 'decision', 'outcome'].includes(line.kind) && !line.text.startsWith(`${keywordEntry('alsoProblem').words[screen][0]} `)) {
      expect(line.text).toBe(same.text);
    }
  }));
  expect(labelled, process.id).toBeGreaterThan(0);
}

describe('learn pages', () => {
  const pages = learnPages([homeServiceVisit()], 'zh-CN');
  const actions = (number: string) => pages.find((p) => p.place.stepNumber === number)!.lines.filter((l) => l.kind === 'action').map((l) => l.text);

  it('names a reschedule with a condition 「改约：…」, like 「上报 …」, and a bare one 「改约」 (step 9)', () => {
    expect(actions('9')).toEqual(['改约：若客户要赶时间可主动提出改约', '上报 技术部经理', '改约：如客户就是不让进门', '上报 技术经理', '改约：特殊情况下', '改约：在征得客户同意的前提下', '改约：在征得客户同意的前提下', '改约']);
  });

  it('punctuates owner and timing lines as the screen’s own Chinese (负责：…, 时间：…), and English with a colon and a space', () => {
    const step24 = pages.find((p) => p.place.stepNumber === '24')!.lines;
    expect(step24.filter((l) => l.kind === 'owner').map((l) => l.text)).toEqual(['负责：服务工程师、网点协调员']);
    expect(step24.filter((l) => l.kind === 'timing').map((l) => l.text)).toContain('时间：当天');
    const english = learnPages([compileFile(`${repoRoot}examples/first-sop-en.sop`)], 'en');
    expect(english[0]!.lines.filter((l) => l.kind === 'owner').map((l) => l.text)).toEqual(['Owner: Front desk']);
  });

  it('on an English screen label a Chinese SOP in English (Owner: 服务工程师, => Notify 中心), its text as written (step 8)', () => {
    const step8 = learnPages([homeServiceVisit()], 'en').find((p) => p.place.stepNumber === '8')!.lines;
    expect(step8.filter((l) => ['owner', 'label', 'action'].includes(l.kind)).map((l) => l.text)).toEqual([
      'Owner: 服务工程师', 'Standard', 'Problem', 'Reschedule: 等客户回来同我们再约时间或回中心后主动电话联系客户', 'Notify 中心', 'End',
    ]);
    expect(step8.filter((l) => l.kind === 'timing').map((l) => l.text)).toContain('Timing: 5分钟后');
    const step9 = learnPages([homeServiceVisit()], 'en').find((p) => p.place.stepNumber === '9')!.lines;
    expect(step9.filter((l) => l.kind === 'action').map((l) => l.text)).toContain('Escalate 技术部经理');
  });

  it('label every page of processes/ in the screen’s language and keep the SOP’s text, and the English example in Chinese', () => {
    for (const process of realProcesses()) expectLabelsIn(process, 'en', 'zh-CN');
    const english = compileFile(`${repoRoot}examples/first-sop-en.sop`);
    expectLabelsIn(english, 'zh-CN', 'en');
    expect(learnPages([english], 'zh-CN')[0]!.lines.filter((l) => l.kind === 'owner').map((l) => l.text)).toEqual(['负责：Front desk']);
  });

  it('keep a zh-TW document’s own labels on a Chinese screen', () => {
    const source = ['# language: zh-TW', '流程: 測試', '  編號: tw', '工步 1: 接待', '  負責: 前台', '  工作標準: 起身問候'].join('\n');
    const tw = compileProcess(source).process!;
    expect(learnPages([tw], 'zh-CN')[0]!.lines.map((l) => l.text)).toEqual(['負責：前台', '工作標準', '起身問候']);
    expect(learnPages([tw], 'en')[0]!.lines.map((l) => l.text)).toEqual(['Owner: 前台', 'Standard', '起身問候']);
  });

  it('show every decision table and message template in document order, the policy’s articles 6–15 (two tables) before article 16', () => {
    const zh = uiStrings('zh-CN');
    const policy = learnPages([compileFile(`${repoRoot}processes/after-sales-policy.sop`)], 'zh-CN');
    expect(policy.slice(0, 3).map((p) => learnHeading(p, zh))).toEqual(['决策表「退换货与维修政策」', '决策表「恕不退换」', '基本规定（不分先后） / 工步 16 商品维修服务必须在1周内完成。']);
    expect(policy[0]!.lines.slice(0, 2)).toEqual([{ kind: 'rule', text: 'R1：购买天数 <= 7天；不影响再次销售 = 是', depth: 0 }, { kind: 'outcome', text: '无理由退回', depth: 1 }]);
    const closing = compileFile(`${repoRoot}processes/order-closing-rules.sop`);
    const pages = learnPages([closing], 'zh-CN');
    expect(pages.filter((p) => p.subject.kind === 'table')).toHaveLength(closing.tables.length);
    const templates = pages.filter((p) => p.subject.kind === 'template');
    expect(templates.map((p) => learnHeading(p, zh).split(' / ').at(-1))).toEqual(closing.templates.map((t) => `模板「${t.label} ${t.title}」`));
    const pending = templates.find((p) => p.subject.kind === 'template' && p.subject.title === 'T4 待件的信息')!.lines.map((l) => l.text);
    expect(pending).toEqual(expect.arrayContaining(['等待{备件}备件,{发货方}发货,已经联系{号码}{号码类型},{联系人}约定{日}日{点}点上门', '{发货方}：事业部 / 工贸']));
    const start = new Map<string, number>([
      ...closing.steps.map((s) => [s.id, s.range.start.line] as const),
      ...closing.tables.map((t) => [t.title, t.range.start.line] as const),
      ...closing.templates.map((t) => [`${t.label} ${t.title}`, t.range.start.line] as const),
    ]);
    const lines = pages.map((p) => start.get(p.subject.kind === 'step' ? p.place.stepId! : p.subject.title)!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('say in the heading when a phase has no order between its steps (顺序: 不分先后), and only then', () => {
    const zh = uiStrings('zh-CN');
    for (const file of ['after-sales-policy', 'order-closing-rules']) {
      const process = compileFile(`${repoRoot}processes/${file}.sop`);
      const unordered = new Set(process.phases.filter((p) => p.ordered === false).map((p) => p.title));
      expect(unordered.size, file).toBeGreaterThan(1);
      for (const page of learnPages([process], 'zh-CN')) {
        const heading = learnHeading(page, zh);
        const title = page.place.phaseTitle;
        if (title === null) expect(heading).not.toContain('不分先后');
        else expect(heading.startsWith(unordered.has(title) ? `${title}（不分先后） / ` : `${title} / `), heading).toBe(true);
      }
    }
    const home = learnPages([homeServiceVisit()], 'zh-CN');
    expect(home.every((page) => !learnHeading(page, zh).includes('不分先后'))).toBe(true);
    expect(uiStrings('en').unordered('Basic rules')).toBe('Basic rules (in no order)');
  });
});
