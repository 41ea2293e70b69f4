// The legend: one sample node per shape the diagram uses, and a note on what each kind of line (and a frame of steps in no order) means.
import type { GraphEdge, GraphGroup, GraphNode, NodeKind } from './diagram-graph.js';
import type { Detail } from './diagram-options.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The legend group for a detail level, in the diagram's language, with invisible edges that stack it in one column
 * beside the top of the flow (hung from `anchor`, the start node; a separate legend would be laid out above the flow).
 * Only the shapes of `used` (the node kinds the diagram draws) are shown, and the frame without order only when
 * `unordered` (the diagram draws one).
 */
export function legend(
  words: Vocabulary, detail: Detail, anchor: string, used: ReadonlySet<NodeKind>, unordered: boolean,
): { group: GraphGroup; edges: GraphEdge[] } {
  const problems = detail !== 'steps';
  const nodes: GraphNode[] = [
    { id: 'legend1', kind: 'terminal', lines: [{ text: `${words.start} / ${words.end}` }] },
    { id: 'legend2', kind: 'step', lines: [{ text: `${words.step}`, strong: true }, { text: `${words.owner}${words.colon}${words.role}` }] },
    { id: 'legend3', kind: 'decision', lines: [{ text: `${words.decision}` }] },
    { id: 'legend4', kind: 'outcome', lines: [{ text: words.outcome }] },
  ];
  if (problems) {
    nodes.push(
      { id: 'legend5', kind: 'problem', lines: [{ text: `⚠ ${words.problem}`, strong: true }, { text: `→ ${words.remedy}` }] },
      { id: 'legend6', kind: 'role', lines: [{ text: words.role }] },
    );
  }
  if (detail === 'full') nodes.push({ id: 'legend7', kind: 'standard', lines: [{ text: `✓ ${words.standard}` }] });
  const lines = [
    { text: `⟶ ${words.flow}` },
    { text: `⇢ ${words.goto} / ${words.returnTo}` },
    ...(problems ? [{ text: `━▶ ${words.escalate}` }, { text: `┅▶ ${words.notify}` }] : [{ text: `⬆ ${words.escalate}` }, { text: `✉ ${words.notify}` }]),
    { text: `↻ ${words.reschedule}` },
    ...(unordered ? [{ text: `▭ ${words.unorderedKey}` }] : []),
  ];
  const shown = nodes.filter((node) => used.has(node.kind));
  shown.push({ id: 'legend8', kind: 'note', lines });
  const edges = shown.map((node, i): GraphEdge => ({ from: i === 0 ? anchor : shown[i - 1]!.id, to: node.id, kind: 'order' }));
  return { group: { id: 'legend', title: words.legend, items: shown }, edges };
}
