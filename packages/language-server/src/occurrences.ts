// The names an editor navigates by: step headers and references to them, declared roles and their uses, and tags.
import { canonicalStepNumber, firstAtOrAfter, type ActionNode, type DocumentNode, type IndexedStep, type Name, type RemedyNode, type ScenarioNode, type Span, type StepIndex, type StepNode, type Tag, type TagsNode } from '@sopkit/core';

export type OccurrenceKind = 'step-header' | 'step-ref' | 'role-decl' | 'role-use';

/** How a role is used: owning a step (`负责` under it), carrying out a remedy (`负责` under the remedy), or escalated to or notified. */
export type RoleUse = 'owner' | 'remedy' | 'escalate';

export interface Occurrence {
  readonly kind: OccurrenceKind;
  /** The step number or the role name. */
  readonly name: string;
  /** Where the cursor finds it. */
  readonly span: Span;
  /** The exact text a rename replaces (a step number or a role name); absent for an unnumbered step. */
  readonly renameSpan: Span | undefined;
  /** The step it is written in (for a header, the step itself). */
  readonly step: StepNode | undefined;
  /** For a role use: as a step's owner, as who carries out a remedy, or as someone escalated to or notified. */
  readonly role?: RoleUse;
}

export interface Occurrences {
  /** Every occurrence, sorted by start. */
  readonly all: readonly Occurrence[];
  /** Occurrences by kind-group and name: `step:8`, `role:调度`. */
  readonly byName: ReadonlyMap<string, readonly Occurrence[]>;
  /** Every tag name, most used first. */
  readonly tags: readonly string[];
}

/** The key grouping a step's header with its references (`08` and `8` alike), or a role's declaration with its uses. */
export function nameKey(occurrence: Pick<Occurrence, 'kind' | 'name'>): string {
  return occurrence.kind.startsWith('step') ? `step:${canonicalStepNumber(occurrence.name)}` : `role:${occurrence.name}`;
}

type Visited = ActionNode | StepNode | RemedyNode | ScenarioNode | TagsNode;

/** Walks the tree once and collects every occurrence. */
export function readOccurrences(doc: DocumentNode, index: StepIndex): Occurrences {
  const all: Occurrence[] = [];
  const tagCounts = new Map<string, number>();
  const numberOf = new Map(index.steps.map((s: IndexedStep) => [s.node, s.number]));
  const addRef = (target: { number: string; span: Span } | undefined, step: StepNode | undefined) => {
    if (!target) return;
    const renameSpan = { start: target.span.end - target.number.length, end: target.span.end };
    all.push({ kind: 'step-ref', name: target.number, span: target.span, renameSpan, step });
  };
  const addRoles = (names: readonly Name[], kind: 'role-decl' | 'role-use', step: StepNode | undefined, role?: RoleUse) => {
    for (const n of names) all.push({ kind, name: n.name, span: n.span, renameSpan: n.span, step, ...(role && { role }) });
  };
  const countTags = (tags: readonly (Tag | Name)[]) => {
    for (const tag of tags) tagCounts.set(tag.name, (tagCounts.get(tag.name) ?? 0) + 1);
  };

  for (const field of doc.process?.fields ?? []) {
    if (field.type === 'list-field' && field.keyword.kind === 'roles') addRoles(field.names, 'role-decl', undefined);
  }
  const visit = (value: unknown, step: StepNode | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, step);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record['tags'])) countTags(record['tags'] as Tag[]);
    let inner = step;
    if (typeof record['type'] === 'string') {
      const node = value as Visited;
      switch (node.type) {
        case 'step': {
          inner = node;
          const number = numberOf.get(node) ?? '';
          const end = node.value.span.end > node.keyword.span.end ? node.value.span.end : (node.number?.span.end ?? node.keyword.span.end);
          all.push({ kind: 'step-header', name: number, span: { start: node.keyword.span.start, end }, renameSpan: node.number?.span, step: node });
          addRoles(node.owners, 'role-use', node, 'owner');
          break;
        }
        case 'remedy': addRoles(node.owners, 'role-use', step, 'remedy'); break;
        case 'goto': case 'return': addRef(node.target, step); break;
        case 'scenario': addRef(node.target, step); break;
        case 'escalate': case 'notify': addRoles(node.roles, 'role-use', step, 'escalate'); break;
        case 'tags': countTags(node.names); break;
      }
    }
    for (const key in record) if (key !== 'span' && key !== 'keyword') visit(record[key], inner);
  };
  visit([doc.phases, doc.looseSteps, doc.process], undefined);

  all.sort((a, b) => a.span.start - b.span.start);
  const byName = new Map<string, Occurrence[]>();
  for (const occurrence of all) {
    const key = nameKey(occurrence);
    const list = byName.get(key);
    if (list) list.push(occurrence);
    else byName.set(key, [occurrence]);
  }
  const tags = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  return { all, byName, tags };
}

/** The occurrence under an offset (the end of a name counts, so a cursor right after it finds it). Spans never overlap. */
export function occurrenceAt(occurrences: Occurrences, offset: number): Occurrence | undefined {
  const candidate = occurrences.all[firstAtOrAfter(occurrences.all, offset + 1) - 1];
  return candidate && offset <= candidate.span.end ? candidate : undefined;
}
