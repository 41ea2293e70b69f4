// One analysed version of a document: core's check() result plus the step index, computed once and shared by every feature;
// a new version is rechecked from the previous one, so an edit costs what it touches (core's recheck()).
import { check, indexSteps, recheck, type CheckResult, type Language, type StepIndex } from '@sopkit/core';
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

/**
 * Checks a document version (from the previous version's analysis when there is one); the occurrence tables are built
 * lazily, since diagnostics do not need them.
 */
export function analyse(uri: string, version: number, text: string, previous?: Analysis): Analysis {
  const result = previous ? recheck(previous.result, text, { uri }) : check(text, { uri });
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
