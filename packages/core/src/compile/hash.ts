// sha256 for compiled content: Node's native hash when on Node, else @noble/hashes; and contentHash for small JSON values.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

type Hasher = { update(text: string): Hasher; digest(encoding: 'hex'): string };
type NodeCrypto = { createHash(algorithm: string): Hasher };

/** Node's native sha256 when running on Node (via process.getBuiltinModule, so browsers never load it), else @noble/hashes. */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** A sha256 that takes text in pieces (UTF-8), on Node natively. */
export function sha256Hasher(): Hasher {
  if (nodeCrypto) return nodeCrypto.createHash('sha256');
  const noble = sha256.create();
  const hasher: Hasher = { update: (text) => { noble.update(utf8ToBytes(text)); return hasher; }, digest: () => bytesToHex(noble.digest()) };
  return hasher;
}

/**
 * Source ranges serialise as one fixed shape, cut from the JSON text. Note: SOP text cannot forge the shape, because
 * quotes inside strings are escaped.
 */
const rangeField = /,"range":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

/** sha256 over `JSON.stringify(content)` without source ranges: names a piece of compiled content (e.g. a drill item). */
export function contentHash(content: object): string {
  return `sha256:${sha256Hasher().update(JSON.stringify(content).replace(rangeField, '')).digest('hex')}`;
}
