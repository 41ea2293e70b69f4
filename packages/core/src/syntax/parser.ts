// The Chevrotain grammar: every rule is one keyword line plus the lines it owns; embedded actions build typed AST nodes.
import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import type {
  ActionNode, Annotation, BadLineNode, BranchKind, BranchNode, DecisionNode, DecisionTableNode, FieldNode, FormNode, KeywordUse,
  KpiNode, ListFieldNode, ListItemNode, MisplacedNode, PhaseNode, ProblemNode, ProcessNode, RemedyNode, RuleNode, ScenarioNode,
  Span, StandardNode, StepNode, TemplateNode, TextValue,
} from '../ast/nodes.js';
import type { PendingDiagnostic } from '../diagnostics/messages.js';
import type { KeywordKind } from './keywords.js';
import {
  conditionValue, headLabel, keywordUse, labelledValue, lineSpan, lineValue, mergeTokens, missingColonAfterNumber, plainValue, tokenSpan, type RawLine,
} from './line.js';
import { inlineAction, readAction } from './actions.js';
import { asciiDigits } from './digits.js';
import { readList, readText } from './text-values.js';
import { allTokens, BadHeader, BadLine, Colon, HeadText, keywordToken, ListMarker, StepNumber, StepWord, Text } from './tokens.js';

const kw = keywordToken;

/** What a process or a phase may say about itself. */
const profileKinds = ['purpose', 'expectation', 'scope', 'tools', 'attention', 'principle', 'order'] as const satisfies KeywordKind[];
const processFieldKinds = ['id', 'version', 'owner', 'roles', 'values', ...profileKinds] as const satisfies KeywordKind[];
const listFieldKinds = new Set<KeywordKind>(['owner', 'roles', 'tools', 'values']);
const stepAttributeKinds = ['owner', 'marks', 'values', 'missing'] as const satisfies KeywordKind[];
/** Lines that only make sense inside a particular element; anywhere else they are reported as misplaced. */
const orphanLineKinds = ['alsoProblem', 'choice', 'correct', 'explanation', 'id', 'version', 'roles', 'owner', 'values', 'marks', 'missing',
  'definition', 'target', 'field', 'placeholder', 'body', 'example', 'fact'] as const satisfies KeywordKind[];
/** Of those, the ones a step cannot hold (its own attributes are owner, marks, values and missing). */
const strayLineKinds = orphanLineKinds.filter((kind) => !(stepAttributeKinds as readonly KeywordKind[]).includes(kind));
/** Inside a step, a process or phase field (`所需工具:`) is misplaced too when step lines follow it (see stepGoesOn). */
const strayOrProfileKinds = [...strayLineKinds, ...profileKinds];
const annotationKinds = ['timing', 'reference', 'note', 'uncertain', 'source', 'tags'] as const satisfies KeywordKind[];
const actionKinds = ['escalate', 'notify', 'goto', 'return', 'reschedule', 'continue', 'end'] as const satisfies KeywordKind[];
const branchKinds = ['yes', 'no', 'when', 'otherwise'] as const satisfies BranchKind[];
const kpiPartKinds = ['definition', 'target'] as const satisfies KeywordKind[];
const templatePartKinds = ['placeholder', 'body', 'example'] as const satisfies KeywordKind[];
const choiceKinds = ['choice', 'correct'] as const satisfies KeywordKind[];
/** Lines that only a step (or an element inside one) holds: after a process or phase field, they mean the step goes on. */
const stepOnlyKinds = ['standard', 'problem', 'alsoProblem', 'remedy', 'decision', ...branchKinds, ...actionKinds, 'owner', 'marks', 'missing',
  'scenario', 'choice', 'correct', 'explanation'] as const satisfies KeywordKind[];
const profileTypes = new Set<TokenType>(profileKinds.map((kind) => keywordToken(kind)));
const stepOnlyTypes = new Set<TokenType>(stepOnlyKinds.map((kind) => keywordToken(kind)));
const tailTypes = new Set<TokenType>([StepWord, StepNumber, HeadText, Colon, Text]);
const stepAttributeTypes = new Set<TokenType>(stepAttributeKinds.map((kind) => keywordToken(kind)));
/** Lines that only a problem holds. */
const problemOnlyTypes = new Set<TokenType>([keywordToken('remedy'), keywordToken('alsoProblem')]);
/** Keyword lines that can stand anywhere as an orphan and be reported as misplaced. */

export interface ParsedBody {
  process: ProcessNode | undefined;
  extraProcesses: ProcessNode[];
  phases: PhaseNode[];
  looseSteps: StepNode[];
  /** Process-level lines written after the steps (tools, attention points, KPIs …): they belong to the process. */
  lateFields: (FieldNode | ListFieldNode)[];
  lateKpis: KpiNode[];
  forms: FormNode[];
  templates: TemplateNode[];
  tables: DecisionTableNode[];
  misplaced: MisplacedNode[];
  /** Misplaced lines inside steps (the step goes on after them); see allMisplaced. */
  strays: MisplacedNode[];
  badLines: BadLineNode[];
  /** Unreadable lines inside elements (the element goes on after them); see allBadLines. */
  nestedBadLines: BadLineNode[];
  keywords: KeywordUse[];
}

