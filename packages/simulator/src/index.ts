// @sopkit/simulator: the drill engine (pure, seeded: problems, decisions, orderings, scenarios, decision tables, timings) and learn pages. The progress store (`/store`) and the Ink UI (`/ui`) have their own entry points.
export * from './engine/types.js';
export { createDrill, next, answer, finish, grade, progressOf, retryGap } from './engine/drill.js';
export { buildItemBank, minOrderEntries, maxOrderEntries } from './engine/item-bank.js';
export { buildQuestion, optionsPerQuestion } from './engine/build-question.js';
export { branchLabel } from './engine/branch-answer.js';
export { pickDistractors, availableDistractors, excludedTexts } from './engine/distractors.js';
export { planQueue, defaultQuestionCount } from './engine/plan-queue.js';
export { drillReport, type DrillReport, type PhaseScore, type ProcessScore } from './engine/exam-report.js';
export { normalise } from './engine/normalise.js';
export { seedRng, nextFloat, nextInt, shuffle, type RngState } from './engine/prng.js';
export { learnPages, type LearnPage, type LearnLine, type LearnLineKind } from './engine/learn-pages.js';
export { ruleCases, caseIsFair, maxCasesPerRule } from './engine/table-cases.js';
export { evaluateCase, inGap, ruleConstraints, type CaseFact, type CaseVerdict, type TableCase, type RuleFit } from './engine/table-logic.js';
export { maskTiming, blankMark } from './engine/timing-mask.js';
export { valueKey } from './engine/timing-options.js';
export { inTraditional } from './engine/traditional-words.js';
