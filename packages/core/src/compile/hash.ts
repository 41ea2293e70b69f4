// The content hash: sha256 over the compiled content without source ranges, so reformatting a file keeps its hash.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import schema from '../../schema/process.schema.json' with { type: 'json' };

/** Every property name the schema defines except `range`: a native JSON.stringify allowlist, much faster than a replacer. */
const contentKeys = collectKeys(schema).filter((key) => key !== 'range');

function collectKeys(node: unknown, into = new Set<string>()): string[] {
  if (Array.isArray(node)) for (const item of node) collectKeys(item, into);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
      collectKeys(value, into);
    }
  }
  return [...into];
}

type NodeCrypto = { createHash(algorithm: string): { update(text: string): { digest(encoding: 'hex'): string } } };

/** Node's native sha256 when running on Node (via process.getBuiltinModule, so browsers never load it), else @noble/hashes. */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

export function sha256Hex(text: string): string {
  return nodeCrypto ? nodeCrypto.createHash('sha256').update(text).digest('hex') : bytesToHex(sha256(utf8ToBytes(text)));
}

export function contentHash(content: object): string {
  return `sha256:${sha256Hex(JSON.stringify(content, contentKeys))}`;
}
