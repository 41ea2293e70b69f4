// Wrong options: real remedies from elsewhere, never a duplicate of a right answer, never escalating where a right answer does,
// never empty, the most plausible first.
import { describe, expect, it } from 'vitest';
import { availableDistractors, buildItemBank, buildQuestion, excludedTexts, normalise, pickDistractors, seedRng, type DrillItem, type ItemBank } from '../src/index.js';
import { escalatedByRightAnswers } from '../src/engine/distractors.js';
import { feedbackLines } from '../src/ui/layout/feedback-lines.js';
import { uiStrings } from '../src/ui/strings.js';
import { compileFile, homeServiceVisit, realProcesses, repoRoot, smallProcess } from './helpers.js';

type ChoiceItem = Extract<DrillItem, { kind: 'remedy' | 'decision' }>;

const tierOf = (item: ChoiceItem, place: { processId: string; stepId: string | null; phaseId: string | null }, decisionId: string | null) =>
  item.kind === 'decision' && decisionId === item.decision.id ? 0 : place.processId !== item.place.processId ? 4 : place.stepId === item.place.stepId ? 1 : place.phaseId === item.place.phaseId ? 2 : 3;

function choiceItems(bank: ItemBank): ChoiceItem[] {
  return [...bank.items.values()].filter((i): i is ChoiceItem => i.kind === 'remedy' || i.kind === 'decision');
}

