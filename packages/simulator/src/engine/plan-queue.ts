// Which items a session asks, in what order: due reviews first, then new items (authored scenarios before generated ones), then the rest; exams sample every phase.
import { shuffle, type RngState } from './prng.js';
import type { DrillItem, DrillMode, DrillOptions, ItemBank, ItemKind } from './types.js';

const kindsByMode: Record<DrillMode, readonly ItemKind[]> = {
  scenario: ['scenario', 'remedy', 'decision', 'remedy-order', 'table-case', 'timing', 'template'],
  order: ['phase-order', 'remedy-order'],
  exam: ['scenario', 'remedy', 'decision', 'remedy-order', 'phase-order', 'table-case', 'timing', 'template'],
};

/** The number of questions a mode plans when `--questions` is not given (order: every ordering question). */
export function defaultQuestionCount(mode: DrillMode): number {
  return mode === 'scenario' ? 10 : mode === 'exam' ? 20 : Number.POSITIVE_INFINITY;
}

/** Plans the session's item ids. */
export function planQueue(bank: ItemBank, options: DrillOptions, rng: RngState): [string[], RngState] {
  const kinds = kindsByMode[options.mode];
  const items = bank.order.map((id) => bank.items.get(id)!).filter((item) => kinds.includes(item.kind));
  const count = Math.max(0, Math.min(items.length, options.questions ?? defaultQuestionCount(options.mode)));
  return options.mode === 'exam' ? planExam(items, count, rng) : planPractice(items, count, options, rng);
}

/** Authored scenarios first, each group in seeded random order. */
function authoredFirst(items: readonly DrillItem[], rng: RngState): [DrillItem[], RngState] {
  const [authored, afterAuthored] = shuffle(items.filter((i) => i.kind === 'scenario'), rng);
  const [generated, next] = shuffle(items.filter((i) => i.kind !== 'scenario'), afterAuthored);
  return [[...authored, ...generated], next];
}

function planPractice(items: readonly DrillItem[], count: number, options: DrillOptions, rng: RngState): [string[], RngState] {
  const schedule = options.schedule ?? new Map();
  const now = options.now ?? 0;
  const due: DrillItem[] = [];
  const fresh: DrillItem[] = [];
  const later: DrillItem[] = [];
  for (const item of items) {
    const entry = schedule.get(item.id);
    if (!entry || entry.hash !== item.hash) fresh.push(item);
    else (entry.due <= now ? due : later).push(item);
  }
  const byDue = (a: DrillItem, b: DrillItem) => schedule.get(a.id)!.due - schedule.get(b.id)!.due;
  const [dueOrdered, afterDue] = authoredFirst(due, rng);
  dueOrdered.sort(byDue);
  const [freshOrdered, next] = authoredFirst(fresh, afterDue);
  later.sort(byDue);
  return [[...dueOrdered, ...freshOrdered, ...later].slice(0, count).map((i) => i.id), next];
}

/** Round-robin over phases so that every phase is examined, authored scenarios first within each phase; the picks are then shuffled. */
function planExam(items: readonly DrillItem[], count: number, rng: RngState): [string[], RngState] {
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
