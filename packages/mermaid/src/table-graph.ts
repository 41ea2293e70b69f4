// Decision tables as tables: each drawn as a box holding its rules as rows (the rule, its condition on each fact, its
// outcome with its timings) and what the checker found under them; a long table goes on in further boxes, each small
// enough for a printed page to be cut between them. Drawn at every detail level, after the steps: hung below the end of
// the flow by invisible edges, one box under the other (unconnected, ELK would pack them beside the flow, before it).
import { canonicalWord, type ConditionJson, type DecisionTableJson, type ProcessJson } from '@sopkit/core';
import type { GraphEdge, GraphNode, LabelLine } from './diagram-graph.js';
import { lineUnits } from './node-labels.js';
import type { Vocabulary } from './vocabulary.js';

/** The widest a cell is drawn, in Chinese characters (the `max-width` of its style, see mermaid-config). */
export const cellWidth = 10;
/** The width of a flow of steps, in Chinese characters: a table with a column per fact is drawn no wider. */
const flowWidth = 44;
/** Lines of rows in one box at most: at the readable print scale a box stays under half an A4 page, so pages are cut between boxes. */
const linesPerBox = 24;

const symbols: Readonly<Record<Exclude<ConditionJson['op'], 'in'>, string>> = { '=': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/**
 * The boxes of a process's decision tables and the invisible edges that stack them, the first below `after` (the
 * flow's end node) and each next one below the one before.
 */
export function tableGraphs(
  process: ProcessJson, words: Vocabulary, nextId: (prefix: string) => string, after: string,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const tableWord = canonicalWord('table', process.language);
  const nodes = (process.tables ?? []).flatMap((table) => tableBoxes(table, `${tableWord}${words.colon}${table.title}`, words, nextId));
  const edges = nodes.map((node, i): GraphEdge => ({ from: i === 0 ? after : nodes[i - 1]!.id, to: node.id, kind: 'order' }));
  return { nodes, edges };
}

/**
 * One table as boxes of rows: the first titled with the table, the next ones with the title and the word for continued.
 * A column per fact when they fit the width of a flow; otherwise (many facts, each rule testing a few) one wide column
 * of conditions, a line each (`质量问题：否`).
 */
function tableBoxes(table: DecisionTableJson, title: string, words: Vocabulary, nextId: (prefix: string) => string): GraphNode[] {
  const kinds = new Map(table.facts.map((fact) => [fact.name, fact.kind]));
  const facts = [...new Set([...table.facts.map((f) => f.name), ...table.rules.flatMap((r) => r.conditions.map((c) => c.fact))])];
  const names = new Map(table.rules.map((rule, i) => [rule.id, rule.label ?? String(i + 1)]));
  const tests = table.rules.map((rule) => facts.map((fact) => {
    const on = rule.conditions.filter((c) => c.fact === fact);
    return on.length === 0 ? undefined : on.map((c) => conditionWords(c, kinds.get(fact), words)).join(words.and);
  }));
  const name = (i: number): LabelLine[] => [{ text: names.get(table.rules[i]!.id)!, strong: true }];
  const outcome = (i: number): LabelLine[] => [{ text: table.rules[i]!.outcome, strong: true }, ...table.rules[i]!.timings.map((t) => ({ text: t.text }))];
  const byFact = tests.map((cells, i) => [name(i), ...cells.map((text) => (text === undefined ? [] : [{ text }])), outcome(i)]);
  const perFact = columnUnits([[{ text: words.rule }], ...facts.map((text) => [{ text }]), [{ text: words.outcome }]], byFact) <= flowWidth;
  const columns = perFact ? [words.rule, ...facts, words.outcome] : [words.rule, words.conditions, words.outcome];
  const rows = perFact ? byFact : tests.map((cells, i) => [
    name(i),
    cells.flatMap((text, f) => (text === undefined ? [] : [{ text: `${facts[f]}${words.colon}${text}` }])),
    outcome(i),
  ]);
  const notes: LabelLine[] = [
    ...table.gaps.map((gap) => ({ text: words.gap(gap.uncovered.join(words.listSeparator), gap.context) })),
    ...table.overlaps.map(({ rules: [a, b], witness }) => ({ text: words.overlap(names.get(a) ?? a, names.get(b) ?? b, witness) })),
  ];
  const wide = perFact ? undefined : 1;
  const boxes: (readonly (readonly LabelLine[])[])[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const height = Math.max(...row.map((cell, c) => cell.reduce((n, line) => n + Math.max(1, Math.ceil(lineUnits(line.text) / (c === wide ? 2 * cellWidth : cellWidth))), 0)));
    if (used > 0 && used + height > linesPerBox) {
      boxes.push([]);
      used = 0;
    }
    boxes[boxes.length - 1]!.push(row);
    used += height;
  }
  return boxes.map((part, i) => ({
    id: nextId('table'),
    kind: 'table',
    lines: [{ text: i === 0 ? title : `${title}${words.continued}`, strong: true }],
    table: { columns, rows: part, notes: i === boxes.length - 1 ? notes : [], ...(wide !== undefined && { wide }) },
  }));
}

/** The rough width of a table, in Chinese characters: each column as wide as its widest line, at most a cell's width, and its padding. */
function columnUnits(head: readonly (readonly LabelLine[])[], rows: readonly (readonly (readonly LabelLine[])[])[]): number {
  return head.reduce((sum, heading, c) => {
    // Note: folded rather than spread into Math.max, which overflows the stack on a table of many thousand rules.
    const widest = [heading, ...rows.map((row) => row[c] ?? [])].reduce((most, lines) => lines.reduce((m, line) => Math.max(m, lineUnits(line.text)), most), -Infinity);
    return sum + Math.min(cellWidth, widest) + 1;
  }, 0);
}

/**
 * A condition in words under its fact's column: a comparison keeps its symbol (`≤ 7天`); equality with a yes/no or
 * enumerated value is the value alone (`是`); a set is its values (`家用空调、洗衣机`).
 */
function conditionWords(condition: ConditionJson, kind: string | undefined, words: Vocabulary): string {
  const values = condition.values.join(words.listSeparator);
  return condition.op === 'in' || (condition.op === '=' && kind !== 'number') ? values : `${symbols[condition.op]} ${values}`;
}
