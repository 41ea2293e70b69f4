// Compiles what sits beside the steps: process and phase profiles (purpose, tools, attention, KPIs …), forms,
// message templates and decision tables.
import type { DecisionTableNode, FieldNode, FormNode, KpiNode, ListFieldNode, TemplateNode } from '../ast/nodes.js';
import type { LineMap } from '../diagnostics/line-map.js';
import { analyseTable } from '../model/decision-table.js';
import { readFieldText } from '../syntax/field-options.js';
import { readOrder } from '../syntax/step-order.js';
import { parseTiming } from '../syntax/timing.js';
import { fillTemplate, parseExample, parsePlaceholder } from '../syntax/template-text.js';
import { compileAnnotations } from './annotations.js';
import { mapList, orNone } from './empty-list.js';
import type { ActionJson, DecisionTableJson, FormJson, KpiJson, ProfileJson, RemedyJson, TemplateJson } from './process-json.js';
import type { RemedyNode, ActionNode } from '../ast/nodes.js';

export interface ExtrasScope {
  readonly lines: LineMap;
  readonly processId: string;
  readonly language: string;
  readonly remedy: (node: RemedyNode, id: string) => RemedyJson;
  readonly action: (node: ActionNode) => ActionJson;
}

/** The profile of the process or a phase; `ordered` is what the process says, which a phase inherits unless it says otherwise. */
export function compileProfile(fields: readonly (FieldNode | ListFieldNode)[], kpis: readonly KpiNode[], idPrefix: string, lines: LineMap, ordered = true): ProfileJson {
  const single = (kind: string) => fields.find((f): f is FieldNode => f.type === 'field' && f.keyword.kind === kind)?.value.text ?? null;
  const many = (kind: string) => orNone(fields.filter((f): f is FieldNode => f.type === 'field' && f.keyword.kind === kind).map((f) => f.value.text));
  const list = (kind: string) => orNone(fields.filter((f): f is ListFieldNode => f.type === 'list-field' && f.keyword.kind === kind).flatMap((f) => f.names.map((n) => n.name)));
  return {
    purpose: single('purpose'),
    expectation: single('expectation'),
    scope: single('scope'),
    tools: list('tools'),
    attention: many('attention'),
    principles: many('principle'),
    kpis: mapList(kpis, (kpi, i): KpiJson => ({
      id: `${idPrefix}/k${i + 1}`,
      name: kpi.value.text,
      definition: kpi.definitions.length > 0 ? kpi.definitions.map((d) => d.text).join('\n') : null,
      target: kpi.targets.length > 0 ? kpi.targets.map((t) => t.text).join('\n') : null,
      ...compileAnnotations(kpi.annotations, kpi.value.tags, kpi.span, lines),
    })),
    ...((readOrder(single('order') ?? '') ?? ordered) ? {} : { ordered: false }),
  };
}

export function compileForm(form: FormNode, id: string, phase: string | null, lines: LineMap): FormJson {
  return {
    id,
    title: form.value.text,
    phase,
    fields: form.fields.map((field) => {
      const { label, options } = readFieldText(field.value.text);
      return { label, options };
    }),
    ...compileAnnotations(form.annotations, form.value.tags, form.span, lines),
  };
}

export function compileTemplate(template: TemplateNode, id: string, phase: string | null, lines: LineMap): TemplateJson {
  const placeholders = template.placeholders.flatMap((line) => {
    const p = parsePlaceholder(line.value.text);
    return p && p.type ? [{ name: p.name, type: p.type, options: [...p.options] }] : [];
  });
  const body = template.bodies.map((b) => b.text).join('\n');
  const values = new Map(template.examples.flatMap((e) => [...parseExample(e.text)]));
  return {
    id,
    label: template.label?.text ?? null,
    title: template.value.text,
    phase,
    placeholders,
    body,
    example: values.size > 0 ? { values: Object.fromEntries(values), text: fillTemplate(body, values) } : null,
    ...compileAnnotations(template.annotations, template.value.tags, template.span, lines),
  };
}

export function compileTable(table: DecisionTableNode, id: string, phase: string | null, scope: ExtrasScope): DecisionTableJson {
  const analysis = analyseTable(table);
  const ruleId = (index: number) => `${id}/r${index + 1}`;
  return {
    id,
    title: table.value.text,
    phase,
    facts: [...analysis.facts.values()].map((f) => ({ name: f.name, kind: f.kind, values: [...f.values], unit: f.unit ?? null, declared: f.declared })),
    rules: table.rules.map((rule, i) => ({
      id: ruleId(i),
      label: rule.label?.text ?? null,
      outcome: rule.value.text,
      conditions: analysis.rules[i]!.conditions.flatMap(({ condition, text }) => {
        if (!condition) return [];
        const timing = condition.values.length === 1 ? parseTiming(condition.values[0]!) : undefined;
        const duration = timing?.kind === 'duration' ? timing.duration : null;
        return [{ fact: condition.fact, op: condition.op, values: [...condition.values], duration, ...(duration && timing?.workingDays && { workingDays: true as const }), text }];
      }),
      remedies: rule.remedies.map((remedy, r) => scope.remedy(remedy, `${ruleId(i)}/m${r + 1}`)),
      actions: rule.actions.map((action) => scope.action(action)),
      ...compileAnnotations(rule.annotations, rule.value.tags, rule.span, scope.lines),
    })),
    gaps: analysis.gaps.map((gap) => ({ fact: gap.fact, uncovered: [...gap.uncovered], context: gap.context, rules: gap.rules.map((r) => ruleId(r.index)) })),
    overlaps: analysis.overlaps.map((o) => ({ rules: [ruleId(o.first.index), ruleId(o.second.index)], witness: o.witness.join(scope.language === 'en' ? ', ' : '、') })),
    ...compileAnnotations(table.annotations, table.value.tags, table.span, scope.lines),
  };
}
