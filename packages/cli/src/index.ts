// @sopkit/cli programmatic entry (used by tests): the commander program.
export { createProgram } from './program.js';
