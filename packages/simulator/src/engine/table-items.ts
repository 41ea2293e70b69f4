// Decision-table items: every rule the SOP states with certainty and that has a fair case becomes `<rule id>#case`
// (「顾客购买 20 天，有质量问题：怎么处理？」); its wrong options are the other rules' outcomes (see `outcomeOptions`).
import { contentHash, type ProcessJson, type RuleJson } from '@sopkit/core';
import { ruleCases } from './table-cases.js';
import { tableContent } from './timing-items.js';
import { maskTiming } from './timing-mask.js';
import type { DrillItem, ItemPlace, RuleCases } from './types.js';

/**
 * The rules of a process that can be asked, with their fair cases. A rule marked uncertain (`存疑`) is not asked, and its
 * outcome is never offered: the SOP itself does not vouch for it.
 */
export function askableRules(process: ProcessJson): RuleCases[] {
  return process.tables.flatMap((table) => table.rules
    .filter((rule) => rule.uncertain.length === 0)
    .map((rule) => ({ table, rule, cases: ruleCases(table, rule, process.language, process.tables.filter((t) => t !== table)) }))
    .filter((r) => r.cases.length > 0));
}

/**
 * One `table-case` item per askable rule, except a rule whose outcome is its deadline (see `outcomeIsTiming`); the process's
 * other tables are its siblings (wrong options when its own table has too few outcomes).
 */
export function tableItems(process: ProcessJson, rules: readonly RuleCases[], place: ItemPlace): DrillItem[] {
  return rules.filter((r) => !outcomeIsTiming(r.rule)).map((r) => ({
    kind: 'table-case',
    id: `${r.rule.id}#case`,
    hash: contentHash({ o: r.rule.outcome, r: r.rule.remedies.map((x) => x.text), table: tableContent(r.table) }),
    place,
    ...r,
    siblings: process.tables.filter((t) => t !== r.table),
  }));
}

/**
 * Whether a rule's outcome says its own timing (「标准时间为48小时」, 「冰箱拉修为120小时」). Such a rule is asked by its timing
 * question only — the same case, 「冰箱拉修为＿＿」, timings in words as options — since as outcomes the options each restate
 * their own case (冰箱, 一二级) and a trainee could match the case's words instead of knowing the deadline.
 */
export function outcomeIsTiming(rule: RuleJson): boolean {
  return rule.timings.some((timing) => maskTiming(rule.outcome, timing) !== rule.outcome);
}
