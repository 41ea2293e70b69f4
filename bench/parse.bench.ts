// Parser and compiler throughput (MB/s) and peak memory at 1k, 10k and 50k steps, next to JSON.parse of the compiled
// output and @cucumber/gherkin on a Gherkin file of the same size and shape, all measured in this run; and, against the
// throughput targets, what two parts every full compile must do take on their own (lexing, schema validation).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { compileDocument, lex, parse, schemaProblems, validate } from '../packages/core/src/index.js';
import { generateGherkin, generateSop } from './generate.js';

const MB = 1024 * 1024;

/** Best time (ms) of several runs after a warm-up, to keep GC noise and JIT warm-up out. */
function best(fn: () => unknown, budgetMs = 1500): number {
  fn();
  let bestMs = Infinity;
  const until = performance.now() + budgetMs;
  let runs = 0;
  while (runs < 3 || (performance.now() < until && runs < 30)) {
    const t = performance.now();
    fn();
    bestMs = Math.min(bestMs, performance.now() - t);
    runs++;
  }
  return bestMs;
}

function benchDir(): string {
  const dir = process.env['SOPKIT_BENCH_DIR'];
  if (!dir) throw new Error('run through `pnpm bench` (bench/bundle-and-run.mjs)');
  return dir;
}

function peak(op: string, size: number, jsonFile: string): number {
  const out = execFileSync(process.execPath, ['--expose-gc', `${benchDir()}/parse-worker.mjs`, op, String(size), jsonFile], { encoding: 'utf8' });
  return (JSON.parse(out) as { bytes: number }).bytes;
}

export async function run(): Promise<void> {
  const rows: string[] = [];
  const summary: string[] = [];
  const floors: string[] = [];
  const fullMbps: number[] = [];
  for (const size of [1000, 10_000, 50_000]) {
    const sop = generateSop(size);
    const gherkin = generateGherkin(size);
    const parsed = parse(sop);
    const compiled = compileDocument(parsed.ast, parsed.lines);
    const json = JSON.stringify(compiled);
    const jsonFile = `${benchDir()}/compiled-${size}.json`;
    writeFileSync(jsonFile, json);
    const sopMB = Buffer.byteLength(sop) / MB;
    const ops: [string, number, () => unknown][] = [
      ['lex', sopMB, () => lex(sop)],
      ['parse → AST', sopMB, () => parse(sop)],
      ['parse + validate', sopMB, () => { const r = parse(sop); return validate(r.ast, r.lines); }],
      ['full compile + schema', sopMB, () => { const r = parse(sop); validate(r.ast, r.lines); const d = compileDocument(r.ast, r.lines); return schemaProblems(d); }],
      ['JSON.parse (compiled output)', Buffer.byteLength(json) / MB, () => JSON.parse(json)],
      ['@cucumber/gherkin', Buffer.byteLength(gherkin) / MB, () => new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(gherkin)],
    ];
    const workerOp = ['lex', 'parse', 'validate', 'compile', 'json', 'gherkin'];
    const speeds: number[] = [];
    const times: number[] = [];
    for (const [i, [name, mb, fn]] of ops.entries()) {
      const ms = best(fn, size >= 50_000 ? 4000 : 1500);
      const mbps = mb / (ms / 1000);
      speeds.push(mbps);
      times.push(ms);
      const memory = peak(workerOp[i]!, size, jsonFile);
      rows.push(`| ${size} | ${name} | ${mb.toFixed(2)} | ${ms.toFixed(1)} | ${mbps.toFixed(1)} | ${(memory / MB).toFixed(1)} | ${(memory / (sopMB * MB)).toFixed(1)}× |`);
    }
    rmSync(jsonFile);
    const [, , , full, jsonSpeed, gherkinSpeed] = speeds as [number, number, number, number, number, number];
    fullMbps.push(full);
    summary.push(`${size} steps: full compile = ${(full / jsonSpeed).toFixed(2)}× JSON.parse (target ≥ 0.33), ${(full / gherkinSpeed).toFixed(2)}× Gherkin (target ≥ 2)`);
    // The floor: lexing and validating the output against the schema are part of every full compile, whatever the parser.
    const schemaMs = best(() => schemaProblems(compiled), size >= 50_000 ? 4000 : 1500);
    const floorMs = times[0]! + schemaMs;
    const targetMbps = Math.max(jsonSpeed / 3, gherkinSpeed * 2);
    floors.push(`${size} steps: the targets need full compile ≥ ${targetMbps.toFixed(1)} MB/s (${(sopMB / targetMbps * 1000).toFixed(1)} ms); `
      + `lexing (${times[0]!.toFixed(1)} ms) plus schema validation of the output (${schemaMs.toFixed(1)} ms) alone take ${floorMs.toFixed(1)} ms = ${(sopMB / (floorMs / 1000)).toFixed(1)} MB/s`);
  }
  console.log('| steps | operation | input MB | best ms | MB/s | peak RSS growth MB | × .sop size |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log('');
  for (const line of summary) console.log(line);
  console.log(`full compile MB/s at 50k vs 1k: ${(fullMbps[2]! / fullMbps[0]!).toFixed(2)} (target ≥ 0.67)`);
  console.log('');
  for (const line of floors) console.log(line);
}
