// Concrete cases for decision-table questions: values inside a rule's conditions (「购买天数 > 15天 且 < 30天」 → 20 天),
// completed so that no rule with another outcome can apply (nor, where the table's own facts can say so, a rule of a sibling
// table), and kept only when the evaluation against every rule and the checker's gaps agrees.
import { amountWords, type DecisionTableJson, type Language, type RuleJson } from '@sopkit/core';
import { normalise } from './normalise.js';
import {
  caseFacts, caseUnitSeconds, evaluateCase, fitOf, isEmpty, readNumber, ruleConstraints, type CaseFact, type CaseUnit, type Constraint, type ReadNumber, type TableCase,
  type TableFact,
} from './table-logic.js';

/** Most cases kept per rule (a question picks one of them with the drill's generator). */
export const maxCasesPerRule = 6;
/** Most value combinations tried per rule. */
const maxCombinations = 256;
/** Most candidate values per numeric fact. */
const maxNumberCandidates = 6;

type Interval = Extract<Constraint, { kind: 'number' }>;

/** Whether a case is fair for a rule: the rule matches, no rule with another outcome matches or could match, and no gap holds it. */
export function caseIsFair(table: DecisionTableJson, rule: RuleJson, c: TableCase): boolean {
  const verdict = evaluateCase(table, c);
  const outcome = normalise(rule.outcome);
  const rival = (r: RuleJson) => normalise(r.outcome) !== outcome;
  return verdict.matching.includes(rule) && !verdict.matching.some(rival) && !verdict.possible.some(rival) && !verdict.inGap;
}

/**
 * Up to `maxCasesPerRule` fair cases for a rule, spread over its values; empty when the rule cannot be asked fairly. Where a
 * rule of a sibling table (the process's other tables) with another outcome tests a fact this table also has, the case says a
 * value of that fact that rules it out, when the case stays fair: 「特价品或赠品：是，质量问题：否」, so that the policy's free
 * repair (「质量问题 = 是」) offered beside 「恕不退换」 is wrong for the case, not merely another table's answer.
 */
export function ruleCases(table: DecisionTableJson, rule: RuleJson, language: Language, siblings: readonly DecisionTableJson[] = []): TableCase[] {
  const constraints = ruleConstraints(table, rule);
  if ([...constraints.values()].some((c) => c.kind === 'unknown' || isEmpty(c))) return [];
  const bounds = tableBounds(table);
  const choices: CaseFact[][] = [];
  for (const fact of table.facts) {
    const constraint = constraints.get(fact.name);
    if (!constraint) continue;
    const values = candidates(fact, constraint, bounds.get(fact.name) ?? [], language);
    if (values.length === 0) return [];
    choices.push(values);
  }
  const fair: TableCase[] = [];
  for (const combination of product(choices, maxCombinations)) {
    const completed = complete(table, rule, combination, bounds, language);
    if (completed && caseIsFair(table, rule, completed)) fair.push(ruleOutSiblings(table, rule, completed, siblings, bounds, language));
  }
  return spread(fair, maxCasesPerRule);
}

/** Every number a table's conditions compare a fact with, as written (for units and to keep cases off the boundaries). */
function tableBounds(table: DecisionTableJson): Map<string, ReadNumber[]> {
  const bounds = new Map<string, ReadNumber[]>();
  for (const rule of table.rules) {
    for (const condition of rule.conditions) {
      const n = condition.values.length === 1 ? readNumber(condition.values[0]!, condition.duration) : undefined;
      if (n) bounds.set(condition.fact, [...(bounds.get(condition.fact) ?? []), n]);
    }
  }
  return bounds;
}

function candidates(fact: TableFact, constraint: Constraint, bounds: readonly ReadNumber[], language: Language): CaseFact[] {
  if (constraint.kind === 'set') return fact.values.filter((v) => constraint.values.has(v)).map((v) => ({ fact: fact.name, text: v, number: null }));
  if (constraint.kind === 'number' && fact.kind === 'number') return numberCandidates(fact.name, constraint, bounds, language);
  return [];
}

/**
 * Whole amounts strictly inside an interval, in the smallest unit its bounds are written in (15天–3个月 → days), off every
 * boundary the table uses when possible; unbounded sides stop at a plausible distance.
 */
function numberCandidates(fact: string, interval: Interval, bounds: readonly ReadNumber[], language: Language): CaseFact[] {
  const edges = bounds.filter((b) => b.value === interval.lo || b.value === interval.hi);
  const units = (edges.length > 0 ? edges : bounds).map((b) => b.unit).filter((u): u is CaseUnit => u !== null);
  const unit = units.sort((a, b) => caseUnitSeconds(a) - caseUnitSeconds(b))[0] ?? null;
  const scale = unit ? caseUnitSeconds(unit) : 1;
  const suffix = unit ? '' : (edges[0] ?? bounds[0])?.suffix ?? '';
  const lo = interval.lo / scale;
  const hi = interval.hi / scale;
  const start = Number.isFinite(lo) ? (interval.loIn ? Math.ceil(lo) : Math.floor(lo) + 1) : Number.isFinite(hi) && hi <= 1 ? Math.floor(hi) - 5 : 1;
  const end = Number.isFinite(hi) ? (interval.hiIn ? Math.floor(hi) : Math.ceil(hi) - 1) : Math.max(start * 2, start + 5);
  if (start > end) return [];
  const amounts = spreadRange(start, end, 40);
  const onBoundary = (k: number) => bounds.some((b) => b.value === k * scale);
  const inside = amounts.filter((k) => !onBoundary(k));
  return spread(inside.length > 0 ? inside : amounts, maxNumberCandidates).map((k) => ({
    fact,
    text: unit ? amountWords(k, unit, language) : `${k}${suffix}`,
    number: k * scale,
  }));
}

