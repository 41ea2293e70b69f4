// The diagram as plain data (nodes, edges, groups) between the process JSON and the Mermaid text; ids are synthetic ASCII.

/** What a node stands for; decides its shape and colour. */
export type NodeKind = 'terminal' | 'step' | 'decision' | 'outcome' | 'problem' | 'standard' | 'role' | 'note' | 'table';

/** What an edge means; decides its line style. */
export type EdgeKind =
  | 'flow' // the order of steps (into and out of a frame of steps in no order: from or to the frame itself)
  | 'branch' // a decision's labelled branch
  | 'jump' // go to / return to a step
  | 'attach' // a step to its standards and problems, one below the other
  | 'escalate' // to the role the problem is handed to
  | 'notify' // to a role that is told
  | 'order'; // invisible: keeps the next step below this step's problems

/** One line of a node's label: untrusted text, escaped only when printed. */
export interface LabelLine {
  readonly text: string;
  readonly strong?: boolean;
}

/** A table drawn inside a node, under its lines: a decision table's rules as rows. */
export interface TableBlock {
  /** Column headings. */
  readonly columns: readonly string[];
  /** Each row's cells (one per column), each cell its lines; a cell with no lines is drawn as a dash. */
  readonly rows: readonly (readonly (readonly LabelLine[])[])[];
  /** Lines under the rows, as wide as the table (what the checker found). */
  readonly notes: readonly LabelLine[];
  /** A column drawn up to twice as wide as the others. */
  readonly wide?: number;
}

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly lines: readonly LabelLine[];
  readonly table?: TableBlock;
}

export interface GraphEdge {
  /** A node's id, or a group's (a frame of steps in no order, entered and left as a whole). */
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label?: string;
}

/** A subgraph (a phase, a step with its problems, or the legend) holding nodes and groups in their order. */
export interface GraphGroup {
  readonly id: string;
  /** Undefined: a frame without a title. */
  readonly title: string | undefined;
  readonly items: readonly GraphItem[];
  /**
   * Lays its items out this way, for a frame linked to the rest only as a whole (Mermaid's dagre layout otherwise
   * turns such a frame across the diagram's direction).
   */
  readonly direction?: Direction;
}

export type GraphItem = GraphNode | GraphGroup;

export type Direction = 'TD' | 'LR';

/** Everything a diagram shows, in the order the SOP gives it (the ELK layout keeps that order). */
export interface DiagramGraph {
  readonly direction: Direction;
  /** Top-level items in order. */
  readonly items: readonly GraphItem[];
  readonly edges: readonly GraphEdge[];
}

/** Whether a top-level item is a group. */
export function isGroup(item: GraphItem): item is GraphGroup {
  return 'items' in item;
}
