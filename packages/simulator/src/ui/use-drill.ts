// Drives the pure engine from key presses: the current view (question, feedback, report), answers handed to the store, the finish reported once.
import { useCallback, useRef, useState } from 'react';
import { answer, finish, next } from '../engine/drill.js';
import { drillReport, type DrillReport } from '../engine/exam-report.js';
import type { AnsweredQuestion, Choice, DrillState, Question } from '../engine/types.js';

/** What the screen shows. */
export type DrillView =
  | { readonly kind: 'question'; readonly question: Question; readonly cursor: number; readonly picked: readonly number[] }
  | { readonly kind: 'feedback'; readonly answered: AnsweredQuestion; readonly scroll: number }
  | { readonly kind: 'report'; readonly report: DrillReport; readonly timeUp: boolean; readonly scroll: number };

/** Called as the drill goes: each answer as soon as it is given, the report once when the drill ends. */
export interface DrillHandlers {
  readonly onAnswer?: (answered: AnsweredQuestion, state: DrillState) => void;
  readonly onFinish?: (report: DrillReport, state: DrillState, timeUp: boolean) => void;
}

interface DrillUi {
  readonly state: DrillState;
  readonly view: DrillView;
  readonly reported: boolean;
}

function questionView(question: Question): DrillView {
  return { kind: 'question', question, cursor: 0, picked: [] };
}

/** The nearest entry after `from` (before it when `delta` is negative, wrapping around) not picked yet, or `from` when every other one is. */
function freeEntry(from: number, delta: number, count: number, picked: readonly number[]): number {
  for (let step = 1; step < count; step++) {
    const at = (((from + Math.sign(delta) * step) % count) + count) % count;
    if (!picked.includes(at)) return at;
  }
  return from;
}

/** The drill's state and the actions keys trigger. */
export function useDrill(initial: DrillState, passMark: number, handlers: DrillHandlers) {
  const [ui, setUi] = useState<DrillUi>(() => {
    const first = next(initial);
    return first.question
      ? { state: first.state, view: questionView(first.question), reported: false }
      : { state: first.state, view: { kind: 'report', report: drillReport(first.state, passMark), timeUp: false, scroll: 0 }, reported: true };
  });
  const ref = useRef(ui);
  const update = useCallback((nextUi: DrillUi) => {
    ref.current = nextUi;
    setUi(nextUi);
  }, []);

  const report = useCallback((state: DrillState, timeUp: boolean): DrillReport => {
    const result = drillReport(state, passMark);
    if (!ref.current.reported) handlers.onFinish?.(result, state, timeUp);
    return result;
  }, [handlers, passMark]);

  const choose = useCallback((choice: Choice) => {
    const current = ref.current;
    if (current.view.kind !== 'question') return;
    const result = answer(current.state, choice);
    handlers.onAnswer?.(result.answered, result.state);
    const done = result.state.finished;
    if (done) report(result.state, false);
    update({ state: result.state, view: { kind: 'feedback', answered: result.answered, scroll: 0 }, reported: current.reported || done });
  }, [handlers, report, update]);

  const advance = useCallback(() => {
    const current = ref.current;
    if (current.view.kind !== 'feedback') return;
    const following = next(current.state);
    if (following.question) return update({ ...current, state: following.state, view: questionView(following.question) });
    update({ state: following.state, view: { kind: 'report', report: report(following.state, false), timeUp: false, scroll: 0 }, reported: true });
  }, [report, update]);

  const timeUp = useCallback(() => {
    const current = ref.current;
    if (current.view.kind === 'report') return;
    const state = finish(current.state);
    update({ state, view: { kind: 'report', report: report(state, true), timeUp: true, scroll: 0 }, reported: true });
  }, [report, update]);

  /** Moves the cursor of a question, or scrolls feedback and the report by `delta` lines, no further than `limit`. */
  const move = useCallback((delta: number, limit = 0) => {
    const { view } = ref.current;
    if (view.kind === 'question') {
      const count = view.question.type === 'choice' ? view.question.options.length : view.question.entries.length;
      update({ ...ref.current, view: { ...view, cursor: freeEntry(view.cursor, delta, count, view.picked) } });
    } else {
      update({ ...ref.current, view: { ...view, scroll: Math.max(0, Math.min(limit, view.scroll + delta)) } });
    }
  }, [update]);

  /** Picks an option (choice questions) or the next entry (ordering questions; the last one is placed by itself). */
  const pick = useCallback((index: number) => {
    const { view } = ref.current;
    if (view.kind !== 'question') return;
    const question = view.question;
    if (question.type === 'choice') {
      if (index >= 0 && index < question.options.length) choose(index);
      return;
    }
    if (index < 0 || index >= question.entries.length || view.picked.includes(index)) return;
    const picked = [...view.picked, index];
    const rest = question.entries.map((_, i) => i).filter((i) => !picked.includes(i));
    if (rest.length <= 1) return choose([...picked, ...rest]);
    update({ ...ref.current, view: { ...view, picked, cursor: freeEntry(index, 1, question.entries.length, picked) } });
  }, [choose, update]);

  const unpick = useCallback(() => {
    const { view } = ref.current;
    if (view.kind === 'question' && view.picked.length > 0) update({ ...ref.current, view: { ...view, picked: view.picked.slice(0, -1) } });
  }, [update]);

  /** The view as of the last action (keys arriving together in one chunk are handled one after another). */
  const viewNow = useCallback(() => ref.current.view, []);

  return { state: ui.state, view: ui.view, viewNow, pick, unpick, move, advance, timeUp };
}
