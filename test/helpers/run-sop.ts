// Runs the real bundled `sop` binary as a subprocess (built by test/global-setup.ts) and captures its output.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sopBin = `${repoRoot}packages/cli/bin/sop.js`;

export interface SopRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runSop(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): SopRun {
  const result = spawnSync(process.execPath, [sopBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
