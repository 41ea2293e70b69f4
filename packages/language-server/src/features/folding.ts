// Folding ranges: every element that owns lines below its own (phases, steps, problems, remedies, decisions …) and comment blocks.
import { walkTree } from '@sopkit/core';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { lspLine } from '../positions.js';

/** Folding ranges found by walking the tree generically, so new elements fold without changes here. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { ast, lines } = analysis.result;
  const ranges: FoldingRange[] = [];
  walkTree(ast, (node) => {
    const startLine = lspLine(lines, node.span.start);
    const endLine = lspLine(lines, node.span.end);
    if (endLine > startLine) ranges.push({ startLine, endLine });
  });
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
