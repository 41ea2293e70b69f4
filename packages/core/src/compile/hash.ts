// The content hash: sha256 over the compiled content without source ranges, so reformatting a file keeps its hash.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

type NodeCrypto = { createHash(algorithm: string): { update(text: string): { digest(encoding: 'hex'): string } } };

/** Node's native sha256 when running on Node (via process.getBuiltinModule, so browsers never load it), else @noble/hashes. */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

export function sha256Hex(text: string): string {
  return nodeCrypto ? nodeCrypto.createHash('sha256').update(text).digest('hex') : bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Source ranges serialise as one fixed shape; removing it from the plain JSON text is several times faster than a replacer.
 * Note: SOP text cannot forge the shape, because quotes inside strings are escaped.
 */
const rangeField = /,"range":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

export function contentHash(content: object): string {
  return `sha256:${sha256Hex(JSON.stringify(content).replace(rangeField, ''))}`;
}
