// Decision-table analysis: facts (declared or inferred), each rule's constraints, gaps (values no rule of a family
// covers) and overlaps (two rules with different outcomes that can both match). Pure; used by validation and compile.
import type { DecisionTableNode, Span } from '../ast/nodes.js';
import { booleanValue, fitsUnit, numericValue, parseCondition, parseFactSpec, type Condition, type FactKind } from '../syntax/condition.js';

export interface Fact {
  readonly name: string;
  readonly kind: FactKind;
  /** Enum values, or the yes/no spellings (canonical `是`/`否` or as declared). */
  readonly values: readonly string[];
  readonly unit: string | undefined;
  readonly declared: boolean;
}

export type Constraint =
  | { readonly kind: 'number'; readonly lo: number; readonly loIn: boolean; readonly hi: number; readonly hiIn: boolean }
  | { readonly kind: 'set'; readonly values: ReadonlySet<string> };

export interface RuleInfo {
  readonly index: number;
  readonly label: string;
  readonly outcome: string;
  readonly span: Span;
  readonly conditions: readonly { readonly condition: Condition | undefined; readonly text: string; readonly span: Span }[];
  readonly constraints: ReadonlyMap<string, Constraint>;
  /** Whether every condition was read into a constraint (not so after an unreadable condition, unknown fact or bad value). */
  readonly complete: boolean;
}

export type TableProblem =
  | { readonly type: 'bad-fact'; readonly span: Span; readonly text: string }
  | { readonly type: 'bad-condition'; readonly span: Span; readonly text: string }
  | { readonly type: 'unknown-fact'; readonly span: Span; readonly fact: string; readonly known: readonly string[] }
  | { readonly type: 'bad-value'; readonly span: Span; readonly fact: string; readonly value: string; readonly expected: string };

export interface Gap {
  readonly fact: string;
  /** Human-readable uncovered values (`30天`, `30天 < 购买天数 < 40天`, `三四级`). */
  readonly uncovered: readonly string[];
  /** The conditions the family shares (`质量问题 = 是`). */
  readonly context: string;
  readonly rules: readonly RuleInfo[];
}

export interface Overlap {
  readonly first: RuleInfo;
  readonly second: RuleInfo;
  /** Values for which both match, one per fact. */
  readonly witness: readonly string[];
}

export interface TableAnalysis {
  readonly facts: ReadonlyMap<string, Fact>;
  readonly rules: readonly RuleInfo[];
  readonly problems: readonly TableProblem[];
  readonly gaps: readonly Gap[];
  readonly overlaps: readonly Overlap[];
}

const everything = { kind: 'number', lo: -Infinity, loIn: false, hi: Infinity, hiIn: false } as const;

export function analyseTable(table: DecisionTableNode): TableAnalysis {
  const problems: TableProblem[] = [];
  const facts = new Map<string, Fact>();
  for (const line of table.facts) {
    const spec = parseFactSpec(line.value.text);
    if (!spec) problems.push({ type: 'bad-fact', span: line.value.span, text: line.value.text });
    else facts.set(spec.name, { ...spec, declared: true });
  }
  const names = [...facts.keys()];
  const parsed = table.rules.map((rule) => rule.conditions.map((c) => ({ condition: parseCondition(c.value.text, names), text: c.value.text, span: c.value.span })));
  for (const conditions of parsed) for (const c of conditions) if (!c.condition) problems.push({ type: 'bad-condition', span: c.span, text: c.text });
  // Note: once a table declares its facts, an undeclared one is a mistake (a typo), not a new fact.
  if (facts.size === 0) inferFacts(facts, parsed.flat().map((c) => c.condition).filter((c): c is Condition => c !== undefined));

  const numberText = new Map<number, string>();
  const rules: RuleInfo[] = table.rules.map((rule, index) => {
    const constraints = new Map<string, Constraint>();
    let complete = true;
    for (const c of parsed[index]!) {
      if (!c.condition) {
        complete = false;
        continue;
      }
      const fact = facts.get(c.condition.fact);
      if (!fact) {
        problems.push({ type: 'unknown-fact', span: c.span, fact: c.condition.fact, known: [...facts.keys()] });
        complete = false;
        continue;
      }
      const constraint = toConstraint(fact, c.condition, numberText);
      if (typeof constraint === 'string') {
        problems.push({ type: 'bad-value', span: c.span, fact: fact.name, value: c.condition.values.join('、'), expected: constraint });
        complete = false;
        continue;
      }
      const before = constraints.get(fact.name);
      constraints.set(fact.name, before ? intersect(before, constraint) : constraint);
    }
    const label = rule.label?.text ?? `#${index + 1}`;
    return { index, label, outcome: rule.value.text, span: rule.keyword.span, conditions: parsed[index]!, constraints, complete };
  });
  return { facts, rules, problems, gaps: findGaps(facts, rules, numberText), overlaps: findOverlaps(facts, rules, numberText) };
}