/** The unreadable lines of a body in source order: those between elements and those inside them. */
export function allBadLines(body: Pick<ParsedBody, 'badLines' | 'nestedBadLines'>): BadLineNode[] {
  if (body.nestedBadLines.length === 0) return body.badLines;
  return [...body.badLines, ...body.nestedBadLines].sort((a, b) => a.span.start - b.span.start);
}

/** The misplaced lines of a body in source order: those between elements and those inside steps. */
export function allMisplaced(body: Pick<ParsedBody, 'misplaced' | 'strays'>): MisplacedNode[] {
  if (body.strays.length === 0) return body.misplaced;
  return [...body.misplaced, ...body.strays].sort((a, b) => a.span.start - b.span.start);
}

/** What a phase holds below its header line. */
export interface PhaseParts {
  steps: StepNode[];
  fields: (FieldNode | ListFieldNode)[];
  kpis: KpiNode[];
  annotations: Annotation[];
}

type Alternative = { ALT: () => void };

export class SopParser extends EmbeddedActionsParser {
  /** Diagnostics found while building nodes; reset for every parse. */
  diagnostics: PendingDiagnostic[] = [];
  keywords: KeywordUse[] = [];
  /** Misplaced lines met inside a step, where the step goes on after them; the document rule hands them on as `strays`. */
  private stray: MisplacedNode[] = [];
  private text = '';
  /** Unreadable lines inside elements, in source order. */
  private nestedBad: BadLineNode[] = [];

