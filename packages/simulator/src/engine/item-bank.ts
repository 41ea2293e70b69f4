// Collects every askable item of the loaded processes (remedies, remedy orders, decision branches, phase orders, authored scenarios, decision-table rules, timings, message templates).
import { contentHash, type ActionJson, type DecisionJson, type PhaseJson, type ProblemJson, type ProcessJson, type StepJson } from '@sopkit/core';
import { askableRemedies, saysAnswer } from './answer-mask.js';
import { branchAnswer, escalatedRoles } from './branch-answer.js';
import { reschedulings, unconditioned } from './also-right.js';
import { availableDistractors } from './distractors.js';
import { normalise } from './normalise.js';
import { sameSituations } from './same-situation.js';
import { sharedGoals } from './shared-goals.js';
import { bigrams } from './text-overlap.js';
import { outcomeDistractors } from './table-options.js';
import { askableRules, tableItems } from './table-items.js';
import { templateDistractors, templateItems } from './template-items.js';
import { collectTimings } from './timing-items.js';
import { timingDistractors } from './timing-options.js';
import type { Candidate, DrillItem, ItemBank, ItemPlace, TimingCandidate } from './types.js';

/** Fewest entries for an ordering question (two would be a coin toss). */
export const minOrderEntries = 3;
/** Most entries for an ordering question (keys 1–9); longer phases are asked as a window of this many steps. */
export const maxOrderEntries = 9;

/** Builds the item bank of one or more compiled processes; items that cannot be asked well (no wrong options, nothing to order) are left out. */
export function buildItemBank(processes: readonly ProcessJson[]): ItemBank {
  const all: DrillItem[] = [];
  const candidates: Candidate[] = [];
  const timings: TimingCandidate[] = [];
  for (const process of processes) collectProcess(process, all, candidates, timings);
  const items = new Map<string, DrillItem>();
  for (const item of all) if (!items.has(item.id) && askable(item, candidates, timings, processes)) items.set(item.id, item);
  return { processes, items, order: [...items.keys()], candidates, timings, situations: sameSituations([...items.values()]) };
}

function collectProcess(process: ProcessJson, items: DrillItem[], candidates: Candidate[], timings: TimingCandidate[]): void {
  const phases = new Map(process.phases.map((p) => [p.id, p]));
  const steps = new Map(process.steps.map((s) => [s.id, s]));
  const goals = sharedGoals(process);
  const placeOf = (step: StepJson | undefined, phase: PhaseJson | undefined): ItemPlace => ({
    processId: process.id,
    processTitle: process.title,
    language: process.language,
    phaseId: phase?.id ?? null,
    phaseTitle: phase?.title ?? null,
    stepId: step?.id ?? null,
    stepNumber: step?.number ?? null,
    stepTitle: step?.title ?? null,
  });

  for (const step of process.steps) {
    const place = placeOf(step, step.phase ? phases.get(step.phase) : undefined);
    const decisions = (list: readonly DecisionJson[], problem: ProblemJson | null): void => {
      for (const decision of list) collectDecision(decision, problem, place, problem === null ? null : goals.get(problem.id) ?? null, items, candidates);
    };
    for (const problem of step.problems) {
      const goal = goals.get(problem.id) ?? null;
      if (problem.remedies.length > 0) {
        items.push({ kind: 'remedy', id: `${problem.id}#remedy`, hash: contentHash({ p: problem.text, r: problem.remedies.map((r) => r.text) }), place, problem, goal });
      }
      for (const remedy of problem.remedies) {
        if (remedy.text.trim() !== '') candidates.push({ ...candidateText(remedy.text, remedy.actions), place, situation: problem.text, branch: null, decisionId: null, holds: remedy.decisions.map((d) => d.id), goal });
        if (remedy.items.length >= minOrderEntries) {
          items.push({ kind: 'remedy-order', id: `${remedy.id}#order`, hash: contentHash({ p: problem.text, i: remedy.items }), place, problem, remedy });
        }
        decisions(remedy.decisions, problem);
      }
      decisions(problem.decisions, problem);
    }
    decisions(step.decisions, null);
  }

  for (const phase of process.phases) {
    // Note: the steps of a phase written `顺序: 不分先后` (a regulation's articles) have no order to ask.
    if (phase.ordered === false) continue;
    // Note: a step kept only to mark a gap of the source (`缺失`) has no real place to learn, so it is not ordered.
    const phaseSteps = phase.steps.map((id) => steps.get(id)).filter((s): s is StepJson => s !== undefined && s.missing.length === 0);
    if (phaseSteps.length >= minOrderEntries) {
      items.push({ kind: 'phase-order', id: `${phase.id}#order`, hash: contentHash({ t: phaseSteps.map((s) => s.title) }), place: placeOf(undefined, phase), phase, steps: phaseSteps });
    }
  }

  for (const scenario of process.scenarios ?? []) {
    const step = steps.get(scenario.step);
    const place = placeOf(step, step?.phase ? phases.get(step.phase) : undefined);
    items.push({ kind: 'scenario', id: `${scenario.id}#scenario`, hash: contentHash({ p: scenario.prompt, c: scenario.choices, e: scenario.explanation }), place, scenario });
  }

  const rules = askableRules(process);
  items.push(...tableItems(process, rules, placeOf(undefined, undefined)));
  const timed = collectTimings(process, (step) => placeOf(step, step.phase ? phases.get(step.phase) : undefined), placeOf(undefined, undefined), rules);
  items.push(...timed.items);
  timings.push(...timed.candidates);
  items.push(...templateItems(process, placeOf(undefined, undefined)));
}

