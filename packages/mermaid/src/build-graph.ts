// Compiled process JSON → diagram graph: phases as groups, steps in order (a phase written 不分先后 as a frame the flow
// enters and leaves once, its steps stacked without order between them), decisions as diamonds with their branches,
// go-to/return jumps, and (by detail) each step's problems with their remedies, escalations to the role called, and work
// standards; decision tables as tables after the steps. Only the fields it draws are read, so JSON from a newer language version (new constructs) still renders.
import type { ActionJson, BranchJson, DecisionJson, ProblemJson, ProcessJson, StepJson } from '@sopkit/core';
import type { DiagramGraph, EdgeKind, GraphEdge, GraphGroup, GraphItem, GraphNode, LabelLine, NodeKind } from './diagram-graph.js';
import { isGroup } from './diagram-graph.js';
import type { DiagramOptions } from './diagram-options.js';
import { legend } from './legend.js';
import { branchLabel, problemLines, stepLines, wrapQuestion } from './node-labels.js';
import { tableGraphs } from './table-graph.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';

type JumpAction = Extract<ActionJson, { type: 'goto' | 'return' }>;

/** A frame of steps: a phase, or the steps outside phases of a process written 不分先后. */
interface Frame {
  readonly id: string;
  readonly title: string | undefined;
  /** False: the steps have no order between them (drawn without flow lines from one to the next). */
  readonly ordered: boolean;
  readonly items: GraphItem[];
}

/** Where a decision branch goes when it neither jumps nor ends: the next decision, or out of the step. */
type Continuation = { readonly kind: 'node'; readonly id: string } | { readonly kind: 'exit' };

const isJump = (action: ActionJson): action is JumpAction => action.type === 'goto' || action.type === 'return';
/** Marks the call of a role inside an outcome, when no role nodes are drawn. */
const callGlyphs = { escalate: '⬆', notify: '✉' } as const;

