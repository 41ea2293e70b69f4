// Diagram graph → Mermaid flowchart text. The only place that writes Mermaid syntax: ids come from the graph builder
// (synthetic ASCII), every label is quoted and escaped, and only fixed style names are printed.
import type { DiagramGraph, EdgeKind, GraphEdge, GraphItem, GraphNode, LabelLine, NodeKind, TableBlock } from './diagram-graph.js';
import { isGroup } from './diagram-graph.js';
import { escapeLabel } from './escape-label.js';
import { frameTitle } from './node-labels.js';

/** Opening and closing brackets per node kind (rectangle, diamond, hexagon, …). */
const shapes: Readonly<Record<NodeKind, readonly [string, string]>> = {
  terminal: ['(["', '"])'],
  step: ['["', '"]'],
  decision: ['{"', '"}'],
  outcome: ['("', '")'],
  problem: ['["', '"]'],
  standard: ['[["', '"]]'],
  role: ['(("', '"))'],
  note: ['["', '"]'],
  table: ['["', '"]'],
};

/** Colours per node kind (also the legend's). */
const classDefs: Readonly<Record<NodeKind, string>> = {
  terminal: 'fill:#37474f,stroke:#263238,color:#ffffff,stroke-width:1px',
  step: 'fill:#e3f0fc,stroke:#1f5fa8,color:#0d2740,stroke-width:1.5px',
  decision: 'fill:#fff3cd,stroke:#b7860b,color:#3d2c00,stroke-width:1.5px',
  outcome: 'fill:#f4f4f4,stroke:#8a8a8a,color:#222222',
  problem: 'fill:#fdecea,stroke:#c0392b,color:#4a1410',
  standard: 'fill:#f1ecfa,stroke:#6f4fa3,color:#2c1b4a',
  role: 'fill:#def3f6,stroke:#0f7c8c,color:#08363d,stroke-width:1.5px',
  note: 'fill:#ffffff,stroke:#bbbbbb,color:#333333',
  table: 'fill:#ffffff,stroke:#8a8a8a,color:#222222',
};

/** A step framed with its problems: a light frame inside the phase's. */
const untitledFrame = 'fill:#ffffff,stroke:#d0d7de,stroke-width:1px';

const arrows: Readonly<Record<EdgeKind, string>> = {
  flow: '-->',
  branch: '-->',
  jump: '-.->',
  attach: '-.-',
  escalate: '==>',
  notify: '==>',
  order: '~~~',
};

/** Line colours per edge kind, applied with `linkStyle` by edge number. */
const edgeStyles: Partial<Readonly<Record<EdgeKind, string>>> = {
  jump: 'stroke:#8e44ad,stroke-width:1.5px,color:#8e44ad',
  attach: 'stroke:#9e9e9e,stroke-width:1px',
  escalate: 'stroke:#0f7c8c,stroke-width:2.5px',
  notify: 'stroke:#0f7c8c,stroke-width:2px,stroke-dasharray:6 4',
};

/**
 * Prints the graph; `frontMatter` is a JSON configuration object written as the diagram's `config`, `comment` a Mermaid
 * comment line (`%% …`, one line) printed under the diagram type.
 */
export function printMermaid(graph: DiagramGraph, frontMatter?: object, comment?: string): string {
  const out: string[] = [];
  if (frontMatter) out.push('---', `config: ${JSON.stringify(frontMatter)}`, '---');
  out.push(`flowchart ${graph.direction}`);
  if (comment !== undefined) out.push(`  ${comment}`);
  for (const [kind, style] of Object.entries(classDefs)) out.push(`  classDef ${kind} ${style}`);
  printItems(out, graph.items, '  ');
  graph.edges.forEach((edge) => out.push(`  ${printEdge(edge)}`));
  const byKind = new Map<EdgeKind, number[]>();
  graph.edges.forEach((edge, i) => {
    const indices = byKind.get(edge.kind);
    if (indices) indices.push(i);
    else byKind.set(edge.kind, [i]);
  });
  for (const [kind, indices] of byKind) {
    const style = edgeStyles[kind];
    if (style) out.push(`  linkStyle ${indices.join(',')} ${style}`);
  }
  return `${out.join('\n')}\n`;
}

function printItems(out: string[], items: readonly GraphItem[], indent: string): void {
  for (const item of items) {
    if (!isGroup(item)) {
      out.push(`${indent}${printNode(item)}`);
      continue;
    }
    out.push(`${indent}subgraph ${item.id}["${item.title === undefined ? ' ' : printLines(frameTitle(item.title, item.items))}"]`);
    if (item.direction) out.push(`${indent}  direction ${item.direction}`);
    printItems(out, item.items, `${indent}  `);
    out.push(`${indent}end`);
    if (item.title === undefined) out.push(`${indent}style ${item.id} ${untitledFrame}`);
  }
}

function printNode(node: GraphNode): string {
  const [open, close] = shapes[node.kind];
  return `${node.id}${open}${printLines(node.lines)}${node.table ? printTable(node.table) : ''}${close}:::${node.kind}`;
}

/**
 * A table in a node's label as HTML (which Mermaid's sanitiser keeps): only fixed tags and the class of its style (see
 * mermaid-config), every text escaped; single quotes, since the label itself is in double quotes.
 */
function printTable(table: TableBlock): string {
  const cell = (tag: 'th' | 'td', lines: readonly LabelLine[], column: number) =>
    `<${tag}${column === table.wide ? ` class='sop-wide'` : ''}>${lines.length > 0 ? printLines(lines) : '—'}</${tag}>`;
  const head = `<tr>${table.columns.map((column, c) => cell('th', [{ text: column }], c)).join('')}</tr>`;
  const rows = table.rows.map((row) => `<tr>${row.map((lines, c) => cell('td', lines, c)).join('')}</tr>`);
  // Note: notes as a caption under the table wrap to its width; as a row across it, a long list of values widened it.
  const notes = table.notes.length > 0 ? `<caption class='sop-note'>${printLines(table.notes)}</caption>` : '';
  return `<table class='sop-table'>${notes}${head}${rows.join('')}</table>`;
}

function printLines(lines: readonly LabelLine[]): string {
  return lines.map((line) => (line.strong ? `<b>${escapeLabel(line.text)}</b>` : escapeLabel(line.text))).join('<br/>');
}

function printEdge(edge: GraphEdge): string {
  const label = edge.label ? `|"${escapeLabel(edge.label)}"|` : '';
  return `${edge.from} ${arrows[edge.kind]}${label} ${edge.to}`;
}
