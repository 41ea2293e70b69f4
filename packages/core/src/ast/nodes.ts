// AST node types: plain data, discriminated by `type`; every node carries its source span (UTF-16 offsets).
import type { KeywordKind, Language } from '../syntax/keywords.js';
import { append } from '../model/append.js';

/** A half-open range of UTF-16 offsets into the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Free text after a keyword, with the `@tags` that ended its line. */
export interface TextValue {
  readonly text: string;
  readonly span: Span;
  readonly tags: readonly Tag[];
}

export interface Tag {
  readonly name: string;
  readonly span: Span;
}

/** A name in a list (a role, a tool), with its own span. */
export interface Name {
  readonly name: string;
  readonly span: Span;
}

/** The keyword that opened a line, as written. */
export interface KeywordUse {
  readonly kind: KeywordKind;
  readonly image: string;
  readonly span: Span;
  /** Set for a keyword inside a line's text (`是: 转到 工步 3`); the others open their line and are in DocumentNode.keywords. */
  readonly inline?: true;
}

/** `转到 工步 15` / `Go to step 15`: a reference to a step by number. */
export interface StepRef {
  readonly number: string;
  readonly span: Span;
}

export interface TimingNode {
  readonly type: 'timing';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly span: Span;
}

export interface ReferenceNode {
  readonly type: 'reference';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly span: Span;
}

export interface NoteNode {
  readonly type: 'note';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly span: Span;
}

export interface UncertainNode {
  readonly type: 'uncertain';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly span: Span;
}

export interface SourceNode {
  readonly type: 'source';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly span: Span;
}

export interface TagsNode {
  readonly type: 'tags';
  readonly keyword: KeywordUse;
  readonly names: readonly Name[];
  readonly span: Span;
}

/** A `-` sub-item under a standard, remedy or branch. */
export interface ListItemNode {
  readonly type: 'item';
  readonly value: TextValue;
  readonly span: Span;
}

/** Lines any element may carry. */
export type Annotation = TimingNode | ReferenceNode | NoteNode | UncertainNode | SourceNode | TagsNode;

export type ActionNode =
  | { readonly type: 'escalate' | 'notify'; readonly keyword: KeywordUse; readonly roles: readonly Name[]; readonly span: Span }
  | { readonly type: 'goto' | 'return'; readonly keyword: KeywordUse; readonly target: StepRef | undefined; readonly span: Span }
  | { readonly type: 'reschedule' | 'continue' | 'end'; readonly keyword: KeywordUse; readonly value: TextValue | undefined; readonly span: Span };

