// One analysed version of a document: core's check() result plus the step index, computed once and shared by every feature.
import { check, indexSteps, type CheckResult, type Language, type StepIndex } from '@sopkit/core';
import { readOccurrences, type Occurrences } from './occurrences.js';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly result: CheckResult;
  readonly index: StepIndex;
  readonly language: Language;
  /** Steps, roles, references and tags with their spans (built on first use). */
  readonly occurrences: Occurrences;
}

/** Checks a document version; the occurrence tables are built lazily, since diagnostics do not need them. */
export function analyse(uri: string, version: number, text: string): Analysis {
  const result = check(text, { uri });
  const index = indexSteps(result.ast);
  let occurrences: Occurrences | undefined;
  return {
    uri, version, text, result, index, language: result.ast.language,
    get occurrences() {
      occurrences ??= readOccurrences(result.ast, index);
      return occurrences;
    },
  };
}