function inferFacts(facts: Map<string, Fact>, conditions: readonly Condition[]): void {
  const seen = new Map<string, string[]>();
  for (const c of conditions) if (!facts.has(c.fact)) seen.set(c.fact, [...(seen.get(c.fact) ?? []), ...c.values]);
  for (const [name, values] of seen) {
    if (values.every((v) => numericValue(v) !== undefined)) facts.set(name, { name, kind: 'number', values: [], unit: undefined, declared: false });
    else if (values.every((v) => booleanValue(v) !== undefined)) facts.set(name, { name, kind: 'boolean', values: ['是', '否'], unit: undefined, declared: false });
    else facts.set(name, { name, kind: 'enum', values: [...new Set(values)], unit: undefined, declared: false });
  }
}

/** The constraint of one condition, or a description of what was expected. */
function toConstraint(fact: Fact, c: Condition, numberText: Map<number, string>): Constraint | string {
  if (fact.kind === 'number') {
    const n = c.values.length === 1 ? numericValue(c.values[0]!) : undefined;
    if (n === undefined || c.op === 'in' || c.op === '!=' || (fact.unit && !fitsUnit(c.values[0]!, fact.unit))) return fact.unit ? `${fact.unit}` : '数值';
    if (!numberText.has(n)) numberText.set(n, c.values[0]!);
    switch (c.op) {
      case '<': return { ...everything, hi: n, hiIn: false };
      case '<=': return { ...everything, hi: n, hiIn: true };
      case '>': return { ...everything, lo: n, loIn: false };
      case '>=': return { ...everything, lo: n, loIn: true };
      default: return { kind: 'number', lo: n, loIn: true, hi: n, hiIn: true };
    }
  }
  const canonical = (v: string) => (fact.kind === 'boolean' ? canonicalBoolean(fact, v) : fact.values.includes(v) ? v : undefined);
  const values = c.values.map(canonical);
  if (values.some((v) => v === undefined) || ['<', '<=', '>', '>='].includes(c.op)) return fact.values.join('/');
  const set = new Set(values as string[]);
  return { kind: 'set', values: c.op === '!=' ? new Set(fact.values.filter((v) => !set.has(v))) : set };
}

function canonicalBoolean(fact: Fact, value: string): string | undefined {
  const b = booleanValue(value);
  if (b === undefined) return undefined;
  return fact.values.find((v) => booleanValue(v) === b);
}

/** Both constraints at once (of one fact, so of one kind; otherwise the first is kept). */
export function intersect(a: Constraint, b: Constraint): Constraint {
  if (a.kind === 'number' && b.kind === 'number') {
    const lo = a.lo > b.lo ? a : b.lo > a.lo ? b : { lo: a.lo, loIn: a.loIn && b.loIn };
    const hi = a.hi < b.hi ? a : b.hi < a.hi ? b : { hi: a.hi, hiIn: a.hiIn && b.hiIn };
    return { kind: 'number', lo: lo.lo, loIn: lo.loIn, hi: hi.hi, hiIn: hi.hiIn };
  }
  if (a.kind === 'set' && b.kind === 'set') return { kind: 'set', values: new Set([...a.values].filter((v) => b.values.has(v))) };
  return a;
}

/** Whether no value satisfies a constraint. */
export function isEmpty(c: Constraint): boolean {
  if (c.kind === 'set') return c.values.size === 0;
  return c.lo > c.hi || (c.lo === c.hi && !(c.loIn && c.hiIn));
}

