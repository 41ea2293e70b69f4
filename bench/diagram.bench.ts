// Diagram rendering: one diagram (SVG, PNG and PDF, browser start included; the median of 3 runs) as the reference; 20
// different diagrams in one build (one browser, Mermaid loaded once, PNG and PDF alongside; the median of 3 builds); the
// same 20 again with the cache warm; and separate `mmdc` processes. Prints the machine's cores and load, since other work
// on it shifts ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchOptions } from '@sopkit/browser';
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { createDiagramRenderer, toMermaid, type ImageFormat } from '@sopkit/mermaid';

/** `pnpm bench` runs from the repository root. */
const root = process.cwd();
const formats: readonly ImageFormat[] = ['svg', 'png', 'pdf'];
const count = 20;
/** mmdc processes actually run; the time for 20 is extrapolated from these. */
const mmdcRuns = 3;
/** Runs of the single diagram and of the build of 20, each side taken as its median (one run varies a lot on a shared machine). */
const runs = 3;

/** 20 different processes: the real SOP under other titles, each with a different run of its steps. */
function variants(source: ProcessJson): string[] {
  return Array.from({ length: count }, (_, i) => {
    const steps = source.steps.slice(i % 4, source.steps.length - (i % 3));
    const kept = new Set(steps.map((s) => s.id));
    const phases = source.phases.map((p) => ({ ...p, steps: p.steps.filter((id) => kept.has(id)) })).filter((p) => p.steps.length > 0);
    return toMermaid({ ...source, title: `${source.title} · ${i + 1}`, steps, phases });
  });
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const seconds = (values: readonly number[]) => values.map((ms) => (ms / 1000).toFixed(2)).join(', ');

async function renderAll(texts: readonly string[], cacheDir: string): Promise<void> {
  const renderer = createDiagramRenderer({ cacheDir });
  try {
    await Promise.all(texts.map((text) => renderer.render(text, formats)));
  } finally {
    await renderer.close();
  }
}

export async function run(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error('Chromium is needed for this benchmark (sudo apt-get install chromium)');
  const home = compileProcess(readFileSync(join(root, 'processes/home-service-visit.sop'), 'utf8'), { uri: 'home-service-visit.sop' }).process;
  if (!home) throw new Error('processes/home-service-visit.sop does not compile');
  const texts = variants(home);
  const work = mkdtempSync(join(tmpdir(), 'sopkit-bench-diagram-'));
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  const loadBefore = load();
  try {
    const ones: number[] = [];
    const colds: number[] = [];
    // Note: taken in turn, so a change in the machine's load during the benchmark weighs on both sides alike.
    for (let i = 0; i < runs; i++) {
      ones.push(await timed(() => renderAll([toMermaid(home)], join(work, `cache-one-${i}`))));
      colds.push(await timed(() => renderAll(texts, join(work, `cache-${i}`))));
    }
    const one = median(ones);
    const cold = median(colds);
    const warm = await timed(() => renderAll(texts, join(work, `cache-${runs - 1}`)));

    const config = join(work, 'puppeteer.json');
    writeFileSync(config, JSON.stringify(launchOptions(chromium)));
    const mmdc = join(root, 'packages/mermaid/node_modules/@mermaid-js/mermaid-cli/src/cli.js');
    const mmdcMs = await timed(async () => {
      for (let i = 0; i < mmdcRuns; i++) {
        const input = join(work, `mmdc-${i}.mmd`);
        writeFileSync(input, texts[i]!);
        execFileSync(process.execPath, [mmdc, '-q', '-p', config, '-i', input, '-o', join(work, `mmdc-${i}.svg`)], { stdio: 'ignore' });
      }
    });
    const mmdc20 = (mmdcMs / mmdcRuns) * count;

    const row = (what: string, ms: number, note = '') => `| ${what} | ${(ms / 1000).toFixed(2)} s | ${(ms / one).toFixed(2)}× | ${note} |`;
    console.log(`Diagrams of processes/home-service-visit.sop (steps detail), each as SVG + PNG + A4 PDF; one Chromium per build.\n`);
    console.log('| run | time | vs one diagram | |');
    console.log('|---|---|---|---|');
    console.log(row('one diagram (browser start included)', one, `reference: median of ${seconds(ones)} s`));
    console.log(row(`${count} different diagrams, one build`, cold, `target ≤ 4× · median of ${seconds(colds)} s · ${(cold / count / 1000).toFixed(2)} s each`));
    console.log(row(`the same ${count}, cache warm`, warm, `target < 1/10 of cold: ${(warm / cold).toFixed(3)} of it`));
    console.log(row(`${count} separate mmdc runs (SVG only)`, mmdc20, `extrapolated from ${mmdcRuns} runs of ${(mmdcMs / mmdcRuns / 1000).toFixed(2)} s`));
    console.log(`\n${availableParallelism()} cores; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
