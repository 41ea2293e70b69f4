// What `sop drill` works out from the sources alone before its first question: the compiled processes and their item bank.
// Runs in the preparation process (see load-processes.ts), or in this one.
import { check, compileDocument, hasErrors, type ProcessJson } from '@sopkit/core';
import { buildItemBank, type ItemBank } from '@sopkit/simulator';
import type { SourceFile } from '../../io/sources.js';

/** Each source compiled (null for a source with errors) and, when all compiled, their item bank. */
export interface Prepared {
  readonly compiled: readonly (ProcessJson | null)[];
  readonly bank: ItemBank | null;
}

/** Compiles each source; null for a source with errors (the caller checks it again to report them in the trainee's language). */
export function compileSources(sources: readonly SourceFile[]): (ProcessJson | null)[] {
  return sources.map((source) => {
    const checked = check(source.text, { uri: source.path });
    // Note: compileProcess would also check the output against the JSON Schema (a self-check of the compiler, SOP3001);
    // compiling ajv's validator costs about 200 ms, a third of the drill's start-up budget, so the drill skips it.
    return hasErrors(checked.diagnostics) ? null : compileDocument(checked.ast, checked.lines);
  });
}

/** Compiles the sources and, when all compiled, builds their item bank. */
export function prepareDrill(sources: readonly SourceFile[]): Prepared {
  const compiled = compileSources(sources);
  const processes = compiled.filter((p): p is ProcessJson => p !== null);
  return { compiled, bank: processes.length === compiled.length ? buildItemBank(processes) : null };
}