function describeConstraint(fact: string, c: Constraint, text: (n: number) => string): string {
  if (c.kind === 'set') return `${fact} = ${[...c.values].join('/')}`;
  if (c.lo === c.hi) return `${fact} = ${text(c.lo)}`;
  const parts: string[] = [];
  if (c.lo !== -Infinity) parts.push(`${text(c.lo)} ${c.loIn ? '≤' : '<'}`);
  parts.push(fact);
  if (c.hi !== Infinity) parts.push(`${c.hiIn ? '≤' : '<'} ${text(c.hi)}`);
  return parts.join(' ');
}

function findGaps(facts: ReadonlyMap<string, Fact>, rules: readonly RuleInfo[], numberText: ReadonlyMap<number, string>): Gap[] {
  const text = (n: number) => numberText.get(n) ?? String(n);
  const gaps: Gap[] = [];
  for (const fact of facts.values()) {
    const families = new Map<string, RuleInfo[]>();
    for (const rule of rules) {
      if (!rule.constraints.has(fact.name)) continue;
      const key = [...rule.constraints].filter(([name]) => name !== fact.name).map(([name, c]) => describeConstraint(name, c, text)).sort().join('；');
      families.set(key, [...(families.get(key) ?? []), rule]);
    }
    for (const [context, family] of families) {
      if (family.length < 2) continue;
      const uncovered = fact.kind === 'number'
        ? numberHoles(family.map((r) => r.constraints.get(fact.name)!).filter((c): c is Extract<Constraint, { kind: 'number' }> => c.kind === 'number'), fact.name, text)
        : fact.values.filter((v) => !family.some((r) => { const c = r.constraints.get(fact.name)!; return c.kind === 'set' && c.values.has(v); })).map((v) => `${fact.name} = ${v}`);
      if (uncovered.length > 0) gaps.push({ fact: fact.name, uncovered, context, rules: family });
    }
  }
  return gaps;
}

/** Values between the family's lowest and highest covered value that no interval covers. */
function numberHoles(intervals: Extract<Constraint, { kind: 'number' }>[], fact: string, text: (n: number) => string): string[] {
  const sorted = intervals.filter((c) => !isEmpty(c)).sort((a, b) => a.lo - b.lo || Number(b.loIn) - Number(a.loIn));
  const holes: string[] = [];
  let hi = sorted[0]?.hi ?? -Infinity;
  let hiIn = sorted[0]?.hiIn ?? false;
  for (const next of sorted.slice(1)) {
    if (next.lo > hi) {
      holes.push(describeConstraint(fact, { kind: 'number', lo: hi, loIn: !hiIn, hi: next.lo, hiIn: !next.loIn }, text));
    } else if (next.lo === hi && !hiIn && !next.loIn) {
      holes.push(`${fact} = ${text(hi)}`);
    }
    if (next.hi > hi) {
      hi = next.hi;
      hiIn = next.hiIn;
    } else if (next.hi === hi) {
      hiIn ||= next.hiIn;
    }
  }
  return holes;
}

function findOverlaps(facts: ReadonlyMap<string, Fact>, rules: readonly RuleInfo[], numberText: ReadonlyMap<number, string>): Overlap[] {
  const text = (n: number) => numberText.get(n) ?? String(n);
  const overlaps: Overlap[] = [];
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i]!;
      const b = rules[j]!;
      if (a.outcome === b.outcome) continue;
      const witness: string[] = [];
      let disjoint = false;
      for (const name of new Set([...a.constraints.keys(), ...b.constraints.keys()])) {
        const ca = a.constraints.get(name);
        const cb = b.constraints.get(name);
        const both = ca && cb ? intersect(ca, cb) : (ca ?? cb)!;
        if (isEmpty(both)) {
          disjoint = true;
          break;
        }
        witness.push(example(name, both, text));
      }
      // Note: a rule with a condition that could not be read (or names an unknown fact or value) is reported for that;
      // its overlaps would be guesses.
      if (!disjoint && a.complete && b.complete && witness.length > 0) overlaps.push({ first: a, second: b, witness });
    }
  }
  return overlaps;
}

function example(fact: string, c: Constraint, text: (n: number) => string): string {
  if (c.kind === 'set') return `${fact} = ${[...c.values][0]}`;
  if (c.hiIn && c.hi !== Infinity) return `${fact} = ${text(c.hi)}`;
  if (c.loIn && c.lo !== -Infinity) return `${fact} = ${text(c.lo)}`;
  return describeConstraint(fact, c, text);
}
