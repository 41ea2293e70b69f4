// The drill engine's data: items (what can be asked), questions (one asking of an item), answers and the drill state.
import type { BranchJson, DecisionJson, DecisionTableJson, Language, MessageLanguage, PhaseJson, ProblemJson, ProcessJson, RemedyJson, RuleJson, ScenarioJson, StepJson, TemplateJson, TimingJson, TimingKind } from '@sopkit/core';
import type { RngState } from './prng.js';
import type { TableCase } from './table-logic.js';

/** What a drill session asks: situations, ordering, or an exam mixing both. */
export type DrillMode = 'scenario' | 'order' | 'exam';

/** The kinds of things a trainee can be asked. */
export type ItemKind = 'remedy' | 'remedy-order' | 'decision' | 'phase-order' | 'scenario' | 'table-case' | 'timing' | 'template';

/** Where an item sits in its process (titles included, so the UI needs nothing else). */
export interface ItemPlace {
  readonly processId: string;
  readonly processTitle: string;
  readonly language: Language;
  readonly phaseId: string | null;
  readonly phaseTitle: string | null;
  readonly stepId: string | null;
  readonly stepNumber: string | null;
  readonly stepTitle: string | null;
}

interface ItemBase {
  /** Stable id, e.g. `home-service-visit/s8/p2#remedy` or `home-service-visit/ph3#order`. */
  readonly id: string;
  /** Hash of the item's source text: when it changes, the item counts as new for spaced repetition. */
  readonly hash: string;
  readonly place: ItemPlace;
}

/** One thing that can be asked, with the parts of the process it is built from (`goal`: the shared goal its problem threatens, see `sharedGoals`). */
export type DrillItem =
  | (ItemBase & { readonly kind: 'remedy'; readonly problem: ProblemJson; readonly goal: string | null })
  | (ItemBase & { readonly kind: 'remedy-order'; readonly problem: ProblemJson; readonly remedy: RemedyJson })
  | (ItemBase & { readonly kind: 'decision'; readonly decision: DecisionJson; readonly branch: BranchJson; readonly answer: string; readonly problem: ProblemJson | null; readonly goal: string | null })
  | (ItemBase & { readonly kind: 'phase-order'; readonly phase: PhaseJson; readonly steps: readonly StepJson[] })
  | (ItemBase & { readonly kind: 'scenario'; readonly scenario: ScenarioJson })
  | (ItemBase & { readonly kind: 'table-case' } & RuleCases & { readonly siblings: readonly DecisionTableJson[] })
  | (ItemBase & { readonly kind: 'timing' } & TimedText)
  | (ItemBase & { readonly kind: 'template'; readonly template: TemplateJson });

/** A rule of a decision table with the fair cases it can be asked with (see `ruleCases`). */
export interface RuleCases {
  readonly table: DecisionTableJson;
  readonly rule: RuleJson;
  readonly cases: readonly TableCase[];
}

/** A timing and the SOP text it belongs to; `situation`, `text` and `titles` have the timing blanked out, `sopText` and the item's place do not. */
export interface TimedText {
  readonly timing: TimingJson;
  /** The phase and step titles as the question shows them. */
  readonly titles: ShownTitles;
  /** Id of the element the timing is attached to (step, standard, problem, remedy, decision, branch or table rule). */
  readonly ownerId: string;
  /** What the element answers (the problem of a remedy, the question of a branch), or null. */
  readonly situation: string | null;
  /** The element's own text (a rule's outcome). */
  readonly text: string | null;
  readonly sopText: readonly string[];
  /** For a rule's timing: the table and the fair cases of the rule, one of which the question shows. */
  readonly rule: RuleCases | null;
}

/** The phase and step titles a question shows in its heading, with what it asks blanked out of them. */
export interface ShownTitles {
  readonly phaseTitle: string | null;
  readonly stepTitle: string | null;
}

/** A timing of a loaded process that may serve as a wrong option. */
export interface TimingCandidate {
  readonly timing: TimingJson;
  readonly ownerId: string;
  readonly place: ItemPlace;
}

/** A text that may serve as a wrong option, and where it comes from. */
export interface Candidate {
  readonly text: string;
  readonly norm: string;
  readonly place: ItemPlace;
  /** The problem or the decision's question the text answers. */
  readonly situation: string | null;
  /** The branch of that decision the text answers (its label is worded for the screen: 「能在客户家修复? → 否」), or null. */
  readonly branch: BranchJson | null;
  readonly decisionId: string | null;
  /** The decisions inside the remedy the text is (their branches' answers are parts of it); empty for a branch's answer. */
  readonly holds: readonly string[];
  /** The roles the text escalates to (`上报`). */
  readonly escalates: readonly string[];
  /** The text's reschedulings (`改约`): the bigrams of each one's condition, empty for one without. */
  readonly reschedules: readonly ReadonlySet<string>[];
  /** The bigrams of what the text says to do once the conditions of its reschedulings are taken out (see `unconditioned`). */
  readonly unconditioned: ReadonlySet<string>;
  /** The text's bigrams (see `bigrams`). */
  readonly tokens: ReadonlySet<string>;
  /** The shared goal its problem threatens (see `sharedGoals`), or null. */
  readonly goal: string | null;
}

