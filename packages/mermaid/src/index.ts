// @sopkit/mermaid: compiled process JSON → Mermaid flowchart text, and its rendering to SVG, PNG and A4 PDF in Chromium.
import type { ProcessJson } from '@sopkit/core';
import type { Browser } from 'puppeteer';
import type { DiagramOptions } from './diagram-options.js';
import { renderConfig } from './mermaid-config.js';
import { openMermaidPage } from './mermaid-page.js';
import { toMermaid } from './to-mermaid.js';

export { toMermaid } from './to-mermaid.js';
export { maxBoxes, maxRules, planDiagram, type DiagramPlan, type TooLarge } from './drawing-limit.js';
export { buildGraph } from './build-graph.js';
export { printMermaid } from './print-mermaid.js';
export { escapeLabel } from './escape-label.js';
export { defaultDiagramOptions, details, directions, layouts, type Detail, type DiagramOptions, type Layout } from './diagram-options.js';
export type { DiagramGraph, Direction, EdgeKind, GraphEdge, GraphGroup, GraphItem, GraphNode, NodeKind } from './diagram-graph.js';
export { diagramConfig, renderConfig, fontFamily } from './mermaid-config.js';
export { createDiagramRenderer, diagramCacheKey, imageFormats, type DiagramRenderer, type DiagramRendererOptions, type ImageFormat, type RenderResult } from './diagram-renderer.js';
export { openMermaidPage, type MermaidPage } from './mermaid-page.js';
export { liftFrameTitles } from './lift-frame-titles.js';
export { rendererVersion } from './renderer-version.js';
export { machineSecret, openDiagramCache, secretFolder, type DiagramCache } from './diagram-cache.js';

/**
 * The SVG diagram of a process, rendered in a browser the caller already has (e.g. to embed in a checklist page).
 * Rejects with Mermaid's message if rendering fails.
 */
export async function renderDiagramSvg(browser: Browser, process: ProcessJson, options: Partial<DiagramOptions> = {}): Promise<string> {
  const page = await openMermaidPage(browser, renderConfig());
  try {
    return await page.render(toMermaid(process, options));
  } finally {
    await page.close();
  }
}
