// A question never says its own answer: right answers are blanked out of the step and table titles in its heading (the
// after-sales policy's steps 26–29 are titled with their own remedies, its table 恕不退换 with its only outcome), and a
// situation that already says the answer is not asked.
import { describe, expect, it } from 'vitest';
import { buildItemBank, buildQuestion, normalise, seedRng, type Question } from '../src/index.js';
import { maskAnswers } from '../src/engine/answer-mask.js';
import { sourceOf } from '../src/ui/layout/feedback-lines.js';
import { questionHead } from '../src/ui/layout/question-lines.js';
import { uiStrings } from '../src/ui/strings.js';
import { compileFile, realProcesses, repoRoot } from './helpers.js';

/** The text the question screen shows above its options, normalised. */
function shownAbove(question: Question): string {
  if (question.type !== 'choice') throw new Error('expected a choice question');
  const strings = uiStrings(question.place.language === 'en' ? 'en' : 'zh-CN');
  return normalise(questionHead(question, strings, 1000).map((l) => l.text).join('\n'));
}

describe('answers kept out of the question', () => {
  it('blanks an answer out of a text whatever its punctuation, spacing or case, and leaves other text alone', () => {
    expect(maskAnswers('如维修商品无法修复,应取得顾客谅解,请示上级予以善后处理。', ['应取得顾客谅解，请示上级予以善后处理'])).toBe('如维修商品无法修复,＿＿。');
    expect(maskAnswers('Greet the customer: offer a seat.', ['Offer a seat'])).toBe('Greet the customer: ＿＿.');
    expect(maskAnswers('受理', ['是', '应迅速请示上级'])).toBe('受理');
  });

  it('no choice question of processes/ or examples/ shows a right answer above its options', () => {
    const processes = [...realProcesses(), compileFile(`${repoRoot}examples/first-sop.sop`), compileFile(`${repoRoot}examples/first-sop-en.sop`)];
    for (const process of processes) {
      const bank = buildItemBank([process]);
      for (const item of bank.items.values()) {
        for (let seed = 0; seed < 3; seed++) {
          const [question] = buildQuestion(item, bank, seedRng(seed));
          if (question.type !== 'choice') continue;
          const shown = shownAbove(question);
          for (const option of question.options.filter((o) => o.correct && normalise(o.text).length > 1)) {
            expect(shown.includes(normalise(option.text)), `${item.id} shows 「${option.text}」`).toBe(false);
          }
        }
      }
    }
  });

  it('asks the policy’s step 29 with its remedy blanked out of the title, which 出自 still names in full', () => {
    const bank = buildItemBank(realProcesses().filter((p) => p.id === 'after-sales-policy'));
    const [question] = buildQuestion(bank.items.get('after-sales-policy/s29/p1#remedy')!, bank, seedRng(1));
    expect(question.prompt.titles?.stepTitle).toBe('如维修商品无法修复,＿＿。');
    expect(question.place.stepTitle).toBe('如维修商品无法修复,应取得顾客谅解,请示上级予以善后处理。');
  });

  it('blanks the outcome out of a table titled with it (恕不退换), and names the table in full where the question comes from', () => {
    const bank = buildItemBank(realProcesses().filter((p) => p.id === 'after-sales-policy'));
    const [question] = buildQuestion(bank.items.get('after-sales-policy/dt2/r1#case')!, bank, seedRng(1));
    expect(question.prompt.table).toMatchObject({ title: '恕不退换', shownTitle: '＿＿' });
    expect(sourceOf({ question, choice: 0, correct: false, chosenText: '', correctText: '' }, uiStrings('zh-CN'))).toBe('售后服务管理制度 / 决策表「恕不退换」');
  });

  it('does not ask a branch whose question already says its answer (客户同意带回维修? → 是: 带回维修)', () => {
    const bank = buildItemBank(realProcesses().filter((p) => p.id === 'home-service-visit'));
    expect(bank.items.has('home-service-visit/s15/p2/r1/d1/b1#decision')).toBe(false);
    expect(bank.items.has('home-service-visit/s15/p2/r1/d1/b2#decision')).toBe(true);
  });
});
