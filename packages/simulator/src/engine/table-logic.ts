// Decision-table logic for drill cases: a rule's conditions as constraints, whether a rule matches, may match or cannot
// match a case, and whether a case falls into a gap the checker reported. Pure; the compiled JSON is the only input.
import { intersectConstraints, isEmptyConstraint, parseTiming, type ConditionJson, type DecisionTableJson, type RuleJson, type TableConstraint } from '@sopkit/core';
import { durationSeconds, smallestUnit, unitSeconds, type DurationUnit } from './iso-duration.js';

/** A fact declaration of a table. */
export type TableFact = DecisionTableJson['facts'][number];

/** What a rule (or a gap) requires of one fact; `unknown` when the condition cannot be read, so it never rules anything out. */
export type Constraint = TableConstraint | { readonly kind: 'unknown' };

/** The value of one fact in a case: a number (seconds for durations) or one of the fact's values. */
export interface CaseFact {
  readonly fact: string;
  /** As shown to the trainee: 「20 天」, 「是」, 「家用空调」. */
  readonly text: string;
  /** Numbers: the amount (seconds for durations); null for yes/no and enumerated facts, whose value is `text`. */
  readonly number: number | null;
}

/** A concrete situation: values for some of a table's facts (facts a rule does not test may be left out). */
export interface TableCase {
  readonly facts: readonly CaseFact[];
}

/** How a rule relates to a case: every condition holds, none fails but some fact is not given, or a condition fails. */
export type RuleFit = 'match' | 'possible' | 'excluded';

/** A unit of a duration as a condition writes it; `workday` is a day counted in working days (`3个工作日`). */
export type CaseUnit = DurationUnit | 'workday';

/** Seconds per unit; a working day counts as a day, so that the values of one fact in working days compare. */
export function caseUnitSeconds(unit: CaseUnit): number {
  return unitSeconds[unit === 'workday' ? 'day' : unit];
}

/** A number as a condition writes it, with its unit: `15天` → 15 days in seconds; `3次` → 3 with unit text `次`. */
export interface ReadNumber {
  readonly value: number;
  /** Duration unit of the value as written (`3个月` → month, `3个工作日` → workday), or null for plain numbers. */
  readonly unit: CaseUnit | null;
  /** For plain numbers: what follows the digits (`次`, `元`), shown with candidate values. */
  readonly suffix: string;
}

