// Test helpers: compile .sop fixtures and the real processes/ with the core compiler.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileProcess, type ProcessJson } from '@sopkit/core';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Compiles a .sop file; fails the test if it has errors. */
export function compileFile(path: string): ProcessJson {
  const result = compileProcess(readFileSync(path, 'utf8'), { uri: path });
  if (!result.process) throw new Error(`${path} does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.process;
}

/** The small test process (shared remedies, ordered remedy items, a decision, an authored scenario). */
export function smallProcess(): ProcessJson {
  return compileFile(fileURLToPath(new URL('fixtures/small.sop', import.meta.url)));
}

/** The real 24-step home-service SOP. */
export function homeServiceVisit(): ProcessJson {
  return compileFile(`${repoRoot}processes/home-service-visit.sop`);
}

/** Every process in processes/. */
export function realProcesses(): ProcessJson[] {
  return readdirSync(`${repoRoot}processes`).filter((f) => f.endsWith('.sop')).sort().map((f) => compileFile(`${repoRoot}processes/${f}`));
}

/** Decision tables with hours and days, enumerations, a gap, a total overlap and an uncertain rule, plus two timings. */
export function tablesProcess(): ProcessJson {
  return compileFile(fileURLToPath(new URL('fixtures/tables.sop', import.meta.url)));
}

/** Timings on steps and work standards whose own text does or does not say them. */
export function timedStepsProcess(): ProcessJson {
  return compileFile(fileURLToPath(new URL('fixtures/timed-steps.sop', import.meta.url)));
}
