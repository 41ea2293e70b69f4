// One measurement in a fresh process, for peak memory: prints how far the resident set grew above its level before one
// operation on one generated file (sampled every millisecond by a helper thread, after a full garbage collection).
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { compileDocument, lex, parse, schemaProblems, validate } from '../packages/core/src/index.js';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { generateGherkin, generateSop } from './generate.js';

const [op, size, jsonFile] = [process.argv[2]!, Number(process.argv[3]), process.argv[4]];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const sop = op === 'gherkin' || op === 'json' ? '' : generateSop(size);
const gherkin = op === 'gherkin' ? generateGherkin(size) : '';
// Note: the compiled output is read from a file the parent wrote, so producing it leaves nothing behind in this process.
const compiled = op === 'json' ? readFileSync(jsonFile!, 'utf8') : '';
// Note: one-time set-up (the parser's tables, the schema validator's compiled code, Gherkin's own) is done before measuring,
// on a tiny document: the figure is what one file costs, as in `sop build` or the language server after the first.
{
  const warm = parse('流程: warm\n  编号: warm\n工步 1: warm\n  工作标准: warm\n');
  validate(warm.ast, warm.lines);
  schemaProblems(compileDocument(warm.ast, warm.lines));
  new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse('Feature: warm\n  Scenario: warm\n    Given warm\n');
  JSON.parse('{"warm": [1]}');
}

// [stop flag, peak resident set in KiB]
const shared = new Int32Array(new SharedArrayBuffer(8));
const sampler = new Worker(`
  const { workerData: a, parentPort } = require('node:worker_threads');
  parentPort.postMessage('ready');
  while (Atomics.load(a, 0) === 0) {
    const kib = Math.round(process.memoryUsage.rss() / 1024);
    if (kib > a[1]) a[1] = kib;
    Atomics.wait(a, 0, 0, 1);
  }`, { eval: true, workerData: shared });
await new Promise((resolve) => sampler.once('message', resolve));
gc();
const before = process.memoryUsage.rss();
shared[1] = Math.round(before / 1024);

let keep: unknown;
switch (op) {
  case 'lex': keep = lex(sop); break;
  case 'parse': keep = parse(sop); break;
  case 'validate': { const r = parse(sop); keep = validate(r.ast, r.lines); break; }
  case 'compile': { const r = parse(sop); validate(r.ast, r.lines); const doc = compileDocument(r.ast, r.lines); schemaProblems(doc); keep = doc; break; }
  case 'json': keep = JSON.parse(compiled); break;
  case 'gherkin': keep = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(gherkin); break;
}
const after = process.memoryUsage.rss();
Atomics.store(shared, 0, 1);
Atomics.notify(shared, 0);
await sampler.terminate();
const peak = Math.max(after, Atomics.load(shared, 1) * 1024);
process.stdout.write(JSON.stringify({ bytes: peak - before, kept: keep !== undefined }));
