// What a sheet prints beside the steps: process and phase profiles, and the tables, templates and forms placed in the phase they are written in.
import type { FormJson, KpiJson, PhaseJson, ProcessJson } from '@sopkit/core';
import { tableView, type TableView } from './decision-table-view.js';
import type { LabelLanguage } from './labels.js';
import { messageTemplateView, type MessageTemplateView } from './message-template-view.js';

/** What a process or a phase says about itself; `values` are the process's declared value tags (none for a phase). */
export interface ProfileView {
  readonly purpose: string | null;
  readonly expectation: string | null;
  readonly scope: string | null;
  readonly tools: readonly string[];
  readonly attention: readonly string[];
  readonly principles: readonly string[];
  readonly kpis: readonly KpiJson[];
  readonly values: readonly string[];
}

/** The decision tables, message templates and forms of one section, in source order. */
export interface SectionBlocks {
  readonly tables: readonly TableView[];
  readonly templates: readonly MessageTemplateView[];
  readonly forms: readonly FormJson[];
}

/** The profile of a process or phase; null when it says nothing about itself. */
export function profileView(source: ProcessJson | PhaseJson): ProfileView | null {
  const profile: ProfileView = {
    purpose: source.purpose,
    expectation: source.expectation,
    scope: source.scope,
    tools: source.tools,
    attention: source.attention,
    principles: source.principles,
    kpis: source.kpis,
    values: 'values' in source ? source.values : [],
  };
  const said = profile.purpose || profile.expectation || profile.scope
    || [profile.tools, profile.attention, profile.principles, profile.kpis, profile.values].some((list) => list.length > 0);
  return said ? profile : null;
}

/**
 * Places every decision table, message template and form in the phase it is written in: the last phase that starts
 * above it in the source (key null: above the first phase). Keys are phase ids; every phase has an entry.
 */
export function placeBlocks(process: ProcessJson, language: LabelLanguage): ReadonlyMap<string | null, SectionBlocks> {
  const starts = process.phases.map((phase) => ({ id: phase.id, line: phase.range.start.line }));
  const owner = (line: number) => starts.filter((s) => s.line <= line).at(-1)?.id ?? null;
  const byLine = <T extends { range: { start: { line: number } } }>(list: readonly T[]) => [...list].sort((a, b) => a.range.start.line - b.range.start.line);
  const placed = new Map<string | null, { tables: TableView[]; templates: MessageTemplateView[]; forms: FormJson[] }>(
    [null, ...process.phases.map((p) => p.id)].map((id) => [id, { tables: [], templates: [], forms: [] }]),
  );
  for (const table of byLine(process.tables)) placed.get(owner(table.range.start.line))!.tables.push(tableView(table, language));
  for (const template of byLine(process.templates)) placed.get(owner(template.range.start.line))!.templates.push(messageTemplateView(template, language));
  for (const form of byLine(process.forms)) placed.get(owner(form.range.start.line))!.forms.push(form);
  return placed;
}
