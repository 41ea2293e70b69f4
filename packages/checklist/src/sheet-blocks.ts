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
 * Places every decision table, message template and form in the phase it is written in (its `phase`; key null: above
 * the first phase), in source order. Keys are phase ids; every phase has an entry.
 */
export function placeBlocks(process: ProcessJson, language: LabelLanguage): ReadonlyMap<string | null, SectionBlocks> {
  const placed = new Map<string | null, { tables: TableView[]; templates: MessageTemplateView[]; forms: FormJson[] }>(
    [null, ...process.phases.map((p) => p.id)].map((id) => [id, { tables: [], templates: [], forms: [] }]),
  );
  for (const table of process.tables) placed.get(table.phase)!.tables.push(tableView(table, language));
  for (const template of process.templates) placed.get(template.phase)!.templates.push(messageTemplateView(template, language));
  for (const form of process.forms) placed.get(form.phase)!.forms.push(form);
  return placed;
}
