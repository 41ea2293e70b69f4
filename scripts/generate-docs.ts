// Regenerates the derived parts of the docs from the data they describe: the keyword table in docs/language.md and the
// diagnostic code list in docs/diagnostics.md. `pnpm run docs` writes them; a test fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue, keywordTable, languages, processSchema } from '../packages/core/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The markdown keyword table: one row per keyword, every spelling in every language. */
export function keywordTableMarkdown(): string {
  const rows = keywordTable.map((entry) => {
    const cells = languages.map((language) => entry.words[language].map((w) => `\`${w}\``).join(' / '));
    return `| ${entry.kind} | ${cells.join(' | ')} | ${entry.doc['zh-CN']}<br>${entry.doc.en} |`;
  });
  return ['| concept | zh-CN | zh-TW | en | meaning |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The markdown list of diagnostic codes. */
export function diagnosticsMarkdown(): string {
  const rows = Object.entries(catalogue).map(([code, entry]) => `| ${code} | ${entry.severity} | ${entry.title} | ${entry['zh-CN']} | ${entry.en} |`);
  return ['| code | severity | what | message (zh-CN) | message (en) |', '|---|---|---|---|---|', ...rows].join('\n');
}

type SchemaNode = { description?: string; type?: string | string[]; enum?: unknown[]; const?: unknown; $ref?: string; items?: SchemaNode;
  properties?: Record<string, SchemaNode>; required?: string[]; oneOf?: SchemaNode[]; pattern?: string };

function typeOf(node: SchemaNode): string {
  if (node.$ref) return `[${node.$ref.replace('#/$defs/', '')}](#${node.$ref.replace('#/$defs/', '')})`;
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.type === 'array' && node.items) return `${typeOf(node.items)}[]`;
  if (node.oneOf) return node.oneOf.map(typeOf).join(' \\| ');
  return Array.isArray(node.type) ? node.type.join(' \\| ') : (node.type ?? 'object');
}

function objectTable(name: string, node: SchemaNode): string {
  const rows = Object.entries(node.properties ?? {}).map(([key, prop]) =>
    `| \`${key}\` | ${typeOf(prop)} | ${(prop.description ?? '').replace(/\|/g, '\\|')} |`);
  return [`### ${name}`, '', node.description ?? '', '', '| field | type | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The field-by-field reference of the compiled JSON, from the schema's own descriptions. */
export function schemaMarkdown(): string {
  const schema = processSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
  const parts = [objectTable('process (the document)', schema)];
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (def.oneOf) {
      parts.push([`### ${name}`, '', def.description ?? '', '', ...def.oneOf.map((alt) => objectTable(`${name}: ${typeOf(alt.properties?.['type'] ?? {})}`, alt).replace(/^### /, '#### '))].join('\n'));
    } else if (def.properties) parts.push(objectTable(name, def));
    else parts.push([`### ${name}`, '', def.description ?? '', '', `Type: ${typeOf(def)}${def.pattern ? `, pattern \`${def.pattern}\`` : ''}`].join('\n'));
  }
  return parts.join('\n\n');
}

/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function fillGenerated(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`missing ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export const generatedDocs: { path: string; name: string; body: () => string }[] = [
  { path: 'docs/language.md', name: 'keywords', body: keywordTableMarkdown },
  { path: 'docs/diagnostics.md', name: 'diagnostics', body: diagnosticsMarkdown },
  { path: 'docs/schema.md', name: 'schema', body: schemaMarkdown },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const doc of generatedDocs) {
    const path = `${root}${doc.path}`;
    writeFileSync(path, fillGenerated(readFileSync(path, 'utf8'), doc.name, doc.body()));
    console.log(`updated ${doc.path}`);
  }
}
