// The Mermaid configuration: fonts that render Chinese, labels wide enough for a Chinese sentence, the chosen layout, and
// the security settings a diagram of untrusted text needs.
import type { MermaidConfig } from 'mermaid';
import type { DiagramOptions } from './diagram-options.js';
import { cellWidth } from './table-graph.js';

/** Noto Sans CJK first (fonts-noto-cjk), then other common CJK fonts, then whatever sans-serif the system has. */
export const fontFamily = '"Noto Sans CJK SC", "Noto Sans CJK", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/** Look and fonts. Note: Mermaid's default wrapping width of 200 px breaks Chinese labels after about 12 characters. */
const look: MermaidConfig = {
  theme: 'default',
  look: 'classic',
  fontFamily,
  htmlLabels: true,
  flowchart: { wrappingWidth: 320, nodeSpacing: 40, rankSpacing: 50, padding: 12, curve: 'basis' },
  // Note: Mermaid centres a frame's title block but not the lines inside it, so a wrapped title's shorter line hung left.
  // A decision table's label takes the width its table needs (Mermaid caps a label at the wrapping width), its cells at
  // most cellWidth characters (a wide one twice that). No < or > here: Mermaid drops a front matter's themeCSS that has them.
  themeCSS: [
    '.cluster-label foreignObject div { text-align: center; }',
    '.label foreignObject div:has(table.sop-table) { width: auto !important; max-width: none !important; }',
    'table.sop-table { border-collapse: collapse; margin: 4px 0 0; }',
    `table.sop-table th, table.sop-table td { border: 1px solid #8a8a8a; padding: 2px 6px; text-align: left; vertical-align: top; max-width: ${cellWidth}em; white-space: normal; }`,
    `table.sop-table .sop-wide { max-width: ${2 * cellWidth}em; }`,
    'table.sop-table th { background: #f4f4f4; font-weight: 700; }',
    'table.sop-table caption.sop-note { caption-side: bottom; contain: inline-size; white-space: normal; text-align: left; color: #9c2b23; border: 1px solid #8a8a8a; border-top: 0; padding: 2px 6px; }',
  ].join(' '),
};

/**
 * The configuration a diagram carries in its own front matter, so `mmdc` or the Mermaid live editor draw it the same
 * way. ELK is asked to keep the SOP's order of nodes and edges, and to keep chains straight (the steps' spine), which
 * measured here keeps a long process about half as wide as ELK's default placement.
 */
export function diagramConfig(options: Pick<DiagramOptions, 'layout'>): MermaidConfig {
  return {
    ...look,
    layout: options.layout,
    ...(options.layout === 'elk' && {
      elk: { considerModelOrder: 'NODES_AND_EDGES', forceNodeModelOrder: true, nodePlacementStrategy: 'LINEAR_SEGMENTS', mergeEdges: false },
    }),
  };
}

/** The longest Mermaid text drawn; Mermaid's own default (50,000) is too small for a large process at full detail. */
export const maxTextSize = 2_000_000;

/**
 * What the renderer passes to `mermaid.initialize` (a diagram's front matter adds its layout), with the settings a
 * diagram cannot change: strict security (no scripts, no click callbacks, sanitised labels) and limits large enough for
 * a long SOP.
 */
export function renderConfig(): MermaidConfig {
  return { ...look, startOnLoad: false, securityLevel: 'strict', deterministicIds: true, maxTextSize, maxEdges: 20_000 };
}
