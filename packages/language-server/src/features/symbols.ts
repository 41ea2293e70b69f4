// The outline: the process, its phases, their steps and the steps' problems, and the decision tables (facts, rules),
// templates (placeholders) and forms (fields), each under the phase it follows in the file (steps and tables before the
// first phase stand alone).
import type { DecisionTableNode, FormNode, ProblemNode, Span, StepNode, TemplateNode, TextValue } from '@sopkit/core';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { spanRange } from '../positions.js';

interface Named {
  readonly span: Span;
  readonly keyword: { readonly span: Span; readonly image: string };
}

/** The document's symbols as a tree. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { ast, lines } = analysis.result;
  const numbers = new Map(analysis.index.steps.map((s) => [s.node, s.number]));
  const symbol = (name: string, detail: string, kind: SymbolKind, node: Named, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name: name.trim() || '?', detail, kind, range: spanRange(lines, node.span), selectionRange: spanRange(lines, node.keyword.span), children,
  });
  const labelled = (label: TextValue | undefined, value: TextValue) => [label?.text, value.text].filter(Boolean).join(' ');
  const line = (kind: SymbolKind) => (item: Named & { readonly value: TextValue }) => symbol(item.value.text, item.keyword.image, kind, item);

  const problem = (p: ProblemNode) => symbol(p.value.text, p.keyword.image, SymbolKind.Event, p);
  const step = (s: StepNode) => symbol(`${numbers.get(s) ?? ''} ${s.value.text}`, s.owners.map((o) => o.name).join('、'), SymbolKind.Function, s, s.problems.map(problem));
  const table = (t: DecisionTableNode) => symbol(t.value.text, t.keyword.image, SymbolKind.Struct, t, [
    ...t.facts.map(line(SymbolKind.Field)),
    ...t.rules.map((r) => symbol(labelled(r.label, r.value), r.keyword.image, SymbolKind.Method, r)),
  ]);
  const template = (t: TemplateNode) => symbol(labelled(t.label, t.value), t.keyword.image, SymbolKind.Interface, t, t.placeholders.map(line(SymbolKind.TypeParameter)));
  const form = (f: FormNode) => symbol(f.value.text, f.keyword.image, SymbolKind.Struct, f, f.fields.map(line(SymbolKind.Field)));
  const extras = [...ast.tables.map(table), ...ast.templates.map(template), ...ast.forms.map(form)];

  const phases = ast.phases.map((p) => symbol(p.value.text, p.keyword.image, SymbolKind.Namespace, p, p.steps.map(step)));
  const top: DocumentSymbol[] = [];
  for (const extra of extras) {
    const owner = ownerPhase(phases, extra);
    if (owner) owner.children!.push(extra);
    else top.push(extra);
  }
  for (const phase of phases) {
    phase.children!.sort(byStart);
    const last = phase.children![phase.children!.length - 1];
    // Note: a phase's range grows over the tables and templates written after it, so the outline follows the cursor into them.
    if (last && before(phase.range.end, last.range.end)) phase.range = { start: phase.range.start, end: last.range.end };
  }
  if (ast.process) top.push(symbol(ast.process.value.text, ast.process.keyword.image, SymbolKind.Module, ast.process));
  top.push(...ast.looseSteps.map(step), ...phases);
  return top.sort(byStart);
}

/** The last of the phases (in source order) that starts before `symbol`. */
function ownerPhase(phases: readonly DocumentSymbol[], symbol: DocumentSymbol): DocumentSymbol | undefined {
  let owner: DocumentSymbol | undefined;
  for (const phase of phases) if (before(phase.range.start, symbol.range.start)) owner = phase;
  return owner;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function byStart(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
