// The end-of-drill report: score, pass or fail, score per phase, and every miss with the right answer.
import type { AnsweredQuestion, DrillState, ItemPlace } from './types.js';

/** Score of one phase (or of a process's items without a phase). */
export interface PhaseScore {
  readonly processId: string;
  readonly processTitle: string;
  readonly phaseId: string | null;
  readonly title: string;
  readonly correct: number;
  readonly total: number;
}

/** Score of one process (an exam over several files scores each). */
export interface ProcessScore {
  readonly processId: string;
  readonly title: string;
  readonly correct: number;
  /** Planned questions of this process, answered or not. */
  readonly total: number;
  readonly percent: number;
}

/** The report shown at the end and recorded for exams. */
export interface DrillReport {
  readonly correct: number;
  readonly answered: number;
  /** Planned questions: unanswered ones (time up) count as misses. */
  readonly total: number;
  readonly percent: number;
  readonly passMark: number;
  readonly passed: boolean;
  readonly phases: readonly PhaseScore[];
  readonly processes: readonly ProcessScore[];
  readonly misses: readonly AnsweredQuestion[];
  readonly unanswered: number;
  /** Questions asked again after a miss (scenario and order modes), included in `total`. */
  readonly retries: number;
}

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 1000) / 10);

/** Scores a drill; `passMark` is a percentage. */
export function drillReport(state: DrillState, passMark: number): DrillReport {
  const planned: ItemPlace[] = state.queue.map((id) => state.bank.items.get(id)!.place);
  const phases = new Map<string, { place: ItemPlace; correct: number; total: number }>();
  const processes = new Map<string, { place: ItemPlace; correct: number; total: number }>();
  const tally = (place: ItemPlace, correct: boolean) => {
    const phaseKey = `${place.processId}\u0000${place.phaseId ?? ''}`;
    for (const [map, key] of [[phases, phaseKey], [processes, place.processId]] as const) {
      const entry = map.get(key) ?? { place, correct: 0, total: 0 };
      map.set(key, { ...entry, correct: entry.correct + (correct ? 1 : 0), total: entry.total + 1 });
    }
  };
  planned.forEach((place, i) => tally(place, state.answers[i]?.correct ?? false));
  const correct = state.answers.filter((a) => a.correct).length;
  const total = state.queue.length;
  const percent = percentOf(correct, total);
  return {
    correct,
    answered: state.answers.length,
    total,
    percent,
    passMark,
    passed: total > 0 && percent >= passMark,
    phases: [...phases.values()].sort((a, b) => rank(state, a.place) - rank(state, b.place)).map(({ place, correct: c, total: t }) => ({ processId: place.processId, processTitle: place.processTitle, phaseId: place.phaseId, title: place.phaseTitle ?? place.processTitle, correct: c, total: t })),
    processes: [...processes.values()].map(({ place, correct: c, total: t }) => ({ processId: place.processId, title: place.processTitle, correct: c, total: t, percent: percentOf(c, t) })),
    misses: state.answers.filter((a) => !a.correct),
    unanswered: Math.max(0, total - state.answers.length),
    retries: state.retried.length,
  };
}

/** Sorts phases as the documents list them. */
function rank(state: DrillState, place: ItemPlace): number {
  const processIndex = state.bank.processes.findIndex((p) => p.id === place.processId);
  const phaseIndex = state.bank.processes[processIndex]?.phases.findIndex((p) => p.id === place.phaseId) ?? -1;
  return processIndex * 10_000 + phaseIndex;
}
