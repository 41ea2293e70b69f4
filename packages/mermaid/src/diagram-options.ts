// The choices a diagram offers (detail, direction, layout, legend) and their defaults.
import type { Direction } from './diagram-graph.js';

/** How much of each step a diagram shows: the flow only, plus problems and remedies, plus work standards. */
export type Detail = 'steps' | 'problems' | 'full';
export type Layout = 'dagre' | 'elk';

export const details: readonly Detail[] = ['steps', 'problems', 'full'];
export const directions: readonly Direction[] = ['TD', 'LR'];
export const layouts: readonly Layout[] = ['dagre', 'elk'];

export interface DiagramOptions {
  readonly detail: Detail;
  readonly direction: Direction;
  readonly layout: Layout;
  /** Whether to draw the legend that explains the shapes. */
  readonly legend: boolean;
}

export const defaultDiagramOptions: DiagramOptions = { detail: 'steps', direction: 'TD', layout: 'elk', legend: true };
