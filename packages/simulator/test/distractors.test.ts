// Wrong options: real remedies from elsewhere, never a duplicate of a right answer, never escalating where a right answer does,
// never empty, the most plausible first.
import { displayWidth } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { availableDistractors, branchLabel, buildItemBank, buildQuestion, excludedTexts, normalise, pickDistractors, seedRng, type DrillItem, type ItemBank } from '../src/index.js';
import { alsoRight, rightAnswersOf } from '../src/engine/also-right.js';
import { sayAlike } from '../src/engine/distractors.js';
import { bigrams } from '../src/engine/text-overlap.js';
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

  it('never offer two wrong options that say the same thing: a remedy with a branch of its own decision, or most of each other', () => {
    const far = choiceItems(home).find((i) => i.kind === 'remedy' && i.problem.text === '路途遥远,可能无法保证按约定时间上门;')!;
    const whole = '改时间打,如再晚就不能按约定时间到达则直接按地址上门;';
    let together = 0;
    for (let seed = 0; seed < 40; seed++) {
      const [question] = buildQuestion(far, home, seedRng(seed));
      if (question.type !== 'choice') throw new Error('expected a choice question');
      const texts = question.options.map((o) => o.text);
      if (texts.includes(whole) && (texts.includes('改时间打') || texts.includes('直接按地址上门'))) together++;
    }
    expect(together).toBe(0);
    const bank = buildItemBank(realProcesses());
    for (const item of choiceItems(bank)) {
      for (let seed = 0; seed < 5; seed++) {
        const [picked] = pickDistractors(item, bank.candidates, 3, seedRng(seed));
        for (const [i, a] of picked.entries()) for (const b of picked.slice(i + 1)) expect(sayAlike(a, b), `${item.id}: ${a.text} / ${b.text}`).toBe(false);
      }
    }
  });

  it('make a decision branch question with its sibling branch as the first wrong option', () => {
    const item = home.items.get('home-service-visit/s14/p2/r1/d1/b1#decision') as ChoiceItem;
    expect(item.kind).toBe('decision');
    const [question] = buildQuestion(item, home, seedRng(2));
    if (question.type !== 'choice') throw new Error('expected a choice question');
    expect(question.prompt.decision).toEqual({ question: '客户有时间?', branch: 'yes', label: '是' });
    expect(question.options.find((o) => o.correct)?.text).toBe('可以马上回去取备件');
    expect(question.options.map((o) => o.text)).toContain('与客户重新约定合理时间再上门服务');
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
        const escalated = rightAnswersOf(i).escalates;
        for (const c of availableDistractors(i, bank.candidates, 1000)) expect(c.escalates.filter((r) => escalated.has(r)), `${i.id}: ${c.text}`).toEqual([]);
      }
    }
  });
});

