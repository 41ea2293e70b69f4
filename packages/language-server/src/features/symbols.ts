// The outline: the process, its phases, their steps and the steps' problems (steps before the first phase stand alone).
import type { PhaseNode, ProblemNode, StepNode } from '@sopkit/core';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { spanRange } from '../positions.js';

/** The document's symbols as a tree. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const { ast, lines } = analysis.result;
  const numbers = new Map(analysis.index.steps.map((s) => [s.node, s.number]));
  const symbol = (name: string, detail: string, kind: SymbolKind, node: { span: { start: number; end: number }; keyword: { span: { start: number; end: number } } }, children: DocumentSymbol[] = []): DocumentSymbol => ({
    name: name || '?', detail, kind, range: spanRange(lines, node.span), selectionRange: spanRange(lines, node.keyword.span), children,
  });
  const problem = (p: ProblemNode) => symbol(p.value.text, p.keyword.image, SymbolKind.Event, p);
  const step = (s: StepNode) => symbol(`${numbers.get(s) ?? ''} ${s.value.text}`.trim(), s.owners.map((o) => o.name).join('、'), SymbolKind.Function, s, s.problems.map(problem));
  const phase = (p: PhaseNode) => symbol(p.value.text, p.keyword.image, SymbolKind.Namespace, p, p.steps.map(step));
  const out: DocumentSymbol[] = [];
  if (ast.process) out.push(symbol(ast.process.value.text, ast.process.keyword.image, SymbolKind.Module, ast.process));
  out.push(...ast.looseSteps.map(step), ...ast.phases.map(phase));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
