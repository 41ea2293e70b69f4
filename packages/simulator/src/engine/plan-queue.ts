// Which items a session asks, in what order: due reviews first, then new items (authored scenarios before generated ones), then the rest; exams sample every phase.
// One item per situation: an authored scenario and the generated question it rewords are never asked in the same session.
import { shuffle, type RngState } from './prng.js';
import type { DrillItem, DrillMode, DrillOptions, ItemBank, ItemKind, ScheduledItem } from './types.js';

const kindsByMode: Record<DrillMode, readonly ItemKind[]> = {
  scenario: ['scenario', 'remedy', 'decision', 'remedy-order', 'table-case', 'timing', 'template'],
  order: ['phase-order', 'remedy-order'],
  exam: ['scenario', 'remedy', 'decision', 'remedy-order', 'phase-order', 'table-case', 'timing', 'template'],
};

/** How many items of the bank a mode can ask (before one per situation is kept). */
export function askableCount(bank: ItemBank, mode: DrillMode): number {
  const kinds = kindsByMode[mode];
  return [...bank.items.values()].filter((item) => kinds.includes(item.kind)).length;
}

/** The number of questions a mode plans when `--questions` is not given (order: every ordering question). */
export function defaultQuestionCount(mode: DrillMode): number {
  return mode === 'scenario' ? 10 : mode === 'exam' ? 20 : Number.POSITIVE_INFINITY;
}

/** Plans the session's item ids. */
export function planQueue(bank: ItemBank, options: DrillOptions, rng: RngState): [string[], RngState] {
  const kinds = kindsByMode[options.mode];
  const items = bank.order.map((id) => bank.items.get(id)!).filter((item) => kinds.includes(item.kind));
  const schedule = options.schedule ?? new Map<string, ScheduledItem>();
  const standings = items.map((item) => standingOf(item, schedule, options.now ?? 0));
  const requested = options.questions ?? defaultQuestionCount(options.mode);
  return options.mode === 'exam' ? planExam(onePerSituation(standings, bank).map((s) => s.item), requested, rng) : planPractice(onePerSituation(standings, bank), requested, rng);
}

/** Where an item stands for review: new (never answered, or its text changed), due, or not yet due. */
interface Standing {
  readonly item: DrillItem;
  readonly status: 'due' | 'new' | 'later';
  /** When it is due (milliseconds since the epoch); infinite for a new item. */
  readonly due: number;
}

function standingOf(item: DrillItem, schedule: ReadonlyMap<string, ScheduledItem>, now: number): Standing {
  const entry = schedule.get(item.id);
  if (!entry || entry.hash !== item.hash) return { item, status: 'new', due: Number.POSITIVE_INFINITY };
  return { item, status: entry.due <= now ? 'due' : 'later', due: entry.due };
}

const urgency = { due: 0, new: 1, later: 2 } as const;
const freshness = { new: 0, due: 1, later: 2 } as const;
const authored = (s: Standing) => (s.item.kind === 'scenario' ? 0 : 1);

/**
 * One item per situation (an authored scenario and the generated question it rewords), at the place of the first.
 * Note: the situation is as urgent as its most urgent item (due, then new, then later), and is asked by the item the trainee
 * has not met yet, else by a due one, the authored one first: after a scenario is answered, its wording is still in its
 * learning steps when the next session comes, and that session asks the SOP's own wording instead of the same scenario again.
 * Each item keeps its own card.
 */
function onePerSituation(standings: readonly Standing[], bank: ItemBank): Standing[] {
  const groups = new Map<string, Standing[]>();
  for (const standing of standings) {
    const group = bank.situations.get(standing.item.id);
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), standing]);
  }
  const out: Standing[] = [];
  for (const standing of standings) {
    const group = bank.situations.get(standing.item.id);
    const members = group === undefined ? undefined : groups.get(group);
    if (members === undefined) {
      out.push(standing);
      continue;
    }
    if (members[0] !== standing) continue;
    const status = [...members].sort((a, b) => urgency[a.status] - urgency[b.status])[0]!.status;
    const asked = [...members].sort((a, b) => freshness[a.status] - freshness[b.status] || authored(a) - authored(b) || a.due - b.due)[0]!;
    out.push({ item: asked.item, status, due: Math.min(...members.map((m) => m.due)) });
  }
  return out;
}

/** Authored scenarios first, each group in seeded random order. */
function authoredFirst(items: readonly DrillItem[], rng: RngState): [DrillItem[], RngState] {
  const [authoredItems, afterAuthored] = shuffle(items.filter((i) => i.kind === 'scenario'), rng);
  const [generated, next] = shuffle(items.filter((i) => i.kind !== 'scenario'), afterAuthored);
  return [[...authoredItems, ...generated], next];
}

/** Due reviews (earliest first), new items (authored scenarios first), then items not yet due (soonest first). */
function planPractice(standings: readonly Standing[], requested: number, rng: RngState): [string[], RngState] {
  const dueBy = new Map(standings.map((s) => [s.item.id, s.due]));
  const byDue = (a: DrillItem, b: DrillItem) => dueBy.get(a.id)! - dueBy.get(b.id)!;
  const of = (status: Standing['status']) => standings.filter((s) => s.status === status).map((s) => s.item);
  const [dueOrdered, afterDue] = authoredFirst(of('due'), rng);
  dueOrdered.sort(byDue);
  const [freshOrdered, next] = authoredFirst(of('new'), afterDue);
  const later = of('later').sort(byDue);
  return [[...dueOrdered, ...freshOrdered, ...later].slice(0, Math.max(0, requested)).map((i) => i.id), next];
}

/** Round-robin over phases so that every phase is examined, authored scenarios first within each phase; the picks are then shuffled. */
function planExam(items: readonly DrillItem[], requested: number, rng: RngState): [string[], RngState] {
  const count = Math.max(0, Math.min(items.length, requested));
  const groups = new Map<string, DrillItem[]>();
  for (const item of items) {
    const key = `${item.place.processId}\u0000${item.place.phaseId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  let state = rng;
  const queues: DrillItem[][] = [];
  for (const group of groups.values()) {
    let ordered: DrillItem[];
    [ordered, state] = authoredFirst(group, state);
    queues.push(ordered);
  }
  const picked: DrillItem[] = [];
  for (let round = 0; picked.length < count; round++) {
    for (const queue of queues) if (picked.length < count && round < queue.length) picked.push(queue[round]!);
  }
  const [mixed, next] = shuffle(picked, state);
  return [mixed.map((i) => i.id), next];
}