describe('wrong options that are right in substance', () => {
  const home = buildItemBank([homeServiceVisit()]);
  /** Every candidate that is a fair wrong option for an item (whatever else is offered with it). */
  const fair = (item: ChoiceItem): string[] => {
    const right = rightAnswersOf(item);
    const taken = excludedTexts(item);
    return home.candidates.filter((c) => !taken.has(c.norm) && alsoRight(right, c) === null).map((c) => c.text);
  };
  /** Every wrong option an item is offered over many seeds. */
  const offered = (bank: ItemBank, id: string): Set<string> => {
    const item = bank.items.get(id) as ChoiceItem;
    const texts = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const [question] = buildQuestion(item, bank, seedRng(seed));
      if (question.type !== 'choice') throw new Error('expected a choice question');
      expect(question.options, id).toHaveLength(4);
      for (const o of question.options) if (!o.correct) texts.add(o.text);
    }
    return texts;
  };

  it('are not offered for a step that serves the same goal: calling ahead to reschedule (step 6) is right when leaving late (step 5)', () => {
    const late = offered(home, 'home-service-visit/s5/p1#remedy');
    expect(late).not.toContain('提前电话联系向客户道歉,在客户同意的前提下改约上门时间或提前通知中心改派其他人员。');
    expect(late).not.toContain('如客户有联系电话,必须在同客户约定的时间前1~2分钟同客户取得联系,道歉取得客户的谅解。');
    expect(late).toContain('出发前要将自己的工具包对照标准自检一遍,以防止出现遗漏或错误。');
    expect(offered(home, 'home-service-visit/s6/p1#remedy')).not.toContain('根据约定时间及路程所需时间倒推出发时间');
  });

  it('are offered from a step that serves the same goal when their problem, or the asked one, does not break it (step 9: 客户正在吃饭 is no lateness)', () => {
    const all = (id: string) => fair(home.items.get(id) as ChoiceItem);
    for (const id of ['home-service-visit/s5/p1#remedy', 'home-service-visit/s6/p1#remedy']) {
      const late = all(id);
      expect(late, id).toContain('等客户吃完饭再上门,也可按客户的意见办。');
      expect(late, id).toContain('表示道歉,离开并落实原因及时找到客户;');
      expect(late, id).toContain('亮出自己的工牌,向对方说明事由,请对方马上联系客户确认,特殊情况下改约;');
      expect(late, id).not.toContain('首先向客户真诚道歉,希望得到客户的谅解');
    }
    const eating = choiceItems(home).find((i) => i.kind === 'remedy' && i.problem.text === '客户正在吃饭')!;
    expect(all(eating.id)).toContain('根据约定时间及路程所需时间倒推出发时间');
    expect(all('home-service-visit/s9/p1#remedy')).not.toContain('根据约定时间及路程所需时间倒推出发时间');
  });

  it("are not offered when they are a branch of the asked problem's own remedy", () => {
    const unanswered = offered(home, 'home-service-visit/s3/p3#remedy');
    expect(unanswered).not.toContain('直接按地址上门');
    expect(unanswered).not.toContain('改时间打');
    expect(offered(home, 'home-service-visit/s15/p7#remedy')).not.toContain('按客户要求给予退机或换机');
  });

  it('are not offered when they say most of a right answer in other words (CJK bigrams)', () => {
    expect(offered(home, 'home-service-visit/s23/p1#remedy')).not.toContain('跟踪服务直至客户满意为止');
    expect(offered(home, 'home-service-visit/s9/p1/d1/b1#decision')).not.toContain('首先向客户真诚道歉,希望得到客户的谅解');
  });

  it('are not offered when they reschedule as the right answer does, but are when they reschedule only as a last resort', () => {
    const powerCut = offered(home, 'home-service-visit/s9/p6#remedy');
    expect(powerCut).not.toContain('改约时间,留下联系方式;');
    expect(powerCut).not.toContain('在征得客户同意的前提下由客户带着到产品所在地或自行前往或改约重新上门;');
    expect(powerCut).toContain('亮出自己的工牌,向对方说明事由,请对方马上联系客户确认,特殊情况下改约;');
  });

  it('are not offered when the right answer reschedules with no condition and they reschedule on one, saying nothing else', () => {
    const all = (text: string) => fair(choiceItems(home).find((i) => i.kind === 'remedy' && i.problem.text === text)!);
    const goingOut = all('客户临时有事要出门');
    expect(goingOut).not.toContain('在征得客户同意的前提下改约时间;');
    expect(goingOut).toContain('在征得客户同意的前提下由客户带着到产品所在地或自行前往或改约重新上门;');
    expect(goingOut).toContain('亮出自己的工牌,向对方说明事由,请对方马上联系客户确认,特殊情况下改约;');
    expect(all('客户正在吃饭')).toContain('在征得客户同意的前提下改约时间;');
  });

  it('leave a branch question its sibling that escalates when the branch itself does not', () => {
    expect(offered(home, 'home-service-visit/s15/p7/r1/d1/b1#decision')).toContain('上报中心请示');
  });

  it('leave every choice question of processes/ three wrong options when they are drilled together', () => {
    const bank = buildItemBank(realProcesses());
    for (const item of choiceItems(bank)) {
      for (let seed = 0; seed < 5; seed++) {
        const [question] = buildQuestion(item, bank, seedRng(seed));
        expect(question.type === 'choice' && question.options.length, item.id).toBe(4);
      }
    }
  });

  it('never let the right option give itself away by its length or by alone saying words of the situation (processes/, seeds 0–19)', () => {
    const bank = buildItemBank(realProcesses());
    const shown = (item: ChoiceItem) => bigrams([item.problem?.text, ...(item.kind === 'decision' ? [item.decision.question, branchLabel(item.branch, item.place.language)] : [])].filter(Boolean).join('\n'));
    let questions = 0;
    for (const item of choiceItems(bank)) {
      const situation = shown(item);
      for (let seed = 0; seed < 20; seed++) {
        const [question] = buildQuestion(item, bank, seedRng(seed));
        if (question.type !== 'choice') throw new Error('expected a choice question');
        questions++;
        const right = question.options.find((o) => o.correct)!;
        const wrong = question.options.filter((o) => !o.correct);
        const width = displayWidth(right.text);
        const what = `${item.id} (seed ${seed}): ${right.text} among ${wrong.map((o) => o.text).join(' | ')}`;
        expect(wrong.every((o) => 2 * displayWidth(o.text) <= width), `longest: ${what}`).toBe(false);
        expect(wrong.every((o) => displayWidth(o.text) >= 2 * width), `shortest: ${what}`).toBe(false);
        const says = (text: string) => [...bigrams(text)].some((t) => situation.has(t));
        if (says(right.text)) expect(wrong.some((o) => says(o.text)), `words: ${what}`).toBe(true);
      }
    }
    expect(questions).toBeGreaterThan(1500);
    const [spare] = buildQuestion(bank.items.get('home-service-visit/s14/p2#remedy')!, bank, seedRng(0));
    expect(spare.type === 'choice' && spare.options.filter((o) => !o.correct).some((o) => o.text.includes('备件') || displayWidth(o.text) > 74), 'step 14: a wrong option as long, or about spare parts').toBe(true);
  });
});
