// Decision tables as decision diagrams: each table a frame in which its rules are asked in order (a diamond per rule:
// its conditions; yes → its outcome, no → the next rule), ending in "no rule applies" with the values the checker found
// uncovered. Drawn at every detail level, after the steps: hung below the end of the flow by invisible edges, one table
// under the other (unconnected, ELK would pack them beside the flow, before it in reading order).
import { canonicalWord, type DecisionTableJson, type ProcessJson } from '@sopkit/core';
import type { EdgeKind, GraphEdge, GraphGroup, GraphItem } from './diagram-graph.js';
import { wrapQuestion } from './node-labels.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The frames of a process's decision tables and the edges inside them, the first hung below `after` (the flow's end
 * node) and each next one below the last node of the one before.
 */
export function tableGraphs(
  process: ProcessJson, words: Vocabulary, nextId: (prefix: string) => string, after: string,
): { groups: GraphGroup[]; edges: GraphEdge[] } {
  const groups: GraphGroup[] = [];
  const edges: GraphEdge[] = [];
  const edge = (from: string, to: string, kind: EdgeKind, label?: string) => edges.push({ from, to, kind, ...(label && { label }) });
  const tableWord = canonicalWord('table', process.language);
  let above = after;
  for (const table of process.tables ?? []) {
    const group = tableGraph(table, tableWord, words, nextId, edge);
    edge(above, group.items[0]!.id, 'order');
    above = group.items[group.items.length - 1]!.id;
    groups.push(group);
  }
  return { groups, edges };
}

function tableGraph(
  table: DecisionTableJson,
  tableWord: string,
  words: Vocabulary,
  nextId: (prefix: string) => string,
  edge: (from: string, to: string, kind: EdgeKind, label?: string) => void,
): GraphGroup {
  const items: GraphItem[] = [];
  const head = nextId('table');
  items.push({ id: head, kind: 'terminal', lines: [{ text: `${tableWord}${words.colon}${table.title}`, strong: true }] });
  let previous = head;
  let previousLabel: string | undefined;
  for (const rule of table.rules) {
    const ask = nextId('rule');
    const question = rule.conditions.map((c) => c.text).join(words.and) || words.otherwise;
    items.push({ id: ask, kind: 'decision', lines: [...(rule.label ? [{ text: rule.label, strong: true }] : []), ...wrapQuestion(question)] });
    edge(previous, ask, previousLabel ? 'branch' : 'flow', previousLabel);
    const outcome = nextId('outcome');
    const timings = rule.timings.map((t) => t.text);
    items.push({ id: outcome, kind: 'outcome', lines: [...wrapQuestion(rule.outcome, 16), ...timings.map((text) => ({ text }))] });
    edge(ask, outcome, 'branch', words.yes);
    previous = ask;
    previousLabel = words.no;
  }
  const none = nextId('norule');
  const uncovered = table.gaps.flatMap((gap) => gap.uncovered);
  items.push({
    id: none, kind: 'note',
    lines: [{ text: words.noRule, strong: true }, ...(uncovered.length > 0 ? [{ text: `${words.uncovered}${words.colon}` }, ...uncovered.map((text) => ({ text }))] : [])],
  });
  edge(previous, none, table.rules.length > 0 ? 'branch' : 'flow', table.rules.length > 0 ? words.no : undefined);
  return { id: nextId('tables'), title: undefined, items };
}
