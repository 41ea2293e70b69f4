// Profiling aid: runs one phase on a generated file repeatedly (use with `node --cpu-prof`).
import { compileDocument, parse, validate } from '../packages/core/src/index.js';
import { generateSop } from './generate.js';

const phase = process.argv[2] ?? 'parse';
const sop = generateSop(Number(process.argv[3] ?? 10_000));
for (let i = 0; i < 5; i++) {
  const r = parse(sop);
  if (phase !== 'parse') validate(r.ast, r.lines);
  if (phase === 'compile') compileDocument(r.ast, r.lines);
}
