// @sopkit/language-server: core's results over the Language Server Protocol (thin: every answer comes from @sopkit/core).
export { startServer, type ServerOptions } from './server.js';
export { keywordContexts, keywordsAt, placedAt, probeLine, type Placement } from './placement.js';
