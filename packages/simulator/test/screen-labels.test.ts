// Questions and feedback on a screen in another language than the SOP's: the labels around the text (是/否 → Yes/No, 工步 → Step,
// 继续, a rule's punctuation) follow the screen; the SOP's text, the options and the item hashes stay as written.
import { compileProcess, keywordEntry } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { answer, buildItemBank, createDrill, next, type Question } from '../src/index.js';
import { compileFile, realProcesses, repoRoot } from './helpers.js';

/** Every question of a whole exam (every item, seed 1), on a screen in `language` (or the document's own). */
function examQuestions(language?: 'zh-CN' | 'en'): Question[] {
  const bank = buildItemBank([...realProcesses(), compileFile(`${repoRoot}examples/first-sop-en.sop`)]);
  let state = createDrill(bank, { mode: 'exam', seed: 1, questions: 100_000, ...(language && { language }) });
  const asked: Question[] = [];
  for (let step = next(state); step.question; step = next(state)) {
    asked.push(step.question);
    state = answer(step.state, step.question.type === 'choice' ? 0 : step.question.answer).state;
  }
  return asked;
}

const words = (kind: Parameters<typeof keywordEntry>[0], group: 'zh' | 'en') =>
  group === 'en' ? keywordEntry(kind).words.en : [...keywordEntry(kind).words['zh-CN'], ...keywordEntry(kind).words['zh-TW']];

/** The branch labels a text starts with or points to (「能在客户家修复? → 否」, 「是 → 现场修复」). */
function branchLabels(text: string, group: 'zh' | 'en'): string[] {
  const labels = [...words('yes', group), ...words('no', group), ...words('otherwise', group)];
  return labels.filter((l) => text.startsWith(`${l} → `) || text.endsWith(` → ${l}`));
}

describe('labels on a screen in another language', () => {
  const own = examQuestions();
  const english = examQuestions('en');

  it('keep every option, entry, situation and hash as the SOP writes them', () => {
    expect(english.length).toBe(own.length);
    english.forEach((q, i) => {
      const o = own[i]!;
      expect({ id: q.itemId, hash: q.itemHash, situation: q.prompt.situation }).toEqual({ id: o.itemId, hash: o.itemHash, situation: o.prompt.situation });
      expect(q.type === 'choice' ? q.options.map((x) => x.text) : q.entries).toEqual(o.type === 'choice' ? o.options.map((x) => x.text) : o.entries);
    });
  });

  it('word a Chinese SOP’s branch labels, step word and rule lines in English, and an English SOP’s in Chinese', () => {
    const decisions = english.filter((q) => q.prompt.decision && q.prompt.decision.branch !== 'when' && q.place.language !== 'en');
    expect(decisions.length).toBeGreaterThan(10);
    for (const q of decisions) {
      const shown = [`${q.prompt.decision!.question} → ${q.prompt.decision!.label}`, ...q.sopText];
      expect(shown.flatMap((t) => branchLabels(t, 'zh')), q.itemId).toEqual([]);
      expect(shown.flatMap((t) => branchLabels(t, 'en')).length, q.itemId).toBeGreaterThan(0);
    }
    const origins = english.flatMap((q) => (q.type === 'choice' && q.place.language !== 'en' ? q.options.map((o) => o.origin?.situation ?? '') : []));
    expect(origins.filter((t) => branchLabels(t, 'en').length > 0).length).toBeGreaterThan(10);
    expect(origins.flatMap((t) => branchLabels(t, 'zh'))).toEqual([]);
    const orders = english.filter((q) => q.prompt.ask === 'phase-order' && q.place.language !== 'en');
    expect(orders.length).toBeGreaterThan(3);
    for (const q of orders) for (const line of q.sopText) expect(line, q.itemId).toMatch(/^Step /);
    const rules = english.filter((q) => q.prompt.ask === 'table-case');
    expect(rules.length).toBeGreaterThan(5);
    for (const q of rules) expect(q.sopText[0], q.itemId).toMatch(/^[^：；]+: [^：；]+ → /);
  });

  it('word an English SOP’s labels in Chinese on a Chinese screen', () => {
    const source = [
      '# language: en', 'Process: Front desk', '  Id: desk', 'Phase: Reception',
      'Step 1: Greet the customer', '  Problem: The phone rings', '    Remedy: Answer within three rings',
      '    Decision: Is a customer waiting?', '      Yes: Ask the caller to hold', '      No: Take the call in full',
      'Step 2: Show the customer to a seat', '  Problem: The lounge is full', '    Remedy: Seat the customer at a meeting table',
      'Step 3: Offer a drink', '  Problem: No cups left', '    Remedy: Fetch cups from the kitchen',
    ].join('\n');
    const bank = buildItemBank([compileProcess(source).process!]);
    const asked = (language: 'zh-CN' | 'en', id: string) => {
      let state = createDrill(bank, { mode: 'exam', seed: 3, questions: 100, language });
      for (let step = next(state); step.question; step = next(state)) {
        if (step.question.itemId === id) return step.question;
        state = answer(step.state, step.question.type === 'choice' ? 0 : step.question.answer).state;
      }
      throw new Error(`${id} was not asked`);
    };
    expect(asked('zh-CN', 'desk/ph1#order').sopText).toEqual(['工步 1 Greet the customer', '工步 2 Show the customer to a seat', '工步 3 Offer a drink']);
    expect(asked('en', 'desk/ph1#order').sopText[0]).toBe('Step 1 Greet the customer');
    const decision = asked('zh-CN', 'desk/s1/p1/r1/d1/b1#decision');
    expect(decision.prompt.decision?.label).toBe('是');
    expect(decision.sopText).toEqual(['Is a customer waiting?', '是 → Ask the caller to hold', '否 → Take the call in full']);
  });

  it('word them as the document does without a screen language', () => {
    const decision = own.find((q): q is Question => q.itemId === 'home-service-visit/s15/d1/b2#decision')!;
    expect(decision.prompt.decision!.label).toBe('否');
    expect(english.find((q) => q.itemId === decision.itemId)!.prompt.decision!.label).toBe('No');
    expect(english.find((q) => q.itemId === decision.itemId)!.sopText).toEqual(['能在客户家修复?', 'Yes → 现场修复', 'No → 委婉向客户说明需带回维修']);
  });
});
