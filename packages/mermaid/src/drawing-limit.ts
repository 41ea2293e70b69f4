// Whether a diagram is too large to draw usefully (so it is not drawn at all, rather than for minutes): how many boxes,
// how many rules a decision table has, how long the Mermaid text is; and what to do instead, in the document's words.
import { toTraditional, type ProcessJson, type RangeJson } from '@sopkit/core';
import { buildGraph } from './build-graph.js';
import { isGroup, type GraphItem } from './diagram-graph.js';
import { defaultDiagramOptions, type DiagramOptions } from './diagram-options.js';
import { maxTextSize } from './mermaid-config.js';
import { toMermaid } from './to-mermaid.js';

/** The most boxes (steps, decisions, problems, roles …) a diagram is drawn with. */
export const maxBoxes = 1_000;
/** The most rules of one decision table a diagram is drawn with. */
export const maxRules = 1_000;

/** Why a diagram is not drawn, where in the document, and what to do, in each language. */
export interface TooLarge {
  readonly range: RangeJson;
  readonly message: { readonly 'zh-CN': string; readonly 'zh-TW': string; readonly en: string };
}

/** A diagram's Mermaid text, and whether it is too large to be drawn. */
export interface DiagramPlan {
  readonly text: string;
  readonly tooLarge: TooLarge | undefined;
}

const count = (n: number) => n.toLocaleString('en');

function worded(range: RangeJson, zh: string, en: string): TooLarge {
  return { range, message: { 'zh-CN': zh, 'zh-TW': toTraditional(zh), en } };
}

/** The boxes among some items, in groups too (the items of a tree this deep are counted without recursion's stack). */
function boxes(items: readonly GraphItem[]): number {
  let found = 0;
  const pending = [items];
  for (let list = pending.pop(); list; list = pending.pop()) {
    for (const item of list) {
      if (isGroup(item)) pending.push(item.items);
      else if (item.kind !== 'table') found++;
    }
  }
  return found;
}

/**
 * The Mermaid text of a process (as `toMermaid` writes it) and, when its diagram would be too large to read or to draw in
 * reasonable time, why: a decision table of more than `maxRules` rules (at the table), more than `maxBoxes` boxes or a
 * text Mermaid refuses to draw (at the process).
 */
export function planDiagram(process: ProcessJson, options: Partial<DiagramOptions> = {}): DiagramPlan {
  const full = { ...defaultDiagramOptions, ...options };
  const text = toMermaid(process, full);
  const table = process.tables.find((t) => t.rules.length > maxRules);
  if (table) {
    return {
      text,
      tooLarge: worded(
        table.range,
        `决策表「${table.title}」（第 ${table.range.start.line} 行）有 ${count(table.rules.length)} 条规则，流程图最多画 ${count(maxRules)} 条；请把它拆成几张较小的决策表`,
        `the decision table “${table.title}” (line ${table.range.start.line}) has ${count(table.rules.length)} rules, more than the ${count(maxRules)} a diagram draws; split it into smaller tables`,
      ),
    };
  }
  const drawn = boxes(buildGraph(process, full).items);
  if (drawn > maxBoxes) {
    return {
      text,
      tooLarge: worded(
        process.range,
        `流程「${process.title}」的流程图有 ${count(drawn)} 个框，最多画 ${count(maxBoxes)} 个；请把流程拆成几个较小的流程，或少画细节（detail: steps）`,
        `the diagram of “${process.title}” has ${count(drawn)} boxes, more than the ${count(maxBoxes)} a diagram draws; split the process into smaller ones, or draw less detail (detail: steps)`,
      ),
    };
  }
  if (text.length > maxTextSize) {
    return {
      text,
      tooLarge: worded(
        process.range,
        `流程「${process.title}」的流程图有 ${count(text.length)} 个字符的 Mermaid 文本，最多画 ${count(maxTextSize)} 个；请把流程拆成几个较小的流程，或少画细节（detail: steps）`,
        `the diagram of “${process.title}” is ${count(text.length)} characters of Mermaid, more than the ${count(maxTextSize)} a diagram draws; split the process into smaller ones, or draw less detail (detail: steps)`,
      ),
    };
  }
  return { text, tooLarge: undefined };
}
