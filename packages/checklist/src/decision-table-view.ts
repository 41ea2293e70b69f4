// Decision tables laid out for print: one column per fact, one row per rule with its condition on each fact, the checker's findings in words.
import type { ConditionJson, DecisionTableJson, RuleJson } from '@sopkit/core';
import type { LabelLanguage } from './labels.js';

/** A rule's condition on one fact in words (`≤ 7天`, `> 15天 且 < 30天`, `是`); null when the rule does not test the fact. */
export interface RuleCell {
  readonly fact: string;
  readonly text: string | null;
}

/** A rule as a row of its table: every field of the compiled rule, plus its cells. */
export type RuleRow = RuleJson & {
  /** The rule's name as printed: its label (`R1`), or its 1-based position in the table. */
  readonly name: string;
  /** One cell per column, in column order. */
  readonly cells: readonly RuleCell[];
  /** Only the facts the rule tests, in column order (for one-line layouts such as an audit row). */
  readonly tests: readonly { readonly fact: string; readonly text: string }[];
};

/** What the checker found in a table, in words: a value no rule covers, or two rules that can both apply. */
export interface TableFinding {
  readonly kind: 'gap' | 'overlap';
  readonly text: string;
}

/** A decision table as templates see it: every field of the compiled table, plus columns, rows and findings. */
export type TableView = DecisionTableJson & {
  /** The fact names, one column each: the declared facts, then any fact a rule tests without a declaration. */
  readonly columns: readonly string[];
  readonly rows: readonly RuleRow[];
  readonly findings: readonly TableFinding[];
};

type Words = Record<LabelLanguage, string>;

const conjunction: Words = { 'zh-CN': ' 且 ', 'zh-TW': ' 且 ', en: ' and ' };
const listSeparator: Words = { 'zh-CN': '、', 'zh-TW': '、', en: ', ' };
const symbols: Record<string, string> = { '=': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/**
 * One condition in words, under its fact's column: a comparison keeps its symbol (`≤ 7天`); equality with a yes/no or
 * enumerated value is the value alone (`是`); a set is its values (`家用空调、洗衣机`).
 */
export function conditionWords(condition: Pick<ConditionJson, 'op' | 'values'>, factKind: string | undefined, language: LabelLanguage): string {
  const values = condition.values.join(listSeparator[language]);
  if (condition.op === 'in' || (condition.op === '=' && factKind !== 'number')) return values;
  return `${symbols[condition.op] ?? condition.op} ${values}`;
}

const gapWords: Record<LabelLanguage, (uncovered: string, context: string, rules: string) => string> = {
  'zh-CN': (u, c, r) => `无规则覆盖：${u}（${c ? `当 ${c}，` : ''}相关规则 ${r}）`,
  'zh-TW': (u, c, r) => `無規則覆蓋：${u}（${c ? `當 ${c}，` : ''}相關規則 ${r}）`,
  en: (u, c, r) => `No rule covers ${u} (${c ? `if ${c}; ` : ''}rules ${r})`,
};

const overlapWords: Record<LabelLanguage, (a: string, b: string, witness: string) => string> = {
  'zh-CN': (a, b, w) => `规则 ${a} 与 ${b} 可能同时适用，例如 ${w}`,
  'zh-TW': (a, b, w) => `規則 ${a} 與 ${b} 可能同時適用，例如 ${w}`,
  en: (a, b, w) => `Rules ${a} and ${b} can both apply, e.g. ${w}`,
};

/** Lays out a compiled decision table for print. */
export function tableView(table: DecisionTableJson, language: LabelLanguage): TableView {
  const kinds = new Map(table.facts.map((fact) => [fact.name, fact.kind as string]));
  const columns = [...new Set([...table.facts.map((f) => f.name), ...table.rules.flatMap((r) => r.conditions.map((c) => c.fact))])];
  const rows: RuleRow[] = table.rules.map((rule, index) => {
    const cells = columns.map((fact) => {
      const conditions = rule.conditions.filter((c) => c.fact === fact);
      const text = conditions.length === 0 ? null : conditions.map((c) => conditionWords(c, kinds.get(fact), language)).join(conjunction[language]);
      return { fact, text };
    });
    return {
      ...rule,
      name: rule.label ?? String(index + 1),
      cells,
      tests: cells.flatMap((cell) => (cell.text === null ? [] : [{ fact: cell.fact, text: cell.text }])),
    };
  });
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const ruleNames = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(listSeparator[language]);
  const findings: TableFinding[] = [
    ...table.gaps.map((gap) => ({ kind: 'gap' as const, text: gapWords[language](gap.uncovered.join(listSeparator[language]), gap.context, ruleNames(gap.rules)) })),
    ...table.overlaps.map((overlap) => ({
      kind: 'overlap' as const,
      text: overlapWords[language](names.get(overlap.rules[0]) ?? overlap.rules[0], names.get(overlap.rules[1]) ?? overlap.rules[1], overlap.witness),
    })),
  ];
  return { ...table, columns, rows, findings };
}
