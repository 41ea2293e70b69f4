// Prints how often each test-wise guessing heuristic picks the right option, per kind of question, over every file of
// processes/ and examples/ drilled on its own: `node_modules/.bin/tsx packages/simulator/test/guess-report.ts [seeds]`.
import { readdirSync } from 'node:fs';
import { guessRates, heuristics, questionsByGroup } from './guessing.js';
import { compileFile, repoRoot } from './helpers.js';

const seeds = Number(process.argv[2] ?? 20);
const files = ['processes', 'examples'].flatMap((dir) =>
  readdirSync(`${repoRoot}${dir}`).filter((f) => f.endsWith('.sop')).sort().map((f) => compileFile(`${repoRoot}${dir}/${f}`)),
);
const percent = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
console.log(`${'questions'.padEnd(20)}${'n'.padStart(6)} ${'chance'.padStart(7)} ${heuristics.map((h) => h.name.padStart(28)).join('')}`);
for (const [group, questions] of questionsByGroup(files, seeds)) {
  const r = guessRates(questions);
  console.log(`${group.padEnd(20)}${String(r.questions).padStart(6)} ${percent(r.chance)} ${heuristics.map((h) => percent(r.rates[h.name]!).padStart(28)).join('')}`);
}
