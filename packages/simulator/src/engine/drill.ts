// The drill loop, pure and seeded like ink's continue/choose: `createDrill` plans, `next` gives the question, `answer` grades it and moves on.
import type { ProcessJson } from '@sopkit/core';
import { buildQuestion } from './build-question.js';
import { buildItemBank } from './item-bank.js';
import { normalise } from './normalise.js';
import { seedRng } from './prng.js';
import { planQueue } from './plan-queue.js';
import type { AnsweredQuestion, Choice, DrillOptions, DrillState, ItemBank, Question } from './types.js';

/** In practice modes a missed item comes back once, this many questions later. */
export const retryGap = 3;

/** Plans a drill over one or more compiled processes (or a bank built from them). */
export function createDrill(source: readonly ProcessJson[] | ItemBank, options: DrillOptions): DrillState {
  const bank = 'items' in source ? source : buildItemBank(source);
  const [queue, rng] = planQueue(bank, options, seedRng(options.seed));
  return { bank, mode: options.mode, language: options.language ?? null, queue, position: 0, rng, current: null, answers: [], retried: [], finished: queue.length === 0 };
}

/** The question to answer now (the same one until it is answered), or null when the drill is over. */
export function next(state: DrillState): { state: DrillState; question: Question | null } {
  if (state.current) return { state, question: state.current };
  if (state.finished || state.position >= state.queue.length) return { state: { ...state, finished: true }, question: null };
  const item = state.bank.items.get(state.queue[state.position]!)!;
  const [question, rng] = buildQuestion(item, state.bank, state.rng, state.language);
  return { state: { ...state, rng, current: question }, question };
}

/** Grades the trainee's choice for the current question and moves on. */
export function answer(state: DrillState, choice: Choice): { state: DrillState; answered: AnsweredQuestion } {
  const question = state.current;
  if (!question || state.finished) throw new Error('no question is waiting for an answer');
  const answered = grade(question, choice);
  let queue = state.queue;
  let retried = state.retried;
  if (!answered.correct && state.mode !== 'exam' && !retried.includes(question.itemId)) {
    const at = Math.min(queue.length, state.position + 1 + retryGap);
    queue = [...queue.slice(0, at), question.itemId, ...queue.slice(at)];
    retried = [...retried, question.itemId];
  }
  const position = state.position + 1;
  const nextState: DrillState = { ...state, queue, retried, position, current: null, answers: [...state.answers, answered], finished: position >= queue.length };
  return { state: nextState, answered };
}

/** Ends the drill early (time up); unanswered questions count as misses in the report. */
export function finish(state: DrillState): DrillState {
  return { ...state, finished: true };
}

/** Grades one choice against a question. */
export function grade(question: Question, choice: Choice): AnsweredQuestion {
  if (question.type === 'choice') {
    if (typeof choice !== 'number' || !Number.isInteger(choice) || choice < 0 || choice >= question.options.length) throw new RangeError(`option ${String(choice)} does not exist`);
    const chosen = question.options[choice]!;
    const right = question.options.filter((o) => o.correct).map((o) => o.text);
    return { question, choice, correct: chosen.correct, chosenText: chosen.text, correctText: right.join(' / ') };
  }
  const order = typeof choice === 'number' ? [choice] : choice;
  if (order.length !== question.entries.length || new Set(order).size !== order.length || order.some((i) => question.entries[i] === undefined)) {
    throw new RangeError(`the order must use each of the ${question.entries.length} entries once`);
  }
  const texts = (indices: readonly number[]) => indices.map((i) => question.entries[i]!);
  const chosen = texts(order);
  const right = texts(question.answer);
  const correct = chosen.every((t, i) => normalise(t) === normalise(right[i]!));
  return { question, choice: order, correct, chosenText: chosen.join(' → '), correctText: right.join(' → ') };
}

/** How far the drill is: answered questions, planned questions, right answers. */
export function progressOf(state: DrillState): { answered: number; total: number; correct: number } {
  return { answered: state.answers.length, total: state.queue.length, correct: state.answers.filter((a) => a.correct).length };
}
