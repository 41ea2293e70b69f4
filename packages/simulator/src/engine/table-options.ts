// Wrong options of a decision-table question: other outcomes of the same table, then outcomes of the process's other tables
// that the case rules out; never an outcome of a rule that holds or could hold for the case.
import type { DecisionTableJson, Language, RuleJson } from '@sopkit/core';
import { maskAnswers } from './answer-mask.js';
import { normalise } from './normalise.js';
import type { RngState } from './prng.js';
import { caseFacts, fitOf, ruleConstraints, type TableCase } from './table-logic.js';
import { pickTiered, type Tiered } from './tiered-pick.js';
import type { ChoiceOption, DrillItem } from './types.js';

type TableItem = Extract<DrillItem, { kind: 'table-case' }>;

/**
 * A rule's conditions as one text: 「购买天数 > 15天；质量问题 = 是」. Note: not joined with 、, which already lists the values
 * of one condition (「产品 属于 彩电、冰箱」).
 */
export function conditionsText(rule: RuleJson, language: Language): string {
  return rule.conditions.map((c) => c.text).join(language === 'en' ? '; ' : '；');
}

/** A rule as a short line: 「退换货与维修政策 R3：购买天数 > 15天；购买天数 < 30天；质量问题 = 是」. */
export function ruleLine(table: DecisionTableJson, rule: RuleJson, language: Language): string {
  return `${table.title}${rule.label ? ` ${rule.label}` : ''}${language === 'en' ? ': ' : '：'}${conditionsText(rule, language)}`;
}

/**
 * Up to `count` wrong outcomes for a case of the item's rule, shuffled within each tier; where each comes from worded in
 * `labels`. An outcome of another table is offered only when the case rules out every rule that has it: one the case leaves
 * open could be the answer (a 特价品 with a fault in its second month may well be repaired for free), and one of a table
 * about something else (「考核时间为5天」 beside 「跳闸「多次联系」」) gives the right one away by its subject. Balanced so that the
 * right outcome cannot be told by its form (see `pickBalanced`).
 */
export function outcomeDistractors(item: TableItem, c: TableCase, count: number, rng: RngState, labels: Language): [ChoiceOption[], RngState] {
  const facts = caseFacts(c);
  const taken = new Set([normalise(item.rule.outcome), '']);
  const tiers: Tiered<ChoiceOption>[][] = [[], []];
  const offer = (tier: number, table: DecisionTableJson, rule: RuleJson) => {
    const option: ChoiceOption = { text: rule.outcome, correct: false, origin: { place: item.place, situation: ruleLine(table, rule, labels), kind: 'action' } };
    tiers[tier]!.push({ value: option, norm: normalise(rule.outcome) });
  };
  for (const rule of item.table.rules) if (rule !== item.rule && rule.uncertain.length === 0) offer(0, item.table, rule);
  for (const table of item.siblings) {
    for (const rule of table.rules) {
      if (fitOf(ruleConstraints(table, rule), facts) !== 'excluded') taken.add(normalise(rule.outcome));
      else if (rule.uncertain.length === 0) offer(1, table, rule);
    }
  }
  const shown = { right: item.rule.outcome, above: [maskAnswers(item.table.title, [item.rule.outcome]), ...c.facts.map((f) => `${f.fact} ${f.text}`)].join('\n') };
  return pickTiered(tiers, taken, count, rng, { shown, textOf: (option) => option.text });
}