/** Reads a condition value as a number; `iso` is the compiler's ISO 8601 reading of a value with a time unit. */
export function readNumber(text: string, iso?: string | null): ReadNumber | undefined {
  const timing = parseTiming(text);
  const duration = iso ?? (timing?.kind === 'duration' && timing.durationMax === undefined ? timing.duration : undefined);
  if (duration) {
    const seconds = durationSeconds(duration);
    const unit = timing?.workingDays ? 'workday' : smallestUnit(duration);
    if (Number.isFinite(seconds)) return { value: seconds, unit, suffix: '' };
  }
  const plain = /^(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(text.trim());
  return plain ? { value: Number(plain[1]), unit: null, suffix: plain[2]! } : undefined;
}

const unknown: Constraint = { kind: 'unknown' };
const everything = { kind: 'number', lo: -Infinity, loIn: false, hi: Infinity, hiIn: false } as const;

/** The constraint of one condition on a fact of the table. */
export function conditionConstraint(fact: TableFact, condition: ConditionJson): Constraint {
  if (fact.kind === 'number') {
    const n = condition.values.length === 1 ? readNumber(condition.values[0]!, condition.duration)?.value : undefined;
    if (n === undefined) return unknown;
    switch (condition.op) {
      case '<': return { ...everything, hi: n, hiIn: false };
      case '<=': return { ...everything, hi: n, hiIn: true };
      case '>': return { ...everything, lo: n, loIn: false };
      case '>=': return { ...everything, lo: n, loIn: true };
      case '=': return { kind: 'number', lo: n, loIn: true, hi: n, hiIn: true };
      default: return unknown;
    }
  }
  if (!condition.values.every((v) => fact.values.includes(v))) return unknown;
  const named = new Set(condition.values);
  switch (condition.op) {
    case '=':
    case 'in': return { kind: 'set', values: named };
    case '!=': return { kind: 'set', values: new Set(fact.values.filter((v) => !named.has(v))) };
    default: return unknown;
  }
}

/** Constraints already worked out, per rule object (compiled JSON is never changed, so a rule's constraints never change). */
const known = new WeakMap<RuleJson, ReadonlyMap<string, Constraint>>();

/** What a rule requires, fact by fact (conditions on the same fact intersected); facts the table does not declare are unknown. */
export function ruleConstraints(table: DecisionTableJson, rule: RuleJson): ReadonlyMap<string, Constraint> {
  const cached = known.get(rule);
  if (cached) return cached;
  const constraints = readConstraints(table, rule);
  known.set(rule, constraints);
  return constraints;
}

function readConstraints(table: DecisionTableJson, rule: RuleJson): Map<string, Constraint> {
  const facts = new Map(table.facts.map((f) => [f.name, f]));
  const out = new Map<string, Constraint>();
  for (const condition of rule.conditions) {
    const fact = facts.get(condition.fact);
    const constraint = fact ? conditionConstraint(fact, condition) : unknown;
    const before = out.get(condition.fact);
    out.set(condition.fact, before ? intersect(before, constraint) : constraint);
  }
  return out;
}

/** Both constraints at once; anything with `unknown` stays unknown. */
export function intersect(a: Constraint, b: Constraint): Constraint {
  return a.kind === 'unknown' || b.kind === 'unknown' || a.kind !== b.kind ? unknown : intersectConstraints(a, b);
}

/** Whether no value satisfies a constraint. */
export function isEmpty(c: Constraint): boolean {
  return c.kind !== 'unknown' && isEmptyConstraint(c);
}

/** Whether a fact's value satisfies a constraint (an unknown constraint is never known to fail). */
export function satisfies(c: Constraint, value: CaseFact): boolean | undefined {
  if (c.kind === 'unknown') return undefined;
  if (c.kind === 'set') return value.number === null && c.values.has(value.text);
  if (value.number === null) return false;
  const n = value.number;
  return (n > c.lo || (c.loIn && n === c.lo)) && (n < c.hi || (c.hiIn && n === c.hi));
}

/** How constraints relate to a case. */
export function fitOf(constraints: ReadonlyMap<string, Constraint>, facts: ReadonlyMap<string, CaseFact>): RuleFit {
  let open = false;
  for (const [name, constraint] of constraints) {
    const value = facts.get(name);
    const ok = value === undefined ? undefined : satisfies(constraint, value);
    if (ok === false) return 'excluded';
    if (ok === undefined) open = true;
  }
  return open ? 'possible' : 'match';
}

/** A case's facts by name. */
export function caseFacts(c: TableCase): Map<string, CaseFact> {
  return new Map(c.facts.map((f) => [f.fact, f]));
}

/** Whether the case has a value that one of the checker's gaps reports as uncovered (in a context the case does not contradict). */
export function inGap(table: DecisionTableJson, c: TableCase): boolean {
  const facts = caseFacts(c);
  const byName = new Map(table.facts.map((f) => [f.name, f]));
  return table.gaps.some((gap) => {
    const value = facts.get(gap.fact);
    const fact = byName.get(gap.fact);
    if (!value || !fact) return false;
    const context = gap.context.split('；').filter((part) => part.trim() !== '');
    const contradicted = context.some((part) => {
      const described = describedConstraint(part, table.facts);
      const given = described ? facts.get(described.fact) : undefined;
      return described !== null && given !== undefined && satisfies(described.constraint, given) === false;
    });
    if (contradicted) return false;
    return gap.uncovered.some((text) => {
      const hole = describedConstraint(text, [fact]);
      return hole === null || satisfies(hole.constraint, value) !== false;
    });
  });
}

/**
 * Reads a constraint as the checker describes it in gaps (`购买天数 = 30天`, `30天 < 购买天数 < 40天`, `质量问题 = 是/否`);
 * null when the text names none of the facts or cannot be read.
 */
export function describedConstraint(text: string, facts: readonly TableFact[]): { fact: string; constraint: Constraint } | null {
  const trimmed = text.trim();
  for (const fact of [...facts].sort((a, b) => b.name.length - a.name.length)) {
    const at = trimmed.indexOf(fact.name);
    if (at === -1) continue;
    const left = trimmed.slice(0, at).trim();
    const right = trimmed.slice(at + fact.name.length).trim();
    if (left === '' && right.startsWith('=')) {
      const value = right.slice(1).trim();
      if (fact.kind !== 'number') return { fact: fact.name, constraint: { kind: 'set', values: new Set(value.split('/')) } };
      const n = readNumber(value)?.value;
      return n === undefined ? null : { fact: fact.name, constraint: { kind: 'number', lo: n, loIn: true, hi: n, hiIn: true } };
    }
    const low = /^(.+?)\s*(<|≤)$/.exec(left);
    const high = /^(<|≤)\s*(.+)$/.exec(right);
    if ((left !== '' && !low) || (right !== '' && !high) || (!low && !high)) return null;
    const lo = low ? readNumber(low[1]!)?.value : -Infinity;
    const hi = high ? readNumber(high[2]!)?.value : Infinity;
    if (lo === undefined || hi === undefined) return null;
    return { fact: fact.name, constraint: { kind: 'number', lo, loIn: low?.[2] === '≤', hi, hiIn: high?.[1] === '≤' } };
  }
  return null;
}

/** What the rules of a table say about a case. */
export interface CaseVerdict {
  /** Rules whose every condition holds. */
  readonly matching: readonly RuleJson[];
  /** Rules that could still hold (no condition fails, some fact is not given). */
  readonly possible: readonly RuleJson[];
  readonly inGap: boolean;
}

/** Evaluates a case against every rule of its table. */
export function evaluateCase(table: DecisionTableJson, c: TableCase): CaseVerdict {
  const facts = caseFacts(c);
  const matching: RuleJson[] = [];
  const possible: RuleJson[] = [];
  for (const rule of table.rules) {
    const fit = fitOf(ruleConstraints(table, rule), facts);
    if (fit === 'match') matching.push(rule);
    else if (fit === 'possible') possible.push(rule);
  }
  return { matching, possible, inGap: inGap(table, c) };
}
