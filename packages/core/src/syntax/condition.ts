// Decision-table conditions (`购买天数 <= 7天`, `质量问题 = 是`, `产品 属于 彩电、冰箱`) and fact declarations
// (`购买天数 = 天数`, `质量问题 = 是/否`, `市场级别 = 一二级、三级`).
import { asciiDigits } from './digits.js';
import { durationParts, parseTiming, unitSeconds } from './timing.js';

export type ConditionOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';

export interface Condition {
  readonly fact: string;
  readonly op: ConditionOp;
  /** The value(s) as written. */
  readonly values: readonly string[];
}

export type FactKind = 'number' | 'boolean' | 'enum';

export interface FactSpec {
  readonly name: string;
  readonly kind: FactKind;
  /** For enums: the declared values; for booleans: the two spellings. */
  readonly values: readonly string[];
  /** For numbers: the unit word as written (天数, 小时, days …), if any. */
  readonly unit: string | undefined;
}

/** Operators written with symbols; they take precedence over words, which can occur inside fact names (`为顾客定制的商品`). */
const symbols: readonly [string, ConditionOp][] = [
  ['<=', '<='], ['≤', '<='], ['＜＝', '<='], ['>=', '>='], ['≥', '>='], ['＞＝', '>='], ['!=', '!='], ['≠', '!='],
  ['==', '='], ['=', '='], ['＝', '='], ['<', '<'], ['＜', '<'], ['>', '>'], ['＞', '>'],
];
const words: readonly [string, ConditionOp][] = [
  ['不超过', '<='], ['不多于', '<='], ['至多', '<='], ['最多', '<='], ['不少于', '>='], ['不低于', '>='], ['至少', '>='],
  ['不等于', '!='], ['不是', '!='], ['不为', '!='], ['少于', '<'], ['小于', '<'], ['不足', '<'], ['低于', '<'], ['不到', '<'],
  ['超过', '>'], ['大于', '>'], ['多于', '>'], ['高于', '>'], ['属于', 'in'], ['是以下之一', 'in'], ['为', '='],
  ['in', 'in'], ['is', '='],
];
const latinLetter = /[A-Za-z]/;

/** The operator written at `at`, longest first; Latin words only as whole words, in any case. */
function operatorAt(text: string, at: number, table: readonly [string, ConditionOp][]): [string, ConditionOp] | undefined {
  let found: [string, ConditionOp] | undefined;
  for (const entry of table) {
    const [word] = entry;
    if (found && found[0].length >= word.length) continue;
    if (text.slice(at, at + word.length).toLowerCase() !== word) continue;
    if (latinLetter.test(word) && (latinLetter.test(text[at - 1] ?? '') || latinLetter.test(text[at + word.length] ?? ''))) continue;
    found = entry;
  }
  return found;
}

/** The condition with the operator at `at`; undefined when a side is empty. */
function splitAt(text: string, at: number, [word, op]: [string, ConditionOp]): Condition | undefined {
  const fact = text.slice(0, at).trim();
  const value = text.slice(at + word.length).trim();
  if (!fact || !value) return undefined;
  const values = op === 'in' || op === '=' || op === '!=' ? splitValues(value) : [value];
  return { fact, op: op === '=' && values.length > 1 ? 'in' : op, values };
}

/** Splits `a、b，c` or `a/b` into values. */
function splitValues(text: string): string[] {
  return text.split(/\s*[、,，;；/／]\s*/).map((v) => v.trim()).filter(Boolean);
}

/**
 * Parses one condition; undefined when it has no recognisable operator. A declared fact name the text starts with is
 * read whole (the longest such name, so names may contain operator words or symbols); otherwise the first operator
 * symbol splits it, else the first operator word.
 */
export function parseCondition(text: string, facts: readonly string[] = []): Condition | undefined {
  const trimmed = text.trim();
  let named: Condition | undefined;
  for (const name of facts) {
    if (!trimmed.startsWith(name) || (named && named.fact.length >= name.length)) continue;
    const at = name.length + /^\s*/.exec(trimmed.slice(name.length))![0].length;
    const op = operatorAt(trimmed, at, symbols) ?? operatorAt(trimmed, at, words);
    if (op) named = splitAt(trimmed, at, op) ?? named;
  }
  if (named) return named;
  for (const table of [symbols, words]) {
    for (let at = 1; at < trimmed.length; at++) {
      const op = operatorAt(trimmed, at, table);
      if (op) return splitAt(trimmed, at, op);
    }
  }
  return undefined;
}