function collectDecision(decision: DecisionJson, problem: ProblemJson | null, place: ItemPlace, goal: string | null, items: DrillItem[], candidates: Candidate[]): void {
  for (const branch of decision.branches) {
    const answer = branchAnswer(branch, place.language);
    if (answer === null || normalise(answer) === '') continue;
    candidates.push({ ...candidateText(answer, branch.actions), place, situation: decision.question, branch, decisionId: decision.id, holds: [], goal });
    const hash = contentHash({ q: decision.question, k: branch.kind, c: branch.condition, a: answer, p: problem?.text ?? null });
    items.push({ kind: 'decision', id: `${branch.id}#decision`, hash, place, decision, branch, answer, problem, goal });
  }
}

/** A candidate's text with what it is compared by: normalised, its bigrams, and what its actions do. */
function candidateText(text: string, actions: readonly ActionJson[]): Pick<Candidate, 'text' | 'norm' | 'tokens' | 'escalates' | 'reschedules' | 'unconditioned'> {
  return { text, norm: normalise(text), tokens: bigrams(text), escalates: escalatedRoles(actions), reschedules: reschedulings(actions), unconditioned: unconditioned(text, actions) };
}

/** Whether an item makes a fair question: a right answer and at least one wrong option, or something to put in order. */
function askable(item: DrillItem, candidates: readonly Candidate[], timings: readonly TimingCandidate[], processes: readonly ProcessJson[]): boolean {
  switch (item.kind) {
    case 'remedy':
      return askableRemedies(item.problem).length > 0 && availableDistractors(item, candidates, 1).length > 0;
    case 'decision':
      return !saysAnswer(item.decision.question, item.answer) && !saysAnswer(item.problem?.text ?? null, item.answer) && availableDistractors(item, candidates, 1).length > 0;
    case 'remedy-order':
      return new Set(item.remedy.items.map(normalise)).size > 1;
    case 'phase-order':
      return new Set(item.steps.map((s) => normalise(s.title))).size > 1;
    case 'scenario': {
      const texts = item.scenario.choices.filter((c) => normalise(c.text) !== '');
      return texts.some((c) => c.correct) && texts.some((c) => !c.correct);
    }
    case 'table-case':
      return item.cases.some((c) => outcomeDistractors(item, c, 1, 0, item.place.language)[0].length > 0);
    case 'timing':
      return timingDistractors(item, timings, 1, 0)[0].length > 0;
    case 'template':
      return templateDistractors(item, processes, 1, 0)[0].length > 0;
  }
}
