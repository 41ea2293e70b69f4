// Template questions: which wording (with its placeholders) fits a situation, among the other templates' bodies.
import { describe, expect, it } from 'vitest';
import { buildItemBank, buildQuestion, normalise, seedRng, type DrillItem } from '../src/index.js';
import { feedbackLines } from '../src/ui/layout/feedback-lines.js';
import { uiStrings } from '../src/ui/strings.js';
import { realProcesses } from './helpers.js';

type TemplateItem = Extract<DrillItem, { kind: 'template' }>;

describe('template questions', () => {
  const closing = realProcesses().find((p) => p.id === 'order-closing-rules')!;
  const bank = buildItemBank([closing]);
  const items = [...bank.items.values()].filter((i): i is TemplateItem => i.kind === 'template');

  it('ask the templates of the closing rules whose title does not say their body, with its body right and other bodies wrong', () => {
    // Note: T1 按用户要求上门的信息 → 按用户要求{日}号…上门, T3 …地址不对…, T6 机器正常,用户不接受…, T8 超保收费,用户不修… say their bodies.
    expect(items.map((i) => i.template.label)).toEqual(['T2', 'T4', 'T5', 'T7']);
    const bodies = new Set(closing.templates.map((t) => t.body));
    for (const item of items) {
      for (let seed = 0; seed < 5; seed++) {
        const [q] = buildQuestion(item, bank, seedRng(seed));
        if (q.type !== 'choice') throw new Error('expected a choice question');
        expect(q.prompt.situation).toBe(item.template.title);
        expect(q.options).toHaveLength(4);
        expect(q.options.filter((o) => o.correct).map((o) => o.text)).toEqual([item.template.body]);
        for (const option of q.options) expect(bodies.has(option.text)).toBe(true);
        expect(new Set(q.options.map((o) => normalise(o.text))).size).toBe(4);
        expect(q.sopText).toContain(item.template.example!.text);
      }
    }
  });

  it('offer the bodies of templates whose title says them as wrong options', () => {
    const offered = new Set(items.flatMap((item) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((seed) => {
      const [q] = buildQuestion(item, bank, seedRng(seed));
      return q.type === 'choice' ? q.options.filter((o) => !o.correct).map((o) => o.text) : [];
    })));
    for (const label of ['T1', 'T3', 'T6', 'T8']) expect(offered.has(closing.templates.find((t) => t.label === label)!.body), label).toBe(true);
  });

  it('say which template a wrong option belongs to', () => {
    const item = bank.items.get('order-closing-rules/t4#template') as TemplateItem;
    const [q] = buildQuestion(item, bank, seedRng(2));
    if (q.type !== 'choice') throw new Error('expected a choice question');
    for (const option of q.options.filter((o) => !o.correct)) {
      const template = closing.templates.find((t) => t.body === option.text)!;
      expect(option.origin?.situation).toBe(`${template.label} ${template.title}`);
    }
    const wrong = q.options.findIndex((o) => !o.correct);
    const answered = { question: q, choice: wrong, correct: false, chosenText: q.options[wrong]!.text, correctText: '' };
    const said = (language: 'zh-CN' | 'en') => feedbackLines(answered, uiStrings(language), 200).map((l) => l.text);
    expect(said('zh-CN')).toContain(`（这是关键岗位返青培训「${q.options[wrong]!.origin!.situation}」的格式）`);
    expect(said('en')).toContain(`(that is the template for “${q.options[wrong]!.origin!.situation}”)`);
  });
});
