// compile(): a checked DocumentNode → ProcessJson with stable ids, ISO 8601 timings and the process hash (compile-process.ts validates it).
import type { ActionNode, BranchNode, DecisionNode, DocumentNode, FieldNode, ListFieldNode, ProblemNode, RemedyNode, StepNode } from '../ast/nodes.js';
import type { LineMap } from '../diagnostics/line-map.js';
import { canonicalStepNumber, indexSteps, type StepIndex } from '../model/step-index.js';
import { compileAnnotations } from './annotations.js';
import { mapList, orNone } from './empty-list.js';
import { compileForm, compileProfile, compileTable, compileTemplate } from './compile-extras.js';
import { readOrder } from '../syntax/step-order.js';
import { sourceHash } from './source-hash.js';
import { schemaId, type ActionJson, type BranchJson, type DecisionJson, type PhaseJson, type ProblemJson, type ScenarioJson, type ProcessJson, type RemedyJson, type StepJson } from './process-json.js';
import { append } from '../model/append.js';

interface Scope {
  readonly lines: LineMap;
  readonly index: StepIndex;
  readonly processId: string;
  readonly numbers: ReadonlyMap<StepNode, string>;
}

/**
 * Compiles a document. Call only when check() reported no errors: references are then known to resolve.
 * The result is not yet schema-validated; see compileProcess for the checked path.
 */
export function compileDocument(doc: DocumentNode, lines: LineMap): ProcessJson {
  const process = doc.process;
  const field = (kind: string) => process?.fields.find((f): f is FieldNode => f.type === 'field' && f.keyword.kind === kind)?.value.text ?? null;
  const list = (kind: string) => process?.fields.filter((f): f is ListFieldNode => f.type === 'list-field' && f.keyword.kind === kind).flatMap((f) => f.names.map((n) => n.name)) ?? [];
  const processId = field('id') ?? 'process';
  const index = indexSteps(doc);
  const scope: Scope = { lines, index, processId, numbers: new Map(index.steps.map((s) => [s.node, canonicalStepNumber(s.number)])) };
  const phaseIds = new Map(doc.phases.map((phase, i) => [phase, `${processId}/ph${i + 1}`]));
  /** The phase a form, template or table is written in: the last phase line above it. */
  const phaseAbove = (offset: number) => {
    const phase = doc.phases.findLast((p) => p.span.start <= offset);
    return phase ? phaseIds.get(phase)! : null;
  };

  const processOrdered = readOrder(field('order') ?? '') ?? true;
  const phases: PhaseJson[] = doc.phases.map((phase) => ({
    id: phaseIds.get(phase)!,
    title: phase.value.text,
    steps: phase.steps.map((step) => stepId(scope, step)),
    ...compileProfile(phase.fields, phase.kpis, phaseIds.get(phase)!, lines, processOrdered),
    ...compileAnnotations(phase.annotations, phase.value.tags, phase.span, lines),
  }));
  const steps: StepJson[] = scope.index.steps.map(({ node, number, explicit, phase }) => compileStep(scope, node, number, explicit, phase ? phaseIds.get(phase)! : null));

  const scenarios = compileScenarios(scope);
  const header = compileAnnotations(process?.annotations ?? [], process?.value.tags ?? [], process?.span ?? { start: 0, end: 0 }, lines);
  const owners = list('owner');
  const body: Omit<ProcessJson, 'hash'> = {
    $schema: schemaId,
    schemaVersion: 1,
    id: processId,
    title: process?.value.text ?? '',
    language: doc.language,
    version: field('version'),
    owner: owners.length > 0 ? owners.join('、') : null,
    roles: list('roles'),
    values: list('values'),
    ...compileProfile(process?.fields ?? [], process?.kpis ?? [], processId, lines, processOrdered),
    phases,
    steps,
    scenarios,
    forms: doc.forms.map((form, i) => compileForm(form, `${processId}/f${i + 1}`, phaseAbove(form.span.start), lines)),
    templates: doc.templates.map((template, i) => compileTemplate(template, `${processId}/t${i + 1}`, phaseAbove(template.span.start), lines)),
    tables: doc.tables.map((table, i) => compileTable(table, `${processId}/dt${i + 1}`, phaseAbove(table.span.start), {
      lines, processId, language: doc.language, remedy: (node, id) => compileRemedy(scope, node, id), action: (node) => compileAction(scope, node),
    })),
    ...header,
  };
  return { ...body, hash: sourceHash(lines.text, doc.language, body.schemaVersion) };
}

function stepId(scope: Scope, step: StepNode): string {
  return `${scope.processId}/s${scope.numbers.get(step)!}`;
}

