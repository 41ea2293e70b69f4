// The graph builder and its types for tests.
export { buildGraph } from '../src/build-graph.js';
export { defaultDiagramOptions } from '../src/diagram-options.js';
export { isGroup as isGroupForTest, type DiagramGraph, type GraphNode } from '../src/diagram-graph.js';
export { toMermaid } from '../src/to-mermaid.js';