/** Builds the graph of one process. */
export function buildGraph(process: ProcessJson, options: DiagramOptions): DiagramGraph {
  const words = vocabulary(process.language);
  const withProblems = options.detail !== 'steps';
  const withStandards = options.detail === 'full';
  const counters = new Map<string, number>();
  const nextId = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}${n}`;
  };
  const edges: GraphEdge[] = [];
  const edge = (from: string, to: string, kind: EdgeKind, label?: string) => edges.push({ from, to, kind, ...(label && { label }) });

  const steps = process.steps;
  const stepIds = new Map(steps.map((step, i) => [step.id, `step${i + 1}`]));
  const startId = 'begin';
  const finishId = 'finish';
  const frames = stepFrames(process, words, () => nextId('phase'));
  const unordered = (index: number) => frames[index]?.ordered === false;
  /** Where the flow enters step `index` (the frame, for a step without order), or the end after the last step. */
  const entry = (index: number) => (index >= steps.length ? finishId : unordered(index) ? frames[index]!.id : stepIds.get(steps[index]!.id)!);
  /** The first step after `index` outside its frame without order (the next step, when it has order). */
  const after = (index: number) => {
    let next = index + 1;
    while (unordered(index) && next < steps.length && frames[next] === frames[index]) next++;
    return next;
  };
  const jumpLabel = (action: JumpAction) => `${action.type === 'goto' ? words.goto : words.returnTo} ${words.step} ${action.number}`;
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

  /**
   * Draws the edge a list of actions ends with, if it leaves the normal flow (a jump, or the end), carrying `label`.
   * Returns whether it did.
   */
  const leave = (from: string, actions: readonly ActionJson[], label?: string, endId = finishId): boolean => {
    for (const action of actions) {
      if (isJump(action)) {
        const target = stepIds.get(action.step);
        if (target) edge(from, target, 'jump', joined(label, jumpLabel(action)));
        return true;
      }
      if (action.type === 'end') {
        edge(from, endId, label ? 'branch' : 'flow', label);
        return true;
      }
    }
    return false;
  };

  /** Action lines shown inside an outcome (reschedule; escalating and notifying too when no role nodes are drawn). */
  const actionLines = (actions: readonly ActionJson[]): LabelLine[] =>
    actions.flatMap((action): LabelLine[] => {
      if (action.type === 'reschedule') return [{ text: `↻ ${words.reschedule}${action.text ? `${words.colon}${action.text}` : ''}` }];
      if ('roles' in action && !withProblems) return [{ text: `${callGlyphs[action.type]} ${words[action.type]}${words.colon}${action.roles.join(words.listSeparator)}` }];
      return [];
    });

  /** Role nodes drawn beside the element that calls them (one per call keeps the lines short). */
  const escalations = (into: GraphItem[], from: string, actions: readonly ActionJson[]) => {
    if (!withProblems) return;
    for (const action of actions) {
      if (!('roles' in action)) continue;
      for (const role of action.roles) {
        const id = nextId('role');
        into.push({ id, kind: 'role', lines: [{ text: role }] });
        edge(from, id, action.type, words[action.type]);
      }
    }
  };

  /** The nodes and edges of one step: the step, its decisions (a chain of diamonds) and, by detail, standards and problems. */
  const stepItems = (step: StepJson, index: number): GraphItem[] => {
    const id = stepIds.get(step.id)!;
    const items: GraphItem[] = [{ id, kind: 'step', lines: stepLines(step, words) }];
    const loose = unordered(index);
    // Note: a step without order leads to no next step; its decisions' branches that go on leave its frame for what follows it.
    const nextStep = entry(after(index));
    const exit = (from: string, kind: EdgeKind, label?: string) => {
      if (leave(from, step.actions.filter((a) => isJump(a) || a.type === 'end'), label)) return;
      if (!loose || from !== id) edge(from, nextStep, kind, label);
    };
    const follow = (from: string, next: Continuation, kind: EdgeKind, label?: string) =>
      next.kind === 'node' ? edge(from, next.id, kind, label) : exit(from, kind, label);

    const decisionIds = step.decisions.map(() => nextId('dec'));
    step.decisions.forEach((decision, i) => {
      const decisionId = decisionIds[i]!;
      items.push({ id: decisionId, kind: 'decision', lines: wrapQuestion(decision.question) });
      if (i === 0) edge(id, decisionId, 'flow');
      const next: Continuation = i + 1 < decisionIds.length ? { kind: 'node', id: decisionIds[i + 1]! } : { kind: 'exit' };
      for (const branch of decision.branches) branchItems(items, decisionId, branch, next, follow);
    });
    if (step.decisions.length === 0) exit(id, 'flow');
    const lastOfDecisions = items[items.length - 1]!.id;
    escalations(items, id, step.actions);

    let above = id;
    const attach = (node: GraphNode) => {
      items.push(node);
      edge(above, node.id, 'attach');
      above = node.id;
    };
    if (withStandards && step.standards.length > 0) {
      const lines = step.standards.flatMap((s) => [{ text: `✓ ${s.text}` }, ...s.items.map((text) => ({ text: `   · ${text}` }))]);
      attach({ id: nextId('std'), kind: 'standard', lines });
    }
    if (withProblems) {
      for (const group of problemGroups(step)) {
        const problemId = nextId('prob');
        attach({ id: problemId, kind: 'problem', lines: problemLines(group, words, withStandards) });
        const actions = [...group[0]!.remedies.flatMap((r) => r.actions), ...nestedBranchActions(group[0]!)];
        escalations(items, problemId, actions);
        let stopped = false;
        for (const action of actions) {
          const target = isJump(action) ? stepIds.get(action.step) : undefined;
          if (isJump(action) && target) edge(problemId, target, 'jump', jumpLabel(action));
          if (action.type !== 'end' || stopped) continue;
          stopped = true;
          const stop = nextId('stop');
          items.push({ id: stop, kind: 'terminal', lines: [{ text: words.end, strong: true }] });
          edge(problemId, stop, 'flow');
        }
      }
    }
    // Invisible: the next step stays below this one's problems; in a frame without order, the next step is also hung from
    // this one (where a flow line would be), which keeps the steps in one column and their roles to one side.
    const below = index + 1 < steps.length ? stepIds.get(steps[index + 1]!.id)! : finishId;
    const stacked = loose && frames[index + 1] === frames[index];
    if (stacked) edge(id, below, 'order');
    if (stacked && lastOfDecisions !== id) edge(lastOfDecisions, below, 'order');
    if (above !== id && (stacked || !loose)) edge(above, below, 'order');
    return items;
  };

  /** One branch of a step's decision: an outcome node when it says something, then on to `next` unless it jumps or ends. */
  const branchItems = (
    items: GraphItem[], decisionId: string, branch: BranchJson, next: Continuation,
    follow: (from: string, next: Continuation, kind: EdgeKind, label?: string) => void,
  ) => {
    const label = branchLabel(branch, words);
    const lines: LabelLine[] = [
      ...(branch.text ? [{ text: branch.text }] : []),
      ...(withStandards ? branch.items.map((text) => ({ text: `· ${text}` })) : []),
      ...actionLines(branch.actions),
    ];
    const call = withProblems ? branch.actions.find((a): a is Extract<ActionJson, { roles: readonly string[] }> => 'roles' in a) : undefined;
    if (lines.length === 0 && !call) {
      if (!leave(decisionId, branch.actions, label)) follow(decisionId, next, 'branch', label);
      return;
    }
    const outcome = nextId('out');
    items.push({ id: outcome, kind: 'outcome', lines: lines.length > 0 ? lines : [{ text: words[call!.type] }] });
    edge(decisionId, outcome, 'branch', label);
    escalations(items, outcome, branch.actions);
    if (!leave(outcome, branch.actions)) follow(outcome, next, 'flow');
  };

  const items: GraphItem[] = [{ id: startId, kind: 'terminal', lines: [{ text: process.title, strong: true }] }];
  edge(startId, entry(0), 'flow');
  steps.forEach((step, index) => {
    const frame = frames[index];
    if (frame && frame !== frames[index - 1]) {
      // Note: ELK stacks a frame without order as it is, and spreads its role nodes wider when told a direction.
      const direction = !frame.ordered && options.layout === 'dagre' ? { direction: options.direction } : {};
      items.push({ id: frame.id, title: frame.title, items: frame.items, ...direction } satisfies GraphGroup);
    }
    const into = frame ? frame.items : items;
    for (const item of stepItems(step, index)) into.push(item);
    if (frame && !frame.ordered && frame !== frames[index + 1]) edge(frame.id, entry(index + 1), 'flow');
  });
  items.push({ id: finishId, kind: 'terminal', lines: [{ text: words.end, strong: true }] });
  const tables = tableGraphs(process, words, nextId, finishId);
  for (const node of tables.nodes) items.push(node);
  for (const tableEdge of tables.edges) edges.push(tableEdge);
  if (!options.legend) return { direction: options.direction, items, edges };
  const key = legend(words, options.detail, startId, nodeKinds(items), frames.some((frame) => frame?.ordered === false));
  return { direction: options.direction, items: [...items, key.group], edges: [...edges, ...key.edges] };
}

/**
 * The frame each step is drawn in (undefined: none), in step order; steps of one phase in a row share one, and so do the
 * steps outside phases of a process written 不分先后 (a frame of their own, titled only so).
 */
function stepFrames(process: ProcessJson, words: Vocabulary, frameId: () => string): (Frame | undefined)[] {
  const phaseOf = new Map(process.phases.flatMap((phase) => phase.steps.map((stepId) => [stepId, phase] as const)));
  let frame: Frame | undefined;
  let key: string | undefined;
  return process.steps.map((step) => {
    const phase = phaseOf.get(step.id);
    const ordered = (phase ?? process).ordered !== false;
    const own = phase ? phase.id : ordered ? undefined : '';
    if (own !== key) {
      key = own;
      const title = ordered ? phase?.title : words.unorderedTitle(phase?.title);
      frame = own === undefined ? undefined : { id: frameId(), title, ordered, items: [] };
    }
    return frame;
  });
}

/** The kinds of node drawn among some items, in groups too. */
function nodeKinds(items: readonly GraphItem[]): Set<NodeKind> {
  return new Set(items.flatMap((item): NodeKind[] => (isGroup(item) ? [...nodeKinds(item.items)] : [item.kind])));
}

/** A step's problems, with the problems that share remedies (`或:`) kept together. */
function problemGroups(step: StepJson): ProblemJson[][] {
  const groups: ProblemJson[][] = [];
  const seen = new Set<string>();
  for (const problem of step.problems) {
    if (seen.has(problem.id)) continue;
    const members = problem.group ? step.problems.filter((p) => problem.group!.includes(p.id)) : [problem];
    for (const member of members) seen.add(member.id);
    groups.push(members.length > 0 ? members : [problem]);
  }
  return groups;
}

/** The actions in the branches of a problem's and its remedies' decisions. */
function nestedBranchActions(problem: ProblemJson): ActionJson[] {
  const decisions: DecisionJson[] = [...problem.decisions, ...problem.remedies.flatMap((r) => r.decisions)];
  return decisions.flatMap((d) => d.branches.flatMap((b) => b.actions));
}