const yes = new Set(['是', 'yes', 'true', '有', '对']);
const no = new Set(['否', 'no', 'false', '无', '没有', '不']);
/** What the values of a number fact measure: lengths of time (calendar), lengths in working days, or plain amounts. */
type Measure = 'time' | 'workdays' | 'amount';

/** The units a number fact may be declared with (`事实: 购买天数 = 天数`), by what they measure. */
const units: readonly [RegExp, Measure][] = [
  [/^(?:工作日|工作天|(?:working|business)[ \t]+days?|workdays?)$/i, 'workdays'],
  [/^(?:天数|天數|天|日|小时|小時|分钟|分鐘|周|週|月|个月|個月|年|days?|hours?|minutes?|weeks?|months?)$/i, 'time'],
  [/^(?:次|元|数字|數字|数值|數值|number|count|amount)$/i, 'amount'],
];

/** What a declared unit measures; undefined when the words are not a unit. */
function measureOf(unit: string): Measure | undefined {
  return units.find(([pattern]) => pattern.test(unit.trim()))?.[1];
}

/**
 * Where a fact declaration splits into name and values: its last plain `=` (not part of `!=`, `<=`, `>=`, `==`), so a
 * name may hold operators (`单价!=0 = 是/否`); without one, its first `:`.
 */
function declarationSplit(text: string): number {
  for (let at = text.length - 1; at > 0; at--) {
    if ((text[at] === '=' || text[at] === '＝') && !'!<>=＜＞≤≥'.includes(text[at - 1]!) && text[at + 1] !== '=') return at;
  }
  return text.search(/[:：]/);
}

/** Reads a fact declaration `name = spec`; undefined when malformed. */
export function parseFactSpec(text: string): FactSpec | undefined {
  const trimmed = text.trim();
  const at = declarationSplit(trimmed);
  const name = trimmed.slice(0, at).trim();
  const spec = trimmed.slice(at + 1).trim();
  if (at <= 0 || !name || !spec) return undefined;
  if (measureOf(spec)) return { name, kind: 'number', values: [], unit: spec };
  const values = splitValues(spec);
  if (values.length === 2 && values.some((v) => yes.has(v.toLowerCase())) && values.some((v) => no.has(v.toLowerCase()))) {
    return { name, kind: 'boolean', values, unit: undefined };
  }
  if (values.length < 2) return undefined;
  return { name, kind: 'enum', values, unit: undefined };
}

/** Whether a value is a yes/no word. */
export function booleanValue(value: string): boolean | undefined {
  const v = value.toLowerCase();
  if (yes.has(v)) return true;
  if (no.has(v)) return false;
  return undefined;
}

/** A numeric reading of a value: durations (`7天`, `3个月`, `48小时`) in seconds, or a plain number. */
export function numericValue(written: string): number | undefined {
  const value = asciiDigits(written).trim();
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  const timing = parseTiming(value);
  if (timing?.kind === 'duration' && timing.duration && !timing.durationMax) return isoSeconds(timing.duration);
  const counted = /^(\d+(?:\.\d+)?)\s*(?:次|元|个|件|台|times?|yuan)$/i.exec(value);
  return counted ? Number(counted[1]) : undefined;
}

/**
 * Whether a value can be compared with the others of a number fact declared with `unit`: `3个工作日` cannot be for a
 * fact in 天数 (nothing converts working days to calendar days), nor `3次`; a bare number fits any fact.
 */
export function fitsUnit(written: string, unit: string): boolean {
  const declared = measureOf(unit) ?? 'amount';
  const value = asciiDigits(written).trim();
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return true;
  const timing = parseTiming(value);
  const measure: Measure = timing?.kind === 'duration' ? (timing.workingDays ? 'workdays' : 'time') : 'amount';
  return measure === declared;
}

/** Seconds in an ISO 8601 duration (months count 30 days, years 365, so that units compare); NaN when it is not one. */
export function isoSeconds(iso: string): number {
  const parts = durationParts(iso);
  return parts ? parts.reduce((sum, part) => sum + part.amount * unitSeconds[part.unit], 0) : Number.NaN;
}