/** A value of a fact that fails a constraint (to rule out a rule with another outcome), or null. */
function contradicting(fact: TableFact, constraint: Constraint, bounds: readonly ReadNumber[], language: Language): CaseFact | null {
  if (constraint.kind === 'set') {
    const value = fact.values.find((v) => !constraint.values.has(v));
    return value === undefined ? null : { fact: fact.name, text: value, number: null };
  }
  if (constraint.kind !== 'number' || fact.kind !== 'number') return null;
  const sides: Interval[] = [
    { kind: 'number', lo: -Infinity, loIn: false, hi: constraint.lo, hiIn: !constraint.loIn },
    { kind: 'number', lo: constraint.hi, loIn: !constraint.hiIn, hi: Infinity, hiIn: false },
  ];
  for (const side of sides) {
    if (side.hi === -Infinity || side.lo === Infinity) continue;
    const values = numberCandidates(fact.name, side, bounds, language);
    if (values.length > 0) return values[Math.floor(values.length / 2)]!;
  }
  return null;
}

/** Adds values for facts the rule does not test until every rule with another outcome is ruled out; null when that fails. */
function complete(table: DecisionTableJson, rule: RuleJson, start: readonly CaseFact[], bounds: ReadonlyMap<string, ReadNumber[]>, language: Language): TableCase | null {
  const facts = new Map(start.map((f) => [f.fact, f]));
  const outcome = normalise(rule.outcome);
  const rivals = table.rules.filter((r) => normalise(r.outcome) !== outcome).map((r) => ruleConstraints(table, r));
  for (let open = rivals.find((c) => fitOf(c, facts) !== 'excluded'); open; open = rivals.find((c) => fitOf(c, facts) !== 'excluded')) {
    if (fitOf(open, facts) === 'match') return null;
    let added = false;
    for (const fact of table.facts) {
      const constraint = open.get(fact.name);
      if (facts.has(fact.name) || !constraint) continue;
      const value = contradicting(fact, constraint, bounds.get(fact.name) ?? [], language);
      if (!value) continue;
      facts.set(fact.name, value);
      added = true;
      break;
    }
    if (!added) return null;
  }
  return inTableOrder(table, facts);
}

/**
 * Adds values that rule out sibling rules with another outcome, each only if the case stays fair: a fact of the table's own
 * where one can (「质量问题：否」), else, when the sibling is about the same thing (the two tables share a fact), a fact of the
 * sibling's (「特价品或赠品：否」), so that the sibling's outcome is plainly wrong
 * for the case and can be offered as a wrong option — without it 「恕不退换」 was never a wrong option of the policy's warranty
 * cases, and a trainee could pick it whenever it was shown.
 */
function ruleOutSiblings(
  table: DecisionTableJson, rule: RuleJson, start: TableCase, siblings: readonly DecisionTableJson[], bounds: ReadonlyMap<string, ReadNumber[]>, language: Language,
): TableCase {
  const outcome = normalise(rule.outcome);
  let facts = caseFacts(start);
  const related = siblings.filter((s) => s.facts.some((f) => table.facts.some((t) => t.name === f.name)));
  const order = [...table.facts, ...related.flatMap((s) => s.facts)];
  for (const sibling of siblings) {
    const siblingBounds = tableBounds(sibling);
    for (const other of sibling.rules) {
      if (normalise(other.outcome) === outcome || other.uncertain.length > 0) continue;
      const constraints = ruleConstraints(sibling, other);
      if (fitOf(constraints, facts) === 'excluded') continue;
      const own = table.facts.map((fact) => ({ fact, bounds: bounds.get(fact.name) ?? [] }));
      const theirs = (related.includes(sibling) ? sibling.facts : []).filter((f) => !table.facts.some((t) => t.name === f.name)).map((fact) => ({ fact, bounds: siblingBounds.get(fact.name) ?? [] }));
      for (const { fact, bounds: factBounds } of [...own, ...theirs]) {
        const constraint = constraints.get(fact.name);
        const value = facts.has(fact.name) || !constraint ? null : contradicting(fact, constraint, factBounds, language);
        if (!value) continue;
        const tried = new Map(facts).set(fact.name, value);
        if (!caseIsFair(table, rule, inOrder(order, tried))) continue;
        facts = tried;
        break;
      }
    }
  }
  return inOrder(order, facts);
}

/** A case of the given facts, in the order the table declares them. */
function inTableOrder(table: DecisionTableJson, facts: ReadonlyMap<string, CaseFact>): TableCase {
  return inOrder(table.facts, facts);
}

/** A case of the given facts in the order of `declared` (a fact declared twice counts where it first is). */
function inOrder(declared: readonly TableFact[], facts: ReadonlyMap<string, CaseFact>): TableCase {
  const names = [...new Set(declared.map((f) => f.name))];
  return { facts: names.map((name) => facts.get(name)).filter((f): f is CaseFact => f !== undefined) };
}

/** The combinations of one value per list, at most `cap` of them. */
function product<T>(lists: readonly (readonly T[])[], cap: number): T[][] {
  let out: T[][] = [[]];
  for (const list of lists) {
    const next: T[][] = [];
    for (const head of out) for (const item of list) if (next.length < cap) next.push([...head, item]);
    out = next;
  }
  return out;
}

/** Up to `n` items spread evenly over a list (first and last included). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}

/** Up to `n` whole numbers spread evenly from `start` to `end`. */
function spreadRange(start: number, end: number, n: number): number[] {
  const count = end - start + 1;
  if (count <= n) return Array.from({ length: count }, (_, i) => start + i);
  return [...new Set(Array.from({ length: n }, (_, i) => start + Math.round((i * (count - 1)) / (n - 1))))];
}
