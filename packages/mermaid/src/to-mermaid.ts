// Compiled process JSON → Mermaid text, with its configuration in the front matter and what its printed pages name.
import type { ProcessJson } from '@sopkit/core';
import { buildGraph } from './build-graph.js';
import { defaultDiagramOptions, type DiagramOptions } from './diagram-options.js';
import { diagramConfig } from './mermaid-config.js';
import { captionComment } from './page-caption.js';
import { printMermaid } from './print-mermaid.js';

/** The Mermaid flowchart of a process (pure; the same process and options always give the same text). */
export function toMermaid(process: ProcessJson, options: Partial<DiagramOptions> = {}): string {
  const full = { ...defaultDiagramOptions, ...options };
  return printMermaid(buildGraph(process, full), diagramConfig(full), captionComment(process));
}
