// Fields of the compiled JSON that the built-in templates do not lay out (constructs newer than them), as plain name/text pairs.
import { keywordTable, type FormJson, type PhaseJson, type ProblemJson, type ProcessJson, type RemedyJson, type StandardJson } from '@sopkit/core';
import type { RuleRow, TableView } from './decision-table-view.js';
import type { LabelLanguage } from './labels.js';
import type { MessageTemplateView } from './message-template-view.js';
import type { StepView } from './view-model.js';

const annotationFields = ['timings', 'references', 'notes', 'tags', 'uncertain', 'sources', 'range'] as const;

const profileFields = ['purpose', 'expectation', 'scope', 'tools', 'attention', 'principles', 'kpis'] as const;

/** Per element kind, the fields the built-in templates show or leave out on purpose (a block's `phase` places it on the sheet). */
const knownFields = {
  process: ['$schema', 'schemaVersion', 'id', 'title', 'language', 'version', 'owner', 'roles', 'values', ...profileFields,
    'phases', 'steps', 'scenarios', 'forms', 'templates', 'tables', 'hash', ...annotationFields] satisfies readonly (keyof ProcessJson)[],
  phase: ['id', 'title', 'steps', ...profileFields, ...annotationFields] satisfies readonly (keyof PhaseJson)[],
  step: ['id', 'number', 'numberExplicit', 'title', 'phase', 'owners', 'marks', 'values', 'missing', 'standards', 'problems', 'decisions',
    'actions', ...annotationFields, 'problemGroups', 'scenarios', 'checks', 'position'] satisfies readonly (keyof StepView)[],
  standard: ['id', 'text', 'items', ...annotationFields] satisfies readonly (keyof StandardJson)[],
  problem: ['id', 'text', 'group', 'remedies', 'decisions', ...annotationFields] satisfies readonly (keyof ProblemJson)[],
  remedy: ['id', 'text', 'items', 'actions', 'decisions', ...annotationFields] satisfies readonly (keyof RemedyJson)[],
  table: ['id', 'title', 'phase', 'facts', 'rules', 'gaps', 'overlaps', ...annotationFields, 'columns', 'rows', 'findings'] satisfies readonly (keyof TableView)[],
  rule: ['id', 'label', 'outcome', 'conditions', 'remedies', 'actions', ...annotationFields, 'name', 'cells', 'tests'] satisfies readonly (keyof RuleRow)[],
  template: ['id', 'label', 'title', 'phase', 'placeholders', 'body', 'example', ...annotationFields, 'bodyParts', 'exampleParts'] satisfies readonly (keyof MessageTemplateView)[],
  form: ['id', 'title', 'phase', 'fields', ...annotationFields] satisfies readonly (keyof FormJson)[],
} as const;

export type ElementKind = keyof typeof knownFields;

/** The element kinds `extras` knows. */
export const elementKinds = Object.keys(knownFields) as readonly ElementKind[];

/** One field a template did not expect: its JSON name, its name in the sheet's language, and its value in words. */
export interface ExtraField {
  readonly name: string;
  readonly label: string;
  readonly text: string;
}

/** The keyword a field comes from (`values` → 核心价值, `forms` → 表单), or the field's own name when there is none. */
function fieldLabel(name: string, language: LabelLanguage): string {
  const entry = keywordTable.find((k) => k.kind === name || `${k.kind}s` === name);
  return entry?.words[language][0] ?? name;
}

const textKeys = ['text', 'title', 'question', 'prompt', 'name', 'label', 'value'];

/** A JSON value in a few words: strings as they are, lists joined, objects by their most telling text. */
function valueText(value: unknown, listSeparator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => valueText(item, listSeparator)).filter((s) => s !== '').join(listSeparator);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const key = textKeys.find((k) => typeof record[k] === 'string' && record[k] !== '');
    if (key) return String(record[key]);
    return Object.entries(record)
      .filter(([k, v]) => k !== 'range' && k !== 'id' && valueText(v, listSeparator) !== '')
      .map(([k, v]) => `${k}: ${valueText(v, listSeparator)}`)
      .join('; ');
  }
  return '';
}

/** The fields of an element that its kind does not list as known, with a non-empty value. */
export function extraFields(element: Record<string, unknown>, kind: ElementKind, language: LabelLanguage): ExtraField[] {
  const known: readonly string[] = knownFields[kind];
  const separator = language === 'en' ? ', ' : '、';
  return Object.entries(element)
    .filter(([name]) => !known.includes(name))
    .map(([name, value]) => ({ name, label: fieldLabel(name, language), text: valueText(value, separator) }))
    .filter((field) => field.text !== '');
}
