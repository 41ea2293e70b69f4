// `pnpm bench`: runs every bench/*.bench.ts (or those named on the command line) one after another; each prints its own table.
// Run through bench/bundle-and-run.mjs, which bundles this file (and, through the import below, every bench) first.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  const name = file.replace('.bench.ts', '');
  const mod = (await import(`./${name}.bench.ts`)) as { run: () => Promise<void> };
  await mod.run();
}
