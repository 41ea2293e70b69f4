// @sopkit/core: the SOP language (keywords, parser, AST, diagnostics, validation, compiler). No Node I/O.
export * from './syntax/keywords.js';
export { parse, type ParseOptions, type ParseResult } from './syntax/parse.js';
export * from './ast/nodes.js';
export * from './diagnostics/types.js';
export { catalogue, type DiagnosticCode, type CatalogueEntry } from './diagnostics/catalogue.js';
export { LineMap } from './diagnostics/line-map.js';
export { formatMessage, messageLanguage, type MessageLanguage } from './diagnostics/messages.js';
export { validate, rules } from './validate/validate.js';
export { check, hasErrors, type CheckResult } from './check.js';
export { parseTiming, type Timing, type TimingKind } from './syntax/timing.js';
export { indexSteps, type IndexedStep, type StepIndex } from './model/step-index.js';
export { suggestKeyword } from './syntax/suggest.js';
export { compileDocument } from './compile/compile.js';
export { compileProcess, type CompileResult } from './compile/compile-process.js';
export { schemaProblems, processSchema } from './compile/schema-check.js';
export { contentHash } from './compile/hash.js';
export * from './compile/process-json.js';
