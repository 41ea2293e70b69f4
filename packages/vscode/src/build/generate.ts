// `pnpm --filter vscode generate`: writes the grammar, snippets and language configuration derived from core's keyword table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extensionRoot } from './build.js';
import { generatedFiles } from './generated-files.js';

for (const [path, text] of generatedFiles()) {
  mkdirSync(dirname(join(extensionRoot, path)), { recursive: true });
  writeFileSync(join(extensionRoot, path), text);
  console.log(`wrote ${path}`);
}
