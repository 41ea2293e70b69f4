// @sopkit/core/check: the light entry for checking files (parse + validate + diagnostics) without the compiler and
// its JSON Schema validator, so a command run on every save loads only what it needs.
export { check, hasErrors, recheck, type CheckOptions, type CheckResult } from './check.js';
export { documentLanguage } from './syntax/parse.js';
export { formatMessage, messageLanguage, wordingFor, type MessageLanguage, type Wording } from './diagnostics/messages.js';
export { toTraditional, toTraditionalKeeping } from './diagnostics/traditional.js';
export { LineMap } from './diagnostics/line-map.js';
export { displayWidth } from './diagnostics/baseline.js';
export { catalogue, type DiagnosticCode } from './diagnostics/catalogue.js';
export type { Diagnostic, Fix, Point, Range, Severity } from './diagnostics/types.js';
export type { DocumentNode, FieldNode } from './ast/nodes.js';
export type { Language } from './syntax/keywords.js';
export { idPattern } from './validate/rules/process-header.js';
