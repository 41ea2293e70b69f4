// Wrong options of a timing question, from the other timings of the loaded processes: the same kind in the same process
// first, then other lengths of time of the process said the asked way (3小时后 → 每隔 3 小时), then other processes; never
// one that the right timing, read carefully, could also be (「当天 17:00 前」 against 「当天」); balanced against form cues.
import { timingWords, type TimingKind, type TimingValue } from '@sopkit/core';
import { durationSeconds } from './iso-duration.js';
import type { RngState } from './prng.js';
import { pickTiered, type Tiered } from './tiered-pick.js';
import type { ChoiceOption, DrillItem, TimingCandidate } from './types.js';

type TimingItem = Extract<DrillItem, { kind: 'timing' }>;

/** The kinds whose value is a length of time, so that one can be said in the words of another (30 秒后 → 每隔 30 秒). */
const durationKinds: ReadonlySet<TimingKind> = new Set(['every', 'after', 'within', 'before', 'lessThan', 'moreThan', 'duration']);

/** The right option's text: the item's timing in words. */
export function timingAnswer(item: TimingItem): string {
  return timingWords(item.timing, item.place.language);
}

/** A candidate's value as an answer to a question of kind `asked`, or null when it cannot be one (a range is only offered as written). */
function asAnswer(asked: TimingKind, candidate: TimingValue): TimingValue | null {
  if (candidate.kind === asked) return candidate;
  if (durationKinds.has(asked) && durationKinds.has(candidate.kind) && candidate.durationMax === undefined) return { ...candidate, kind: asked };
  if (asked === 'by' && (candidate.kind === 'within' || candidate.kind === 'after')) return candidate;
  return null;
}

/** Up to `count` wrong timings for the item, shuffled within each tier, balanced so that the right one cannot be told by its form. */
export function timingDistractors(item: TimingItem, pool: readonly TimingCandidate[], count: number, rng: RngState): [ChoiceOption[], RngState] {
  const tiers: Tiered<TimingValue>[][] = [[], [], [], []];
  for (const candidate of pool) {
    if (candidate.ownerId === item.ownerId) continue;
    const value = asAnswer(item.timing.kind, candidate.timing);
    if (!value || overlaps(value, item.timing)) continue;
    const sameKind = candidate.timing.kind === item.timing.kind;
    const sameProcess = candidate.place.processId === item.place.processId;
    tiers[(sameProcess ? 0 : 2) + (sameKind ? 0 : 1)]!.push({ value, norm: valueKey(value) });
  }
  const language = item.place.language;
  const shown = { right: timingAnswer(item), above: [item.titles.phaseTitle, item.titles.stepTitle, item.situation, item.text].filter((t) => t !== null).join('\n') };
  const [chosen, next] = pickTiered(tiers, new Set([valueKey(item.timing)]), count, rng, { shown, textOf: (value) => timingWords(value, language) });
  return [chosen.map((value) => ({ text: timingWords(value, item.place.language), correct: false, origin: null })), next];
}

/**
 * Whether two timings of the same kind can both be true of one deadline or interval, so that offering one as wrong next to
 * the other would punish a careful reading: the same day with and without a clock time (「当天」, 「当天 17:00 前」), lengths
 * of time whose ranges share a value (「提前 1～2 分钟」, 「提前 1 分钟」), or the same value said another way.
 */
function overlaps(a: TimingValue, b: TimingValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'afterCount') return a.count === b.count;
  if ((a.workingDays === true) !== (b.workingDays === true)) return false;
  const low = (t: TimingValue) => durationSeconds(t.duration);
  const high = (t: TimingValue) => (t.durationMax === undefined ? low(t) : durationSeconds(t.durationMax));
  if (a.kind === 'by') return low(a) === low(b) && (a.time === undefined || b.time === undefined || a.time === b.time);
  return low(a) <= high(b) && low(b) <= high(a);
}

/** What a timing means, so that 「3 天内」 and 「72 小时内」 count as the same option. */
export function valueKey(t: TimingValue): string {
  return [t.kind, durationSeconds(t.duration), t.durationMax === undefined ? '' : durationSeconds(t.durationMax), t.time ?? '', t.count ?? '', t.workingDays === true ? 'wd' : ''].join('|');
}