export interface RemedyNode {
  readonly type: 'remedy';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  /** `负责:` under the remedy: who carries it out, when not the step's owner. */
  readonly owners: readonly Name[];
  readonly items: readonly ListItemNode[];
  readonly actions: readonly ActionNode[];
  readonly decisions: readonly DecisionNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface ProblemNode {
  readonly type: 'problem';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  /** `或:` lines: further problems that share these remedies. */
  readonly alternatives: readonly { readonly keyword: KeywordUse; readonly value: TextValue; readonly span: Span }[];
  readonly remedies: readonly RemedyNode[];
  readonly decisions: readonly DecisionNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface StandardNode {
  readonly type: 'standard';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly items: readonly ListItemNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export type BranchKind = 'yes' | 'no' | 'when' | 'otherwise';

export interface BranchNode {
  readonly type: 'branch';
  readonly kind: BranchKind;
  readonly keyword: KeywordUse;
  /** The condition of a `当 …:` branch. */
  readonly condition: TextValue | undefined;
  /** The outcome after the colon, unless it was an inline action (`否: 转到 工步 15`). */
  readonly value: TextValue | undefined;
  readonly items: readonly ListItemNode[];
  readonly actions: readonly ActionNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface DecisionNode {
  readonly type: 'decision';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly branches: readonly BranchNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

/** A drill scenario: a situation, its choices (one or more right), and an explanation. */
export interface ScenarioNode {
  readonly type: 'scenario';
  readonly keyword: KeywordUse;
  /** `场景 工步 8:` names its step; otherwise the scenario belongs to the step it is written under. */
  readonly target: StepRef | undefined;
  readonly value: TextValue;
  readonly choices: readonly { readonly keyword: KeywordUse; readonly correct: boolean; readonly value: TextValue; readonly span: Span }[];
  readonly explanations: readonly TextValue[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

/** A key indicator with its optional definition and target. */
export interface KpiNode {
  readonly type: 'kpi';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly definitions: readonly TextValue[];
  readonly targets: readonly TextValue[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

/**
 * What a process or a phase says about itself beyond its steps (purpose, expectation, scope, tools, attention
 * points, principles, KPIs): the 001 dealer manual gives each sub-process its own.
 */
export interface ProfileNodes {
  readonly fields: readonly (FieldNode | ListFieldNode)[];
  readonly kpis: readonly KpiNode[];
}

export interface FormNode {
  readonly type: 'form';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly fields: readonly { readonly keyword: KeywordUse; readonly value: TextValue; readonly span: Span }[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

/** A remark or message template with typed placeholders. */
export interface TemplateNode {
  readonly type: 'template';
  readonly keyword: KeywordUse;
  /** The label before the colon (`模板 T4:`). */
  readonly label: TextValue | undefined;
  readonly value: TextValue;
  readonly placeholders: readonly { readonly keyword: KeywordUse; readonly value: TextValue; readonly span: Span }[];
  readonly bodies: readonly TextValue[];
  readonly examples: readonly TextValue[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface RuleNode {
  readonly type: 'rule';
  readonly keyword: KeywordUse;
  readonly label: TextValue | undefined;
  /** The outcome after the colon. */
  readonly value: TextValue;
  readonly conditions: readonly { readonly keyword: KeywordUse; readonly value: TextValue; readonly span: Span }[];
  readonly remedies: readonly RemedyNode[];
  readonly actions: readonly ActionNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface DecisionTableNode {
  readonly type: 'table';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly facts: readonly { readonly keyword: KeywordUse; readonly value: TextValue; readonly span: Span }[];
  readonly rules: readonly RuleNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface StepNode {
  readonly type: 'step';
  readonly keyword: KeywordUse;
  readonly number: { readonly value: string; readonly span: Span } | undefined;
  readonly value: TextValue;
  readonly owners: readonly Name[];
  readonly ownerLines: readonly KeywordUse[];
  /** `标记: MOT, CSI`. */
  readonly marks: readonly Name[];
  /** `核心价值: 便捷、专业`. */
  readonly values: readonly Name[];
  /** `缺失:` lines: what the source is missing here. */
  readonly missing: readonly TextValue[];
  readonly standards: readonly StandardNode[];
  readonly problems: readonly ProblemNode[];
  readonly decisions: readonly DecisionNode[];
  readonly actions: readonly ActionNode[];
  readonly scenarios: readonly ScenarioNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

export interface PhaseNode extends ProfileNodes {
  readonly type: 'phase';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly steps: readonly StepNode[];
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

/** A single-valued header field (`编号`, `版本`, `目的` …). */
export interface FieldNode {
  readonly type: 'field';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly span: Span;
}

/** A list-valued header field (`角色`, `所需工具`, `负责`). */
export interface ListFieldNode {
  readonly type: 'list-field';
  readonly keyword: KeywordUse;
  readonly names: readonly Name[];
  readonly span: Span;
}

export interface ProcessNode extends ProfileNodes {
  readonly type: 'process';
  readonly keyword: KeywordUse;
  readonly value: TextValue;
  readonly annotations: readonly Annotation[];
  readonly span: Span;
}

/** A line that is well-formed but stands where its keyword is not allowed (e.g. `措施` directly under a step). */
export interface MisplacedNode {
  readonly type: 'misplaced';
  /** The keyword kind, or `item` for a `-` line. */
  readonly kind: KeywordKind | 'item';
  readonly image: string;
  /** The keyword (or marker) itself. */
  readonly headSpan: Span;
  /** The line and everything it owns. */
  readonly span: Span;
}

/** A line the lexer could not read as a keyword line. */
export interface BadLineNode {
  readonly type: 'bad-line';
  readonly text: string;
  readonly span: Span;
  /** Inside an element, which goes on after it (not between elements). */
  readonly nested?: true;
}

export interface CommentNode {
  readonly type: 'comment';
  readonly text: string;
  readonly span: Span;
}

export interface DocumentNode {
  readonly type: 'document';
  readonly uri: string;
  readonly language: Language;
  /** How the language was chosen. */
  readonly languageSource: 'directive' | 'detected' | 'default';
  readonly process: ProcessNode | undefined;
  /** Extra `流程:` headers after the first (an error). */
  readonly extraProcesses: readonly ProcessNode[];
  readonly phases: readonly PhaseNode[];
  /** Steps before the first phase. */
  readonly looseSteps: readonly StepNode[];
  readonly forms: readonly FormNode[];
  readonly templates: readonly TemplateNode[];
  readonly tables: readonly DecisionTableNode[];
  readonly misplaced: readonly MisplacedNode[];
  readonly badLines: readonly BadLineNode[];
  readonly comments: readonly CommentNode[];
  /** Every keyword line in source order (for language checks and editor features). */
  readonly keywords: readonly KeywordUse[];
  readonly span: Span;
}

/** All steps of a document in source order. */
export function allSteps(doc: DocumentNode): StepNode[] {
  const steps: StepNode[] = [...doc.looseSteps];
  for (const phase of doc.phases) append(steps, phase.steps);
  return steps.sort((a, b) => a.span.start - b.span.start);
}