function compileStep(scope: Scope, node: StepNode, number: string, explicit: boolean, phase: string | null): StepJson {
  const id = stepId(scope, node);
  const problems: ProblemJson[] = [];
  for (const problem of node.problems) append(problems, compileProblem(scope, problem, id, problems.length));
  const a = compileAnnotations(node.annotations, node.value.tags, node.span, scope.lines);
  return {
    id,
    number,
    numberExplicit: explicit,
    title: node.value.text,
    phase,
    owners: mapList(node.owners, (o) => o.name),
    marks: mapList(node.marks, (m) => m.name.toUpperCase()),
    values: mapList(node.values, (v) => v.name),
    missing: mapList(node.missing, (m) => m.text),
    standards: mapList(node.standards, (standard, i) => {
      const s = compileAnnotations(standard.annotations, standard.value.tags, standard.span, scope.lines);
      return {
        id: `${id}/w${i + 1}`,
        text: standard.value.text,
        items: mapList(standard.items, (item) => item.value.text),
        timings: s.timings, references: s.references, notes: s.notes, tags: s.tags, uncertain: s.uncertain, sources: s.sources, range: s.range,
      };
    }),
    problems: orNone(problems),
    decisions: mapList(node.decisions, (decision, i) => compileDecision(scope, decision, `${id}/d${i + 1}`)),
    actions: mapList(node.actions, (action) => compileAction(scope, action)),
    timings: a.timings, references: a.references, notes: a.notes, tags: a.tags, uncertain: a.uncertain, sources: a.sources, range: a.range,
  };
}

/** A problem and its `或:` alternatives become one problem each, sharing the remedies (each under its own id). */
function compileProblem(scope: Scope, node: ProblemNode, stepIdValue: string, before: number): ProblemJson[] {
  const texts = [node.value, ...node.alternatives.map((alt) => alt.value)];
  const ids = texts.map((_, i) => `${stepIdValue}/p${before + i + 1}`);
  const group = texts.length > 1 ? ids : null;
  return texts.map((value, i) => {
    const a = compileAnnotations(node.annotations, value.tags, i === 0 ? node.span : node.alternatives[i - 1]!.span, scope.lines);
    return {
      id: ids[i]!,
      text: value.text,
      group,
      remedies: mapList(node.remedies, (remedy, r) => compileRemedy(scope, remedy, `${ids[i]}/r${r + 1}`)),
      decisions: mapList(node.decisions, (decision, d) => compileDecision(scope, decision, `${ids[i]}/d${d + 1}`)),
      timings: a.timings, references: a.references, notes: a.notes, tags: a.tags, uncertain: a.uncertain, sources: a.sources, range: a.range,
    };
  });
}

function compileRemedy(scope: Scope, node: RemedyNode, id: string): RemedyJson {
  const a = compileAnnotations(node.annotations, node.value.tags, node.span, scope.lines);
  return {
    id,
    text: node.value.text,
    owners: mapList(node.owners, (o) => o.name),
    items: mapList(node.items, (item) => item.value.text),
    actions: mapList(node.actions, (action) => compileAction(scope, action)),
    decisions: mapList(node.decisions, (decision, i) => compileDecision(scope, decision, `${id}/d${i + 1}`)),
    timings: a.timings, references: a.references, notes: a.notes, tags: a.tags, uncertain: a.uncertain, sources: a.sources, range: a.range,
  };
}

function compileDecision(scope: Scope, node: DecisionNode, id: string): DecisionJson {
  const a = compileAnnotations(node.annotations, node.value.tags, node.span, scope.lines);
  return {
    id,
    question: node.value.text,
    branches: mapList(node.branches, (branch, i) => compileBranch(scope, branch, `${id}/b${i + 1}`)),
    timings: a.timings, references: a.references, notes: a.notes, tags: a.tags, uncertain: a.uncertain, sources: a.sources, range: a.range,
  };
}

function compileBranch(scope: Scope, node: BranchNode, id: string): BranchJson {
  const a = compileAnnotations(node.annotations, [...(node.condition?.tags ?? []), ...(node.value?.tags ?? [])], node.span, scope.lines);
  return {
    id,
    kind: node.kind,
    condition: node.condition?.text ?? null,
    text: node.value?.text ?? null,
    items: mapList(node.items, (item) => item.value.text),
    actions: mapList(node.actions, (action) => compileAction(scope, action)),
    timings: a.timings, references: a.references, notes: a.notes, tags: a.tags, uncertain: a.uncertain, sources: a.sources, range: a.range,
  };
}

/** Scenarios of all steps, each under the step it names (or the step it is written in). */
function compileScenarios(scope: Scope): ScenarioJson[] {
  const counters = new Map<string, number>();
  const out: ScenarioJson[] = [];
  for (const { node, number } of scope.index.steps) {
    for (const scenario of node.scenarios) {
      const stepNumber = scenario.target?.number ?? number;
      const step = `${scope.processId}/s${canonicalStepNumber(stepNumber)}`;
      const n = (counters.get(step) ?? 0) + 1;
      counters.set(step, n);
      const a = compileAnnotations(scenario.annotations, scenario.value.tags, scenario.span, scope.lines);
      out.push({
        id: `${step}/c${n}`,
        step,
        prompt: scenario.value.text,
        choices: scenario.choices.map((c) => ({ text: c.value.text, correct: c.correct })),
        explanation: scenario.explanations.length > 0 ? scenario.explanations.map((e) => e.text).join('\n') : null,
        timings: a.timings, references: a.references, notes: a.notes, tags: a.tags, uncertain: a.uncertain, sources: a.sources, range: a.range,
      });
    }
  }
  return out;
}

function compileAction(scope: Scope, node: ActionNode): ActionJson {
  switch (node.type) {
    case 'escalate':
    case 'notify':
      return { type: node.type, roles: node.roles.map((r) => r.name) };
    case 'goto':
    case 'return': {
      const number = node.target?.number ?? '';
      return { type: node.type, step: `${scope.processId}/s${canonicalStepNumber(number)}`, number };
    }
    default:
      return { type: node.type, text: node.value?.text ?? null };
  }
}
