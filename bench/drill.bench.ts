// `pnpm bench drill`: time from start to the first question on screen and per-answer latency of the bundled `sop drill`
// in a real pseudo-terminal (util-linux `script`), against a minimal bundled Ink app and `node -e 0` measured in the same run.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const node = process.execPath;
const runs = 10;
const answers = 20;
const strip = (s: string) => s.replace(/\u001B\[[0-9;?<>=]*[A-Za-z]/g, '').replace(/\u001B[()][A-Z0-9]/g, '');

/** A command running in an 80×24 pseudo-terminal, with everything it has printed so far. */
interface Terminal {
  readonly child: ChildProcessWithoutNullStreams;
  output: string;
  readonly exited: Promise<void>;
}

function openTerminal(command: string): Terminal {
  const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${command}`, '/dev/null'], { cwd: root, env: { ...process.env, TERM: 'xterm-256color' } });
  const terminal: Terminal = { child, output: '', exited: new Promise((resolve) => child.on('exit', () => resolve())) };
  child.stdout.on('data', (chunk: Buffer) => (terminal.output += chunk.toString()));
  return terminal;
}

/**
 * Resolves with the time at which `marker` appears in the terminal output after `from` characters.
 * Note: checked on each chunk of output, not by polling: a polling loop would keep one of the machine's cores busy while
 * the programs measured start up.
 */
function waitFor(terminal: Terminal, marker: string, from = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const found = () => strip(terminal.output.slice(from)).includes(marker);
    const onData = () => {
      if (!found()) return;
      const at = performance.now();
      stop();
      resolve(at);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`"${marker}" never appeared:\n${strip(terminal.output).slice(-2000)}`));
    }, 30_000);
    const stop = () => {
      clearTimeout(timer);
      terminal.child.stdout.off('data', onData);
    };
    terminal.child.stdout.on('data', onData);
    onData();
  });
}

function minimalInkApp(): string {
  // Note: beside the bundled benches (inside packages/cli) so that ink and react resolve as they do for the bundled CLI.
  const dir = process.env['SOPKIT_BENCH_DIR'] ?? join(root, 'packages/cli/node_modules/.cache/sopkit-bench');
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'minimal-ink.tsx');
  writeFileSync(source, `import module from 'node:module';\nmodule.enableCompileCache?.();\nconst { render, Text } = await import('ink');\nrender(<Text>ready: one line</Text>);\n`);
  const out = join(dir, 'minimal-ink.mjs');
  const esbuild = spawnSync(join(root, 'node_modules/.bin/esbuild'), [source, `--outfile=${out}`, '--bundle', '--format=esm', '--platform=node', '--target=node22',
    '--external:ink', '--external:react', '--external:react/*', '--jsx=automatic', '--minify', '--log-level=warning'], { stdio: 'inherit' });
  if (esbuild.status !== 0) throw new Error('could not bundle the minimal Ink app');
  return out;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  // Note: a bundle made by a Node older than 22 has no preparation snapshot; the drill then compiles on its main thread.
  const snapshot = join(root, 'packages/cli/dist/drill-prepare.blob');
  if (!existsSync(snapshot)) spawnSync(node, [join(root, 'scripts/bundle-cli.mjs')], { stdio: 'inherit' });
  if (!existsSync(snapshot)) console.log('Note: no preparation snapshot (packages/cli/dist/drill-prepare.blob); the drill compiles on its main thread.\n');
  const minimal = minimalInkApp();
  const loadBefore = loadavg()[0]!;
  const dbDir = mkdtempSync(join(tmpdir(), 'sopkit-bench-'));
  const drill = (n: number) => `${node} packages/cli/bin/sop.js drill processes/home-service-visit.sop --mode exam --questions ${answers} --seed ${n} --trainee bench --db ${join(dbDir, `p${n}.db`)}`;
  const startup = { nodeE0: [] as number[], minimal: [] as number[], drill: [] as number[] };
  const toFeedback: number[] = [];
  const toNext: number[] = [];
  try {
    for (let i = -1; i < runs; i++) {
      let start = performance.now();
      spawnSync(node, ['-e', '0']);
      const e0 = performance.now() - start;

      start = performance.now();
      const app = openTerminal(`${node} ${minimal}`);
      const appTime = (await waitFor(app, 'ready: one line')) - start;
      app.child.kill();
      await app.exited;

      start = performance.now();
      const term = openTerminal(drill(i + 1));
      const firstQuestion = (await waitFor(term, 'q 退出')) - start;
      if (i >= 0) {
        startup.nodeE0.push(e0);
        startup.minimal.push(appTime);
        startup.drill.push(firstQuestion);
      }
      if (i === 0) {
        let questionAt = 0;
        for (let a = 0; a < answers; a++) {
          const order = /1–(\d) 依次选择/.exec(strip(term.output.slice(questionAt)));
          const keys = order ? Array.from({ length: Number(order[1]) - 1 }, (_, k) => String(k + 1)).join('') : '1';
          let mark = term.output.length;
          let t = performance.now();
          term.child.stdin.write(keys);
          toFeedback.push((await waitFor(term, a + 1 < answers ? 'Enter 下一题' : 'Enter 查看结果', mark)) - t);
          if (a + 1 === answers) break;
          mark = questionAt = term.output.length;
          t = performance.now();
          term.child.stdin.write('\r');
          toNext.push((await waitFor(term, '选择', mark)) - t);
        }
      }
      term.child.stdin.write('q');
      await term.exited;
    }
  } finally {
    rmSync(dbDir, { recursive: true, force: true });
  }

  const reference = median(startup.minimal);
  // Note: other work on the machine stretches both programs, but not evenly; compare runs made at a low load.
  console.log(`${runs} runs each, interleaved, 80×24 pseudo-terminal; medians in ms; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after (${cpus().length} cores)\n`);
  console.log('| measure | median ms | / minimal Ink app |');
  console.log('|---|---:|---:|');
  const row = (name: string, values: readonly number[]) => console.log(`| ${name} | ${median(values).toFixed(0)} | ${(median(values) / reference).toFixed(2)}× |`);
  row('node -e 0', startup.nodeE0);
  row('minimal bundled Ink app, first frame (reference)', startup.minimal);
  row('sop drill, first question on screen', startup.drill);
  console.log(`\nper answer (${toFeedback.length} answers): key → feedback on screen ${median(toFeedback).toFixed(1)} ms, Enter → next question ${median(toNext).toFixed(1)} ms`);
}
