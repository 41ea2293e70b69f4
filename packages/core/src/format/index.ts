// @sopkit/core/format: the CST-based formatter (keeps comments and unparsable lines, idempotent).
export { applyEdits, format, formatEdits, type FormatOptions, type TextEdit } from './format.js';
export { indentUnit } from './nesting.js';
