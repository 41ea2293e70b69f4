// Test helpers: compiling .sop files with core, and the sources every diagram test runs over.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileProcess, type ProcessJson } from '@sopkit/core';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

function sopFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.sop'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every .sop in processes/ and examples/, and the hostile fixture (paths relative to the repository). */
export function diagramSources(): string[] {
  return [...sopFiles(join(repoRoot, 'processes')), ...sopFiles(join(repoRoot, 'examples')), ...sopFiles(fixtures)].map((p) => relative(repoRoot, p));
}

/** Compiles a .sop file (relative to the repository) and fails loudly if it has errors. */
export function compileFile(path: string): ProcessJson {
  const result = compileProcess(readFileSync(join(repoRoot, path), 'utf8'), { uri: path });
  if (!result.process) throw new Error(`${path} does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.process;
}
