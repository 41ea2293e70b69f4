// Start-up of `sop check` on the home-visit file through the installed binary (node_modules/.bin/sop), against
// `node -e 0` with the same Node, measured alternately in this run (wall time, median of 30 runs each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const sop = join(root, 'node_modules/.bin/sop');

function time(command: string, args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}`);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  const node = readFileSync(join(root, 'packages/cli/dist/node-path'), 'utf8').trim();
  const file = 'processes/home-service-visit.sop';
  const base: number[] = [];
  const check: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 33; i++) {
    const b = time(node, ['-e', '0']);
    const c = time(sop, ['check', file]);
    const p = time(node, [join(root, 'packages/cli/bin/sop.js'), 'check', file]);
    if (i >= 3) {
      base.push(b);
      check.push(c);
      plain.push(p);
    }
  }
  const b = median(base);
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| command | median ms | × node -e 0 |');
  console.log('|---|---|---|');
  console.log(`| node -e 0 | ${b.toFixed(1)} | 1.00 |`);
  console.log(`| sop check (installed binary, start-up snapshot) | ${median(check).toFixed(1)} | ${(median(check) / b).toFixed(2)} (target ≤ 2.5) |`);
  console.log(`| node bin/sop.js check (bundle, no snapshot) | ${median(plain).toFixed(1)} | ${(median(plain) / b).toFixed(2)} |`);

  // Many files in one process: 300 copies of the home-visit SOP (each with its own id).
  const dir = mkdtempSync(join(tmpdir(), 'sopkit-bench-many-'));
  const home = readFileSync(join(root, file), 'utf8');
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `p${i}.sop`), home.replace('编号: home-service-visit', `编号: home-${i}`));
  const many = median([0, 1, 2].map(() => time(sop, ['check', dir])));
  rmSync(dir, { recursive: true, force: true });
  const mb = (Buffer.byteLength(home) * 300) / 1048576;
  console.log(`\nsop check on 300 files (${mb.toFixed(1)} MB): ${(many / 1000).toFixed(2)} s (${(300 / (many / 1000)).toFixed(0)} files/s)`);
}