describe('distractors', () => {
  const home = buildItemBank([homeServiceVisit()]);

  it('are distinct, non-empty, and never a right answer of the situation', () => {
    for (const item of choiceItems(home)) {
      for (let seed = 0; seed < 5; seed++) {
        const [question] = buildQuestion(item, home, seedRng(seed));
        if (question.type !== 'choice') throw new Error('expected a choice question');
        const norms = question.options.map((o) => normalise(o.text));
        expect(new Set(norms).size, item.id).toBe(norms.length);
        expect(norms.every((n) => n !== '')).toBe(true);
        expect(question.options.filter((o) => o.correct)).toHaveLength(1);
        const rights = excludedTexts(item);
        for (const option of question.options.filter((o) => !o.correct)) expect(rights.has(normalise(option.text)), `${item.id}: ${option.text}`).toBe(false);
      }
    }
  });

  it('offer four options for every problem of the real SOP', () => {
    for (const item of choiceItems(home)) {
      const [question] = buildQuestion(item, home, seedRng(1));
      expect(question.type === 'choice' && question.options.length, item.id).toBe(4);
    }
  });

  it('never offer the shared remedy of problems grouped with 或 as a wrong option', () => {
    const bank = buildItemBank([smallProcess()]);
    const item = bank.items.get('small-visit/s2/p1#remedy') as ChoiceItem;
    const shared = '提前电话向客户道歉并改约。';
    expect(item.problem?.group).toEqual(['small-visit/s2/p1', 'small-visit/s2/p2']);
    for (let seed = 0; seed < 30; seed++) {
      const [question] = buildQuestion(item, bank, seedRng(seed));
      if (question.type !== 'choice') throw new Error('expected a choice question');
      expect(question.options.filter((o) => o.text === shared)).toEqual([expect.objectContaining({ correct: true })]);
    }
  });

  it('come from the same step first, then the same phase, then the process', () => {
    for (const item of choiceItems(home)) {
      const available = availableDistractors(item, home.candidates, 3).map((c) => tierOf(item, c.place, c.decisionId)).sort();
      for (let seed = 0; seed < 5; seed++) {
        const [picked] = pickDistractors(item, home.candidates, 3, seedRng(seed));
        expect(picked.map((c) => tierOf(item, c.place, c.decisionId)).sort(), item.id).toEqual(available);
      }
    }
    const knock = home.items.get('home-service-visit/s15/p1#remedy') as ChoiceItem;
    const [picked] = pickDistractors(knock, home.candidates, 3, seedRng(3));
    expect(picked.every((c) => c.place.stepId === 'home-service-visit/s15')).toBe(true);
  });

  it('make a decision branch question with its sibling branch as the first wrong option', () => {
    const item = home.items.get('home-service-visit/s9/p1/d1/b1#decision') as ChoiceItem;
    expect(item.kind).toBe('decision');
    const [question] = buildQuestion(item, home, seedRng(2));
    if (question.type !== 'choice') throw new Error('expected a choice question');
    expect(question.prompt.decision).toEqual({ question: '迟到多久?', branch: 'when', label: '小于15分钟' });
    expect(question.options.find((o) => o.correct)?.text).toBe('首先向客户道歉');
    expect(question.options.map((o) => o.text)).toContain('首先向客户真诚道歉,希望得到客户的谅解');
    const remedies = item.problem!.remedies.map((r) => normalise(r.text));
    expect(question.options.some((o) => remedies.includes(normalise(o.text)))).toBe(false);
  });

  it('skip branches that only continue, and ask the others', () => {
    const ids = [...home.items.keys()].filter((id) => id.endsWith('#decision'));
    expect(ids).toEqual(expect.arrayContaining(['home-service-visit/s2/d1/b2#decision', 'home-service-visit/s2/d2/b1#decision']));
    expect(ids).not.toContain('home-service-visit/s2/d1/b1#decision');
  });

  it('say which branch a wrong sibling answers, after the answer', () => {
    const item = [...home.items.values()].find((i) => i.kind === 'decision' && i.decision.question === '符合退机或换机条件?' && i.branch.kind === 'when')!;
    const [question] = buildQuestion(item, home, seedRng(1));
    if (question.type !== 'choice') throw new Error('expected a choice question');
    const sibling = question.options.findIndex((o) => o.text === '给客户认真解释国家三包规定,通过真诚的服务来感动客户');
    expect(sibling).toBeGreaterThanOrEqual(0);
    const lines = feedbackLines({ question, choice: sibling, correct: false, chosenText: question.options[sibling]!.text, correctText: '' }, uiStrings('zh-CN'), 200);
    expect(lines.map((l) => l.text)).toContain('（这是工步 15 故障维修「符合退机或换机条件? → 否」的做法）');
  });

  it('name the step a wrong option belongs to inside an English sentence with its title quoted', () => {
    const english = buildItemBank([compileFile(`${repoRoot}examples/first-sop-en.sop`)]);
    const item = choiceItems(english).find((i) => i.kind === 'remedy' && i.problem.text === 'The front desk is on the phone.')!;
    const [question] = buildQuestion(item, english, seedRng(1));
    if (question.type !== 'choice') throw new Error('expected a choice question');
    const wrong = question.options.findIndex((o) => !o.correct);
    const lines = feedbackLines({ question, choice: wrong, correct: false, chosenText: question.options[wrong]!.text, correctText: '' }, uiStrings('en'), 200);
    expect(lines.map((l) => l.text)).toContain('(that is what to do at Step 2 “Show the customer to a seat” for “The lounge is full.”)');
  });

  it('never escalate where a right answer escalates: reporting to 中心 is not wrong when the SOP says to report to 中心', () => {
    const item = choiceItems(home).find((i) => i.kind === 'remedy' && i.problem.text === '客户要求给予赔偿')!;
    for (let seed = 0; seed < 30; seed++) {
      const [question] = buildQuestion(item, home, seedRng(seed));
      if (question.type !== 'choice') throw new Error('expected a choice question');
      const wrong = question.options.filter((o) => !o.correct).map((o) => o.text);
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain('上报中心请示');
      expect(wrong).not.toContain('将信息报回中心,根据根据中心批示处理。');
    }
    for (const bank of realProcesses().map((p) => buildItemBank([p]))) {
      for (const i of choiceItems(bank)) {
        const escalated = escalatedByRightAnswers(i);
        for (const c of availableDistractors(i, bank.candidates, 1000)) expect(c.escalates.filter((r) => escalated.has(r)), `${i.id}: ${c.text}`).toEqual([]);
      }
    }
  });
});
