// Profiling aid: runs one phase on a generated file repeatedly (use with `node --cpu-prof`) and prints phase timings.
import { compileDocument, lex, parse, validate } from '../packages/core/src/index.js';
import { generateSop } from './generate.js';

const phase = process.argv[2] ?? 'parse';
const sop = generateSop(Number(process.argv[3] ?? 10_000));
const times: Record<string, number> = { lex: 0, parse: 0, validate: 0, compile: 0 };
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  lex(sop);
  times['lex']! += performance.now() - t;
  t = performance.now();
  const r = parse(sop);
  times['parse']! += performance.now() - t;
  if (phase === 'parse') continue;
  t = performance.now();
  validate(r.ast, r.lines);
  times['validate']! += performance.now() - t;
  if (phase !== 'compile') continue;
  t = performance.now();
  compileDocument(r.ast, r.lines);
  times['compile']! += performance.now() - t;
}
console.log(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, `${(v / 5).toFixed(0)} ms`])));
