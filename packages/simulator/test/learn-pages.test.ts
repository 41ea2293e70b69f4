// Learn pages: every line of a step, actions named by their keyword like the document writes them, keyword lines punctuated
// in the document's language.
import { describe, expect, it } from 'vitest';
import { learnPages } from '../src/index.js';
import { learnHeading } from '../src/ui/layout/learn-lines.js';
import { uiStrings } from '../src/ui/strings.js';
import { compileFile, homeServiceVisit, repoRoot } from './helpers.js';

describe('learn pages', () => {
  const pages = learnPages([homeServiceVisit()]);
  const actions = (number: string) => pages.find((p) => p.place.stepNumber === number)!.lines.filter((l) => l.kind === 'action').map((l) => l.text);

  it('names a reschedule with a condition 「改约：…」, like 「上报 …」, and a bare one 「改约」 (step 9)', () => {
    expect(actions('9')).toEqual(['改约：若客户要赶时间可主动提出改约', '上报 技术部经理', '改约：如客户就是不让进门', '上报 技术经理', '改约：特殊情况下', '改约：在征得客户同意的前提下', '改约：在征得客户同意的前提下', '改约']);
  });

  it('punctuates owner and timing lines as the screen’s own Chinese (负责：…, 时间：…), and English with a colon and a space', () => {
    const step24 = pages.find((p) => p.place.stepNumber === '24')!.lines;
    expect(step24.filter((l) => l.kind === 'owner').map((l) => l.text)).toEqual(['负责：服务工程师、网点协调员']);
    expect(step24.filter((l) => l.kind === 'timing').map((l) => l.text)).toContain('时间：当天');
    const english = learnPages([compileFile(`${repoRoot}examples/first-sop-en.sop`)]);
    expect(english[0]!.lines.filter((l) => l.kind === 'owner').map((l) => l.text)).toEqual(['Owner: Front desk']);
  });

  it('show every decision table and message template in document order, the policy’s articles 6–15 (two tables) before article 16', () => {
    const zh = uiStrings('zh-CN');
    const policy = learnPages([compileFile(`${repoRoot}processes/after-sales-policy.sop`)]);
    expect(policy.slice(0, 3).map((p) => learnHeading(p, zh))).toEqual(['决策表「退换货与维修政策」', '决策表「恕不退换」', '基本规定（不分先后） / 工步 16 商品维修服务必须在1周内完成。']);
    expect(policy[0]!.lines.slice(0, 2)).toEqual([{ kind: 'rule', text: 'R1：购买天数 <= 7天；不影响再次销售 = 是', depth: 0 }, { kind: 'outcome', text: '无理由退回', depth: 1 }]);
    const closing = compileFile(`${repoRoot}processes/order-closing-rules.sop`);
    const pages = learnPages([closing]);
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
      for (const page of learnPages([process])) {
        const heading = learnHeading(page, zh);
        const title = page.place.phaseTitle;
        if (title === null) expect(heading).not.toContain('不分先后');
        else expect(heading.startsWith(unordered.has(title) ? `${title}（不分先后） / ` : `${title} / `), heading).toBe(true);
      }
    }
    const home = learnPages([homeServiceVisit()]);
    expect(home.every((page) => !learnHeading(page, zh).includes('不分先后'))).toBe(true);
    expect(uiStrings('en').unordered('Basic rules')).toBe('Basic rules (in no order)');
  });
});
