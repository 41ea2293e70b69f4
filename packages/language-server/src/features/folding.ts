// Folding ranges: every element that owns lines below its own (phases, steps, problems, remedies, decisions …) and comment blocks.
import type { Span } from '@sopkit/core';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { lspLine } from '../positions.js';

/** Folding ranges found by walking the tree generically, so new elements fold without changes here. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { ast, lines } = analysis.result;
  const ranges: FoldingRange[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as { type?: unknown; span?: Span } & Record<string, unknown>;
    if (typeof record.type === 'string' && record.span) {
      const startLine = lspLine(lines, record.span.start);
      const endLine = lspLine(lines, record.span.end);
      if (endLine > startLine) ranges.push({ startLine, endLine });
    }
    for (const key in record) if (key !== 'span' && key !== 'keyword' && key !== 'value') visit(record[key]);
  };
  visit([ast.process, ast.phases, ast.looseSteps]);
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run && run.end > run.start) ranges.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const comment of ast.comments) {
    const line = lspLine(lines, comment.span.start);
    if (run && line === run.end + 1) run.end = line;
    else {
      flush();
      run = { start: line, end: line };
    }
  }
  flush();
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