/** Everything the engine knows about the loaded processes; built once, never changed. */
export interface ItemBank {
  readonly processes: readonly ProcessJson[];
  readonly items: ReadonlyMap<string, DrillItem>;
  /** Item ids in process order. */
  readonly order: readonly string[];
  readonly candidates: readonly Candidate[];
  readonly timings: readonly TimingCandidate[];
  /** Items that ask about the same situation (an authored scenario and the generated question it rewords): item id → group id. A session asks one per group. */
  readonly situations: ReadonlyMap<string, string>;
}

/** What the question asks, as data; the UI words it. */
export interface Prompt {
  readonly ask: ItemKind;
  /** The situation: a problem, an authored scenario's prompt, what a timed element answers, or null. */
  readonly situation: string | null;
  /** For decisions: the decision's question and the branch taken, labelled as the document says it (`是`, `否`, `否则`, or the `当` condition). */
  readonly decision: { readonly question: string; readonly branch: BranchJson['kind']; readonly label: string } | null;
  /** For decision-table questions (and deadlines a table rule sets): the table's title and the case, fact by fact. */
  readonly table: {
    /** The table's title as the SOP writes it (named where the question comes from). */
    readonly title: string;
    /** The title as the question's heading shows it: with the right outcome blanked out. */
    readonly shownTitle: string;
    readonly facts: readonly { readonly fact: string; readonly value: string }[];
  } | null;
  /** For timing questions: the kind asked (every, within, by …), and the element's text with the timing blanked out. */
  readonly timing: { readonly kind: TimingKind; readonly text: string | null } | null;
  /** The phase and step titles the heading shows when they differ from the place's: with the asked timing or the right answers blanked out. */
  readonly titles: ShownTitles | null;
}

/** One option of a choice question. */
export interface ChoiceOption {
  readonly text: string;
  readonly correct: boolean;
  /** Where a generated option's text comes from (the step whose remedy it is), null for authored choices. */
  readonly origin: {
    readonly place: ItemPlace;
    readonly situation: string | null;
    /** What the text is there: what to do (a remedy, a branch, a rule's outcome), or a message template's body. */
    readonly kind: 'action' | 'template';
  } | null;
}

interface QuestionBase {
  readonly itemId: string;
  readonly itemHash: string;
  readonly place: ItemPlace;
  readonly prompt: Prompt;
  /** The SOP's own text, shown after the answer (remedies, the branch, the right order, the authored right choice). */
  readonly sopText: readonly string[];
  readonly explanation: string | null;
}

/** One asking of an item: pick an option, or put entries in order. */
export type Question =
  | (QuestionBase & { readonly type: 'choice'; readonly options: readonly ChoiceOption[] })
  | (QuestionBase & { readonly type: 'order'; readonly entries: readonly string[]; /** Entry indices in the right order. */ readonly answer: readonly number[] });

/** The trainee's answer: an option index, or entry indices in the chosen order. */
export type Choice = number | readonly number[];

/** A question with its answer. */
export interface AnsweredQuestion {
  readonly question: Question;
  readonly choice: Choice;
  readonly correct: boolean;
  /** The chosen option's text, or the chosen order joined by ` → `. */
  readonly chosenText: string;
  /** The right answer's text, or the right order joined by ` → `. */
  readonly correctText: string;
}

/** When an item was last scheduled for review (from the progress store). */
export interface ScheduledItem {
  readonly hash: string;
  /** Due date, milliseconds since the epoch. */
  readonly due: number;
}

/** How a drill is set up. */
export interface DrillOptions {
  readonly mode: DrillMode;
  readonly seed: number;
  /** How many questions to plan (default: 10 for scenario, every ordering question for order, 20 for exam). */
  readonly questions?: number;
  /** Review schedule per item id; due items come first, items with a changed hash count as new. */
  readonly schedule?: ReadonlyMap<string, ScheduledItem>;
  /** Now, in milliseconds since the epoch (passed in: the engine reads no clock). */
  readonly now?: number;
  /**
   * The screen's language: the labels questions and feedback put around the SOP's text (是/否 → Yes/No, 工步, 继续, a rule's
   * punctuation) follow it (see `labelLanguage`); the SOP's text and the answers stay as written. Default: each document's own.
   */
  readonly language?: MessageLanguage;
}

/** The whole drill: plain immutable data, advanced by `next` and `answer`. */
export interface DrillState {
  readonly bank: ItemBank;
  readonly mode: DrillMode;
  /** The screen's language for labels (see `DrillOptions.language`), or null for each document's own. */
  readonly language: MessageLanguage | null;
  readonly queue: readonly string[];
  readonly position: number;
  readonly rng: RngState;
  readonly current: Question | null;
  readonly answers: readonly AnsweredQuestion[];
  /** Items already asked again after a miss in this session (each comes back once). */
  readonly retried: readonly string[];
  readonly finished: boolean;
}
