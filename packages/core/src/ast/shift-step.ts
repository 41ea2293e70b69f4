// Moving a step's subtree in place, field by field: the bulk of what an edit moves, so it is spelled out for speed (the
// generic walk in shift.ts reads every object's keys); tested against the generic copy on real and random documents.
import type {
  ActionNode, Annotation, BranchNode, DecisionNode, KeywordUse, ListItemNode, Name, ProblemNode, RemedyNode, ScenarioNode, Span,
  StandardNode, StepNode, TextValue,
} from './nodes.js';

type Movable = { start: number; end: number };

/** Moves every span of a step (not its line keywords, which move through the document's keyword list) by `delta`. */
export function shiftStep(step: StepNode, d: number): void {
  keyword(step.keyword, d);
  if (step.number) move(step.number.span, d);
  text(step.value, d);
  names(step.owners, d);
  names(step.marks, d);
  names(step.values, d);
  for (const value of step.missing) text(value, d);
  for (const standard of step.standards) shiftStandard(standard, d);
  for (const problem of step.problems) shiftProblem(problem, d);
  for (const decision of step.decisions) shiftDecision(decision, d);
  for (const action of step.actions) shiftAction(action, d);
  for (const scenario of step.scenarios) shiftScenario(scenario, d);
  annotations(step.annotations, d);
  move(step.span, d);
}

function move(span: Span, d: number): void {
  (span as Movable).start += d;
  (span as Movable).end += d;
}

/** A keyword inside a line's text belongs to its node alone; a line's keyword moves with the document's list. */
function keyword(use: KeywordUse, d: number): void {
  if (use.inline) move(use.span, d);
}

function text(value: TextValue | undefined, d: number): void {
  if (!value) return;
  move(value.span, d);
  for (const tag of value.tags) move(tag.span, d);
}

function names(list: readonly Name[], d: number): void {
  for (const name of list) move(name.span, d);
}

function items(list: readonly ListItemNode[], d: number): void {
  for (const item of list) {
    text(item.value, d);
    move(item.span, d);
  }
}

function annotations(list: readonly Annotation[], d: number): void {
  for (const annotation of list) {
    keyword(annotation.keyword, d);
    if (annotation.type === 'tags') names(annotation.names, d);
    else text(annotation.value, d);
    move(annotation.span, d);
  }
}

function shiftAction(action: ActionNode, d: number): void {
  keyword(action.keyword, d);
  if ('roles' in action) names(action.roles, d);
  else if ('target' in action) {
    if (action.target) move(action.target.span, d);
  } else text(action.value, d);
  move(action.span, d);
}

function shiftBranch(branch: BranchNode, d: number): void {
  keyword(branch.keyword, d);
  text(branch.condition, d);
  text(branch.value, d);
  items(branch.items, d);
  for (const action of branch.actions) shiftAction(action, d);
  annotations(branch.annotations, d);
  move(branch.span, d);
}

function shiftDecision(decision: DecisionNode, d: number): void {
  keyword(decision.keyword, d);
  text(decision.value, d);
  for (const branch of decision.branches) shiftBranch(branch, d);
  annotations(decision.annotations, d);
  move(decision.span, d);
}

function shiftRemedy(remedy: RemedyNode, d: number): void {
  keyword(remedy.keyword, d);
  text(remedy.value, d);
  names(remedy.owners, d);
  items(remedy.items, d);
  for (const action of remedy.actions) shiftAction(action, d);
  for (const decision of remedy.decisions) shiftDecision(decision, d);
  annotations(remedy.annotations, d);
  move(remedy.span, d);
}

function shiftProblem(problem: ProblemNode, d: number): void {
  keyword(problem.keyword, d);
  text(problem.value, d);
  for (const alternative of problem.alternatives) {
    keyword(alternative.keyword, d);
    text(alternative.value, d);
    move(alternative.span, d);
  }
  for (const remedy of problem.remedies) shiftRemedy(remedy, d);
  for (const decision of problem.decisions) shiftDecision(decision, d);
  annotations(problem.annotations, d);
  move(problem.span, d);
}

function shiftStandard(standard: StandardNode, d: number): void {
  keyword(standard.keyword, d);
  text(standard.value, d);
  items(standard.items, d);
  annotations(standard.annotations, d);
  move(standard.span, d);
}

function shiftScenario(scenario: ScenarioNode, d: number): void {
  keyword(scenario.keyword, d);
  if (scenario.target) move(scenario.target.span, d);
  text(scenario.value, d);
  for (const choice of scenario.choices) {
    keyword(choice.keyword, d);
    text(choice.value, d);
    move(choice.span, d);
  }
  for (const explanation of scenario.explanations) text(explanation, d);
  annotations(scenario.annotations, d);
  move(scenario.span, d);
}
