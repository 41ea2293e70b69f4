// What one .sop file contributes to workspace symbols: its process, its steps (numbered as core's index numbers them),
// its decision tables, templates and forms, each with the words a query may match.
import { indexSteps, type DocumentNode, type LineMap, type Span, type TextValue } from '@sopkit/core';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { spanRange } from '../positions.js';

export interface WorkspaceEntry {
  readonly symbol: SymbolInformation;
  /** The step number, for a step. */
  readonly number: string | undefined;
  /** The title, lower-cased (a process's id included). */
  readonly title: string;
  /** The id and title of the process the symbol belongs to, lower-cased. */
  readonly process: string;
}

interface Headed {
  readonly keyword: { readonly span: Span };
  readonly value: TextValue;
}

/** The workspace symbols of one parsed document. */
export function symbolEntries(uri: string, doc: DocumentNode, lines: LineMap): WorkspaceEntry[] {
  const title = doc.process?.value.text.trim() ?? '';
  const idField = doc.process?.fields.find((f) => f.type === 'field' && f.keyword.kind === 'id');
  const id = idField?.type === 'field' ? idField.value.text.trim() : '';
  const processName = id ? `${title || '?'} (${id})` : title;
  const process = `${id} ${title}`.toLowerCase();
  const entry = (name: string, kind: SymbolKind, node: Headed, container: string | undefined, number?: string): WorkspaceEntry => {
    const span = { start: node.keyword.span.start, end: Math.max(node.keyword.span.end, node.value.span.end) };
    const symbol: SymbolInformation = { name, kind, location: { uri, range: spanRange(lines, span) }, ...(container ? { containerName: container } : {}) };
    return { symbol, number, title: name.toLowerCase(), process };
  };

  const entries: WorkspaceEntry[] = [];
  if (doc.process) entries.push(entry(processName || '?', SymbolKind.Module, doc.process, undefined));
  for (const step of indexSteps(doc).steps) {
    const container = [processName, step.phase?.value.text.trim()].filter(Boolean).join(' › ');
    const stepTitle = step.node.value.text.trim();
    entries.push({ ...entry(`${step.number} ${stepTitle}`, SymbolKind.Function, step.node, container, step.number), title: stepTitle.toLowerCase() });
  }
  const labelled = (label: TextValue | undefined, value: TextValue) => [label?.text, value.text].filter(Boolean).join(' ').trim() || '?';
  for (const table of doc.tables) entries.push(entry(labelled(undefined, table.value), SymbolKind.Struct, table, processName));
  for (const template of doc.templates) entries.push(entry(labelled(template.label, template.value), SymbolKind.Interface, template, processName));
  for (const form of doc.forms) entries.push(entry(labelled(undefined, form.value), SymbolKind.Struct, form, processName));
  return entries;
}