  /** `validateGrammar` runs Chevrotain's grammar checks (done in the tests; skipped at run time for start-up speed). */
  constructor(validateGrammar = false) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 1, skipValidations: !validateGrammar });
    this.performSelfAnalysis();
  }

  /** Each rule's alternatives, built once (not on every repetition); they push into the current frame. */
  private readonly alternatives: Record<string, Alternative[]> = {
    tail: [
      { ALT: () => { const t = this.CONSUME(StepWord); this.tailParts.stepWord ??= t; } },
      { ALT: () => { const t = this.CONSUME(StepNumber); this.tailParts.number ??= t; } },
      { ALT: () => { const t = this.CONSUME(HeadText); const head = this.tailParts.head; this.tailParts.head = head ? mergeTokens(head, t) : t; } },
    ],
    branch: [
      { ALT: () => { this.frame.items.push(this.SUBRULE(this.listItem)); } },
      { ALT: () => { this.frame.actions.push(this.SUBRULE(this.action)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
      { ALT: () => { this.nestedBadLine(); } },
    ],
    decision: [
      { ALT: () => { this.frame.branches.push(this.SUBRULE(this.branch)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
      { ALT: () => { this.nestedBadLine(); } },
    ],
    remedy: [
      { ALT: () => { this.frame.ownerLines.push(this.lineOf(['owner'], 2)); } },
      { ALT: () => { this.frame.items.push(this.SUBRULE(this.listItem)); } },
      { ALT: () => { this.frame.actions.push(this.SUBRULE(this.action)); } },
      { ALT: () => { this.frame.decisions.push(this.SUBRULE(this.decision)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
      { ALT: () => { this.nestedBadLine(); } },
    ],
    problem: [
      { ALT: () => {
        const l = this.lineOf(stepAttributeKinds, 3);
        this.ACTION(() => this.stray.push(misplacedNode({ keyword: l.keyword, span: lineSpan(l) })));
      } },
      { ALT: () => {
        const alt = this.lineOf(['alsoProblem'], 2);
        this.ACTION(() => this.frame.alternatives.push({ keyword: alt.keyword, value: plainValue(alt, this.diagnostics, true), span: lineSpan(alt) }));
      } },
      { ALT: () => { this.frame.remedies.push(this.SUBRULE(this.remedy)); } },
      { ALT: () => { this.frame.decisions.push(this.SUBRULE(this.decision)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
      { ALT: () => { this.nestedBadLine(); } },
    ],
    standard: [
      { ALT: () => { this.frame.items.push(this.SUBRULE(this.listItem)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
      { ALT: () => { this.nestedBadLine(); } },
    ],
    kpi: [
      { ALT: () => { this.frame.parts.push(this.lineOf(kpiPartKinds, 2)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    form: [
      { ALT: () => { this.frame.fields.push(this.lineOf(['field'], 2)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    template: [
      { ALT: () => { this.frame.parts.push(this.lineOf(templatePartKinds, 2)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    rule: [
      { ALT: () => { this.frame.conditions.push(this.lineOf(['when'], 2)); } },
      { ALT: () => { this.frame.remedies.push(this.SUBRULE(this.remedy)); } },
      { ALT: () => { this.frame.actions.push(this.SUBRULE(this.action)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    table: [
      { ALT: () => { this.frame.facts.push(this.lineOf(['fact'], 2)); } },
      { ALT: () => { this.frame.rules.push(this.SUBRULE(this.rule)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    scenario: [
      { ALT: () => { this.frame.choices.push(this.lineOf(choiceKinds, 2)); } },
      { ALT: () => { this.frame.explanations.push(this.lineOf(['explanation'], 3)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    step: [
      { ALT: () => { this.frame.attributeLines.push(this.lineOf(stepAttributeKinds, 2)); } },
      { ALT: () => { this.frame.scenarios.push(this.SUBRULE(this.scenario)); } },
      { ALT: () => { this.frame.standards.push(this.SUBRULE(this.standard)); } },
      { ALT: () => { this.frame.problems.push(this.SUBRULE(this.problem)); } },
      { ALT: () => { this.frame.decisions.push(this.SUBRULE(this.decision)); } },
      { ALT: () => { this.frame.actions.push(this.SUBRULE(this.action)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
      { ALT: () => {
        const node = this.SUBRULE(this.strayInStep);
        this.ACTION(() => this.stray.push(node));
      } },
      { ALT: () => { this.nestedBadLine(); } },
    ],
    phase: [
      { ALT: () => { this.frame.steps.push(this.SUBRULE(this.step)); } },
      { ALT: () => { this.frame.fields.push(this.fieldLine(profileKinds, 2)); } },
      { ALT: () => { this.frame.kpis.push(this.SUBRULE(this.kpi)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    process: [
      { ALT: () => { this.frame.fields.push(this.fieldLine(processFieldKinds, 2)); } },
      { ALT: () => { this.frame.kpis.push(this.SUBRULE(this.kpi)); } },
      { ALT: () => { this.frame.annotations.push(this.SUBRULE(this.annotation)); } },
    ],
    document: [
      { ALT: () => {
        const process = this.SUBRULE(this.process);
        this.ACTION(() => { if (this.frame.process) this.frame.extraProcesses.push(process); else this.frame.process = process; });
      } },
      { ALT: () => { this.frame.phases.push(this.SUBRULE(this.phase)); } },
      { ALT: () => { this.frame.looseSteps.push(this.SUBRULE(this.step)); } },
      { ALT: () => { this.frame.lateFields.push(this.fieldLine(profileKinds, 4)); } },
      { ALT: () => { this.frame.lateKpis.push(this.SUBRULE2(this.kpi)); } },
      { ALT: () => { this.frame.forms.push(this.SUBRULE(this.form)); } },
      { ALT: () => { this.frame.templates.push(this.SUBRULE(this.template)); } },
      { ALT: () => { this.frame.tables.push(this.SUBRULE(this.table)); } },
      { ALT: () => { this.frame.misplaced.push(this.SUBRULE(this.orphan)); } },
      { ALT: () => {
        const bad = this.CONSUME(BadHeader);
        this.ACTION(() => this.frame.badLines.push({ type: 'bad-line', text: bad.image, span: tokenSpan(bad) }));
      } },
      { ALT: () => {
        const bad = this.CONSUME(BadLine);
        this.ACTION(() => this.frame.badLines.push({ type: 'bad-line', text: bad.image, span: tokenSpan(bad) }));
      } },
    ],
  };

  /**
   * SOP1020 for each line written to the left of the element it belongs to (`时间:` under a remedy but indented like
   * the problem): indentation does not place lines, so the trainer is told where the line went.
   */
  private indentedOut(parent: KeywordUse, ...groups: readonly (readonly ({ readonly keyword?: KeywordUse; readonly span: Span })[])[]): void {
    const parentIndent = this.indentOf(parent.span.start);
    for (const group of groups) {
      for (const child of group) {
        if (this.indentOf(child.span.start) >= parentIndent) continue;
        // Note: a `-` item has no keyword; its marker is the word.
        const span = child.keyword?.span ?? { start: child.span.start, end: child.span.start + 1 };
        this.diagnostics.push({ code: 'SOP1020', span, args: { keyword: child.keyword?.image ?? '-', parent: parent.image } });
      }
    }
  }

  /**
   * Whether the step goes on at the next line. A process or phase field (`所需工具:`) ends the step and belongs to the
   * phase, unless lines that only a step holds (a standard, a problem, …) follow it: then it stands misplaced inside the
   * step (SOP1004), and the lines after it stay in their step instead of being reported as misplaced too.
   */
  private readonly stepGoesOn = (): boolean => this.goesOn(profileTypes, stepOnlyTypes);

  /** Likewise a step's own line (`负责:`) under a problem, when the problem's remedies follow it. */
  private readonly problemGoesOn = (): boolean => this.goesOn(stepAttributeTypes, problemOnlyTypes);

  /** Whether the next line, when it is one of `outer`'s, is followed (past such lines) by one of `inner`'s. */
  private goesOn(outer: ReadonlySet<TokenType>, inner: ReadonlySet<TokenType>): boolean {
    if (!outer.has(this.LA(1).tokenType)) return true;
    for (let k = 2; ; k++) {
      const type = this.LA(k).tokenType;
      if (!tailTypes.has(type) && !outer.has(type)) return inner.has(type);
    }
  }

  /** Columns of indentation before the first token of a line (a tab counts as one). */
  private indentOf(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }

  /** An unreadable line inside an element: reported, and the element goes on after it (see BadHeader). */
  private nestedBadLine(): void {
    const bad = this.CONSUME(BadLine);
    this.ACTION(() => this.nestedBad.push({ type: 'bad-line', text: bad.image, span: tokenSpan(bad), nested: true }));
  }

  /** Starts reading `tokens`, whose offsets point into `text` (for the indentation of lines). */
  begin(tokens: IToken[], text: string): void {
    this.text = text;
    this.input = tokens;
    this.frames = [];
    this.diagnostics = [];
    this.keywords = [];
    this.stray = [];
    this.nestedBad = [];
  }

  /**
   * The parts of a line after its keyword. Any order of head tokens is accepted (the builders report what does not
   * belong), so no line can derail the parse of the lines after it.
   */
  private tail = this.RULE('tail', (): Omit<RawLine, 'keyword'> => {
    // Note: every field present from the start, so all lines share one object shape.
    const parts: { -readonly [K in keyof Omit<RawLine, 'keyword'>]: RawLine[K] } = { stepWord: undefined, number: undefined, head: undefined, colon: undefined, text: undefined };
    this.tailParts = parts;
    this.MANY(this.tailHead);
    this.OPTION(this.tailColon);
    return parts;
  });

  /** The line being read by `tail` (never nested: a line holds no other line). */
  private tailParts: { -readonly [K in keyof Omit<RawLine, 'keyword'>]: RawLine[K] } = {};
  private readonly tailHead = () => this.OR(this.alternatives['tail']!);
  private readonly tailColon = () => {
    this.tailParts.colon = this.CONSUME(Colon);
    this.OPTION2(this.tailText);
  };
  private readonly tailText = () => { this.tailParts.text = this.CONSUME(Text); };

  /** The collectors of the rules being parsed, innermost last; alternatives push their results into the top one. */
  private frames: Record<string, unknown>[] = [];
  readonly #bodies = new Map<Alternative[], () => void>();

  // Note: `any` because each rule's frame has its own fields; the rule that opens a frame reads it back typed.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private get frame(): any {
    return this.frames[this.frames.length - 1];
  }

  /** Repeats the rule's alternatives (MANY) with `frame` on top; the alternatives and the loop body are built once. */
  private repeat(alternatives: Alternative[] | undefined, frame: Record<string, unknown>, gate?: () => boolean): void {
    const depth = this.frames.length;
    this.frames.push(frame);
    let body = this.#bodies.get(alternatives!);
    if (!body) {
      body = () => this.OR(alternatives!);
      this.#bodies.set(alternatives!, body);
    }
    this.MANY(gate ? { GATE: gate, DEF: body } : body);
    this.frames.length = depth;
  }

  /** Consumes a keyword token of one of the kinds and the rest of its line. */
  private lineOf(kinds: readonly KeywordKind[], idx: number): RawLine {
    if (kinds.length === 1) {
      this.lastKeyword = this.consumeKeyword(kw(kinds[0]!), idx);
      this.lastKind = kinds[0]!;
    } else {
      this.orAt(idx, this.alternativesFor(kinds, idx));
    }
    const token = this.lastKeyword;
    const kind = this.lastKind;
    const tail = this.subruleTail(idx);
    const keyword = this.ACTION(() => keywordUse(kind, token));
    this.ACTION(() => this.keywords.push(keyword));
    return { keyword, stepWord: tail.stepWord, number: tail.number, head: tail.head, colon: tail.colon, text: tail.text };
  }

  private lastKeyword!: IToken;
  private lastKind!: KeywordKind;
  /** Per list of kinds (the module's constants), per idx. */
  readonly #alternatives = new WeakMap<readonly KeywordKind[], Alternative[][]>();

  /** The OR alternatives for a set of keyword kinds, built once (they record the matched token in lastKeyword/lastKind). */
  private alternativesFor(kinds: readonly KeywordKind[], idx: number): Alternative[] {
    let byIdx = this.#alternatives.get(kinds);
    if (!byIdx) this.#alternatives.set(kinds, byIdx = []);
    return byIdx[idx] ??= kinds.map((k) => ({ ALT: () => { this.lastKeyword = this.consumeKeyword(kw(k), idx); this.lastKind = k; } }));
  }

  private subruleTail(idx: number): Omit<RawLine, 'keyword'> {
    switch (idx) {
      case 1: return this.SUBRULE1(this.tail);
      case 2: return this.SUBRULE2(this.tail);
      case 3: return this.SUBRULE3(this.tail);
      case 4: return this.SUBRULE4(this.tail);
      case 5: return this.SUBRULE5(this.tail);
      default: return this.SUBRULE6(this.tail);
    }
  }

  private consumeKeyword(type: TokenType, idx: number): IToken {
    switch (idx) {
      case 1: return this.CONSUME1(type);
      case 2: return this.CONSUME2(type);
      case 3: return this.CONSUME3(type);
      case 4: return this.CONSUME4(type);
      case 5: return this.CONSUME5(type);
      default: return this.CONSUME6(type);
    }
  }

  private orAt(idx: number, alternatives: { ALT: () => void }[]): void {
    switch (idx) {
      case 1: this.OR1(alternatives); break;
      case 2: this.OR2(alternatives); break;
      case 3: this.OR3(alternatives); break;
      case 4: this.OR4(alternatives); break;
      case 5: this.OR5(alternatives); break;
      default: this.OR6(alternatives);
    }
  }

  private listItem = this.RULE('listItem', (): ListItemNode => {
    const marker = this.CONSUME(ListMarker);
    let text: IToken | undefined;
    this.OPTION(() => { text = this.CONSUME(Text); });
    return this.ACTION(() => {
      const value = text ? readText(text.image, text.startOffset) : { text: '', span: { start: marker.startOffset + 1, end: marker.startOffset + 1 }, tags: [] };
      const span = { start: marker.startOffset, end: text ? text.startOffset + text.image.length : marker.startOffset + 1 };
      return { type: 'item', value, span };
    });
  });

  private annotation = this.RULE('annotation', (): Annotation => {
    const line = this.lineOf(annotationKinds, 1);
    return this.ACTION(() => {
      const span = lineSpan(line);
      const kind = line.keyword.kind as (typeof annotationKinds)[number];
      const value = plainValue(line, this.diagnostics, true);
      if (kind === 'tags') return { type: 'tags', keyword: line.keyword, names: readList(value), span };
      const type = kind === 'reference' ? 'reference' : kind;
      return { type, keyword: line.keyword, value, span } as Annotation;
    });
  });

  private action = this.RULE('action', (): ActionNode => {
    const line = this.lineOf(actionKinds, 2);
    return this.ACTION(() => readAction(line, this.diagnostics));
  });

  private branch = this.RULE('branch', (): BranchNode => {
    const line = this.lineOf(branchKinds, 3);
    const items: ListItemNode[] = [];
    const actions: ActionNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.branch, { actions, annotations, items });
    return this.ACTION(() => {
      const kind = line.keyword.kind as BranchKind;
      let condition;
      if (kind === 'when') {
        condition = line.head ? readText(line.head.image, line.head.startOffset) : undefined;
        if (!condition?.text) this.diagnostics.push({ code: 'SOP1014', span: line.keyword.span, args: { keyword: line.keyword.image } });
        if (!line.colon) this.diagnostics.push({ code: 'SOP1003', span: line.keyword.span, args: { keyword: line.keyword.image } });
      }
      const value = kind === 'when' ? lineValue(line) : plainValue(line, this.diagnostics, false);
      const inline = value.text ? inlineAction(value, this.diagnostics) : undefined;
      if (inline) actions.unshift(inline);
      const outcome = inline || !value.text ? undefined : value;
      const span = { start: line.keyword.span.start, end: last([lineSpan(line), ...items.map((n) => n.span), ...actions.map((n) => n.span), ...annotations.map((n) => n.span)]).end };
      return { type: 'branch', kind, keyword: line.keyword, condition, value: outcome, items, actions, annotations, span };
    });
  });

  private decision = this.RULE('decision', (): DecisionNode => {
    const line = this.lineOf(['decision'], 4);
    const branches: BranchNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.decision, { annotations, branches });
    return this.ACTION(() => {
      const value = plainValue(line, this.diagnostics, true);
      const span = spanOver(lineSpan(line), branches, annotations);
      this.indentedOut(line.keyword, annotations);
      return { type: 'decision', keyword: line.keyword, value, branches, annotations, span };
    });
  });

  private remedy = this.RULE('remedy', (): RemedyNode => {
    const line = this.lineOf(['remedy'], 1);
    const ownerLines: RawLine[] = [];
    const items: ListItemNode[] = [];
    const actions: ActionNode[] = [];
    const decisions: DecisionNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.remedy, { actions, annotations, decisions, items, ownerLines });
    return this.ACTION(() => {
      const value = plainValue(line, this.diagnostics, true);
      const owners = ownerLines.flatMap((l) => readList(plainValue(l, this.diagnostics, true)));
      const ownerSpans = ownerLines.map((o) => ({ keyword: o.keyword, span: lineSpan(o) }));
      const span = spanOver(lineSpan(line), ownerSpans, items, actions, decisions, annotations);
      this.indentedOut(line.keyword, ownerSpans, items, actions, decisions, annotations);
      return { type: 'remedy', keyword: line.keyword, value, owners, items, actions, decisions, annotations, span };
    });
  });

  private problem = this.RULE('problem', (): ProblemNode => {
    const line = this.lineOf(['problem'], 1);
    const alternatives: ProblemNode['alternatives'][number][] = [];
    const remedies: RemedyNode[] = [];
    const decisions: DecisionNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.problem, { alternatives, annotations, decisions, remedies }, this.problemGoesOn);
    return this.ACTION(() => {
      const value = plainValue(line, this.diagnostics, true);
      const span = spanOver(lineSpan(line), alternatives, remedies, decisions, annotations);
      this.indentedOut(line.keyword, decisions, annotations);
      return { type: 'problem', keyword: line.keyword, value, alternatives, remedies, decisions, annotations, span };
    });
  });

  private standard = this.RULE('standard', (): StandardNode => {
    const line = this.lineOf(['standard'], 1);
    const items: ListItemNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.standard, { annotations, items });
    return this.ACTION(() => {
      const value = plainValue(line, this.diagnostics, true);
      this.indentedOut(line.keyword, items, annotations);
      return { type: 'standard', keyword: line.keyword, value, items, annotations, span: spanOver(lineSpan(line), items, annotations) };
    });
  });

  /** A header-style line: a single value, or a list for owner/roles/tools/values. */
  private fieldLine(kinds: readonly KeywordKind[], idx: number): FieldNode | ListFieldNode {
    const field = this.lineOf(kinds, idx);
    return this.ACTION(() => {
      const value = plainValue(field, this.diagnostics, true);
      const span = lineSpan(field);
      return listFieldKinds.has(field.keyword.kind)
        ? { type: 'list-field', keyword: field.keyword, names: readList(value), span }
        : { type: 'field', keyword: field.keyword, value, span };
    });
  }

  /** Child lines of a section that carry plain text (`字段:`, `占位符:` …). */
  private textLine(line: RawLine): { keyword: KeywordUse; value: TextValue; span: { start: number; end: number } } {
    return { keyword: line.keyword, value: plainValue(line, this.diagnostics, true), span: lineSpan(line) };
  }

  private kpi = this.RULE('kpi', (): KpiNode => {
    const line = this.lineOf(['kpi'], 1);
    const parts: RawLine[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.kpi, { annotations, parts });
    return this.ACTION(() => ({
      type: 'kpi', keyword: line.keyword, value: plainValue(line, this.diagnostics, true),
      definitions: parts.filter((p) => p.keyword.kind === 'definition').map((p) => plainValue(p, this.diagnostics, true)),
      targets: parts.filter((p) => p.keyword.kind === 'target').map((p) => plainValue(p, this.diagnostics, true)),
      annotations, span: spanOver(lineSpan(line), parts.map((p) => ({ span: lineSpan(p) })), annotations),
    }));
  });

  private form = this.RULE('form', (): FormNode => {
    const line = this.lineOf(['form'], 1);
    const fields: RawLine[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.form, { annotations, fields });
    return this.ACTION(() => ({
      type: 'form', keyword: line.keyword, value: plainValue(line, this.diagnostics, true), fields: fields.map((f) => this.textLine(f)),
      annotations, span: spanOver(lineSpan(line), fields.map((f) => ({ span: lineSpan(f) })), annotations),
    }));
  });

  private template = this.RULE('template', (): TemplateNode => {
    const line = this.lineOf(['template'], 1);
    const parts: RawLine[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.template, { annotations, parts });
    return this.ACTION(() => {
      const of = (kind: KeywordKind) => parts.filter((p) => p.keyword.kind === kind);
      return {
        type: 'template', keyword: line.keyword, label: headLabel(line), value: labelledValue(line, this.diagnostics),
        placeholders: of('placeholder').map((p) => this.textLine(p)),
        bodies: of('body').map((p) => plainValue(p, this.diagnostics, true)),
        examples: of('example').map((p) => plainValue(p, this.diagnostics, true)),
        annotations, span: spanOver(lineSpan(line), parts.map((p) => ({ span: lineSpan(p) })), annotations),
      };
    });
  });

  private rule = this.RULE('rule', (): RuleNode => {
    const line = this.lineOf(['rule'], 1);
    const conditions: RawLine[] = [];
    const remedies: RemedyNode[] = [];
    const actions: ActionNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.rule, { actions, annotations, conditions, remedies });
    return this.ACTION(() => ({
      type: 'rule', keyword: line.keyword, label: headLabel(line), value: labelledValue(line, this.diagnostics),
      conditions: conditions.map((c) => ({ keyword: c.keyword, value: conditionValue(c, this.diagnostics), span: lineSpan(c) })),
      remedies, actions, annotations,
      span: spanOver(lineSpan(line), conditions.map((c) => ({ span: lineSpan(c) })), remedies, actions, annotations),
    }));
  });

  private table = this.RULE('table', (): DecisionTableNode => {
    const line = this.lineOf(['table'], 1);
    const facts: RawLine[] = [];
    const rules: RuleNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.table, { annotations, facts, rules });
    return this.ACTION(() => ({
      type: 'table', keyword: line.keyword, value: plainValue(line, this.diagnostics, true), facts: facts.map((f) => this.textLine(f)),
      rules, annotations, span: spanOver(lineSpan(line), facts.map((f) => ({ span: lineSpan(f) })), rules, annotations),
    }));
  });

  private scenario = this.RULE('scenario', (): ScenarioNode => {
    const line = this.lineOf(['scenario'], 1);
    const choices: RawLine[] = [];
    const explanations: RawLine[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.scenario, { annotations, choices, explanations });
    return this.ACTION(() => {
      let target: ScenarioNode['target'];
      if (line.number) target = { number: asciiDigits(line.number.image), span: tokenSpan(line.number) };
      else if (line.stepWord) this.diagnostics.push({ code: 'SOP1011', span: line.keyword.span, args: { keyword: line.keyword.image } });
      const value = plainValue({ ...line, number: undefined, stepWord: undefined }, this.diagnostics, true);
      const span = spanOver(lineSpan(line), [...choices, ...explanations].map((l) => ({ span: lineSpan(l) })), annotations);
      return {
        type: 'scenario', keyword: line.keyword, target, value,
        choices: choices.map((c) => ({ keyword: c.keyword, correct: c.keyword.kind === 'correct', value: plainValue(c, this.diagnostics, true), span: lineSpan(c) })),
        explanations: explanations.map((e) => plainValue(e, this.diagnostics, true)),
        annotations, span,
      };
    });
  });

  private step = this.RULE('step', (): StepNode => {
    const line = this.lineOf(['step'], 1);
    const attributeLines: RawLine[] = [];
    const standards: StandardNode[] = [];
    const problems: ProblemNode[] = [];
    const decisions: DecisionNode[] = [];
    const actions: ActionNode[] = [];
    const scenarios: ScenarioNode[] = [];
    const annotations: Annotation[] = [];
    const strayFrom = this.stray.length;
    this.repeat(this.alternatives.step, { actions, annotations, attributeLines, decisions, problems, scenarios, standards }, this.stepGoesOn);
    return this.ACTION(() => {
      let number: StepNode['number'];
      const uncolonned = missingColonAfterNumber(line, this.diagnostics);
      const numberToken = uncolonned?.number ?? line.number;
      if (numberToken) number = { value: asciiDigits(numberToken.image), span: tokenSpan(numberToken) };
      if (line.stepWord) this.diagnostics.push({ code: 'SOP1006', span: tokenSpan(line.stepWord), args: { keyword: line.keyword.image, extra: line.stepWord.image } });
      const value = plainValue({ ...(uncolonned?.line ?? line), number: undefined, stepWord: undefined }, this.diagnostics, true);
      const of = (kind: KeywordKind) => attributeLines.filter((l) => l.keyword.kind === kind);
      const names = (kind: KeywordKind) => of(kind).flatMap((l) => readList(plainValue(l, this.diagnostics, true)));
      const span = spanOver(lineSpan(line), attributeLines.map((o) => ({ span: lineSpan(o) })), standards, problems, decisions, actions, scenarios, annotations,
        this.stray.slice(strayFrom));
      return {
        type: 'step', keyword: line.keyword, number, value, owners: names('owner'), ownerLines: of('owner').map((o) => o.keyword),
        marks: names('marks'), values: names('values'), missing: of('missing').map((l) => plainValue(l, this.diagnostics, true)),
        standards, problems, decisions, actions, scenarios, annotations, span,
      };
    });
  });

  private phase = this.RULE('phase', (): PhaseNode => {
    const line = this.lineOf(['phase'], 1);
    const steps: StepNode[] = [];
    const fields: (FieldNode | ListFieldNode)[] = [];
    const kpis: KpiNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.phase, { annotations, fields, kpis, steps });
    return this.ACTION(() => {
      const value = plainValue(line, this.diagnostics, true);
      return { type: 'phase', keyword: line.keyword, value, steps, fields, kpis, annotations, span: spanOver(lineSpan(line), steps, fields, kpis, annotations) };
    });
  });

  private process = this.RULE('process', (): ProcessNode => {
    const line = this.lineOf(['process'], 1);
    const fields: (FieldNode | ListFieldNode)[] = [];
    const kpis: KpiNode[] = [];
    const annotations: Annotation[] = [];
    this.repeat(this.alternatives.process, { annotations, fields, kpis });
    return this.ACTION(() => {
      const value = plainValue(line, this.diagnostics, true);
      return { type: 'process', keyword: line.keyword, value, fields, kpis, annotations, span: spanOver(lineSpan(line), fields, kpis, annotations) };
    });
  });

  /** A keyword line (with whatever it owns) standing where it is not allowed. */
  private orphan = this.RULE('orphan', (): MisplacedNode => {
    let node!: { keyword?: KeywordUse; span: { start: number; end: number } };
    this.OR([
      { ALT: () => { node = this.SUBRULE(this.standard); } },
      { ALT: () => { node = this.SUBRULE(this.problem); } },
      { ALT: () => { node = this.SUBRULE(this.remedy); } },
      { ALT: () => { node = this.SUBRULE(this.decision); } },
      { ALT: () => { node = this.SUBRULE(this.branch); } },
      { ALT: () => { node = this.SUBRULE(this.action); } },
      { ALT: () => { node = this.SUBRULE(this.annotation); } },
      { ALT: () => { node = this.SUBRULE(this.scenario); } },
      { ALT: () => { node = this.SUBRULE(this.rule); } },
      { ALT: () => {
        const l = this.lineOf(orphanLineKinds, 3);
        node = this.ACTION(() => ({ keyword: l.keyword, span: lineSpan(l) }));
      } },
      { ALT: () => { node = this.SUBRULE(this.listItem); } },
    ]);
    return this.ACTION(() => misplacedNode(node));
  });

  /**
   * A line inside a step that belongs deeper or elsewhere (a remedy without its problem, a branch without its decision, a
   * `-` item, a header field …), with whatever it owns. The step goes on after it, so the lines that follow are read in
   * their step, not reported as misplaced too.
   */
  private strayInStep = this.RULE('strayInStep', (): MisplacedNode => {
    let node!: { keyword?: KeywordUse; span: { start: number; end: number } };
    this.OR([
      { ALT: () => { node = this.SUBRULE(this.remedy); } },
      { ALT: () => { node = this.SUBRULE(this.branch); } },
      { ALT: () => { node = this.SUBRULE(this.rule); } },
      { ALT: () => {
        const l = this.lineOf(strayOrProfileKinds, 4);
        node = this.ACTION(() => ({ keyword: l.keyword, span: lineSpan(l) }));
      } },
      { ALT: () => { node = this.SUBRULE(this.listItem); } },
    ]);
    return this.ACTION(() => misplacedNode(node));
  });

  /**
   * A piece of text that starts inside a phase (see read-body.ts): the rest of that phase, then the document as usual.
   */
  phaseContinued = this.RULE('phaseContinued', (): { phase: PhaseParts; body: ParsedBody } => {
    const phase: PhaseParts = { steps: [], fields: [], kpis: [], annotations: [] };
    this.repeat(this.alternatives.phase, phase as unknown as Record<string, unknown>);
    const body = this.SUBRULE(this.document);
    return { phase, body };
  });

  document = this.RULE('document', (): ParsedBody => {
    const body: ParsedBody = {
      process: undefined, extraProcesses: [], phases: [], looseSteps: [], lateFields: [], lateKpis: [], forms: [], templates: [], tables: [],
      misplaced: [], strays: [], badLines: [], nestedBadLines: [], keywords: [],
    };
    this.repeat(this.alternatives.document, body as unknown as Record<string, unknown>);
    this.ACTION(() => {
      for (const node of this.stray.splice(0)) body.strays.push(node);
      for (const node of this.nestedBad.splice(0)) body.nestedBadLines.push(node);
    });
    return body;
  });
}

/** A misplaced line as the diagnostics see it: its keyword (or `-` for an item) and the lines it spans. */
function misplacedNode(node: { keyword?: KeywordUse; span: { start: number; end: number } }): MisplacedNode {
  return {
    type: 'misplaced', kind: node.keyword?.kind ?? 'item', image: node.keyword?.image ?? '-',
    headSpan: node.keyword ? { ...node.keyword.span } : { start: node.span.start, end: node.span.start + 1 }, span: node.span,
  };
}

function last<T>(items: readonly T[]): T {
  return items[items.length - 1]!;
}

function spanOver(first: { start: number; end: number }, ...groups: readonly (readonly { span: { start: number; end: number } }[])[]) {
  let end = first.end;
  for (const group of groups) for (const node of group) if (node.span.end > end) end = node.span.end;
  return { start: first.start, end };
}
