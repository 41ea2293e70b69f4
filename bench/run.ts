// `pnpm bench`: runs every bench/*.bench.ts (or those named on the command line) one after another; each prints its own table.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}\n`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<void> };
  await mod.run();
}
