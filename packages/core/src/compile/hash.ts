// The content hash: sha256 over the compiled content without source ranges, so reformatting a file keeps its hash.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

type Hasher = { update(text: string): Hasher; digest(encoding: 'hex'): string };
type NodeCrypto = { createHash(algorithm: string): Hasher };

/** Node's native sha256 when running on Node (via process.getBuiltinModule, so browsers never load it), else @noble/hashes. */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** A sha256 that takes text in pieces (UTF-8), on Node natively. */
function sha256Hasher(): Hasher {
  if (nodeCrypto) return nodeCrypto.createHash('sha256');
  const noble = sha256.create();
  const hasher: Hasher = { update: (text) => { noble.update(utf8ToBytes(text)); return hasher; }, digest: () => bytesToHex(noble.digest()) };
  return hasher;
}

export function sha256Hex(text: string): string {
  return sha256Hasher().update(text).digest('hex');
}

/**
 * Source ranges serialise as one fixed shape; removing it from the plain JSON text is several times faster than a replacer.
 * Note: SOP text cannot forge the shape, because quotes inside strings are escaped.
 */
const rangeField = /,"range":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g;

/**
 * sha256 over `JSON.stringify(content)` without source ranges. The top-level arrays (steps, phases …) are written element
 * by element into the hash in 64K pieces, so a large process never holds its whole JSON text (twice) in memory.
 */
export function contentHash(content: object): string {
  const hasher = sha256Hasher();
  let pending = '';
  const write = (json: string) => {
    pending += json.replace(rangeField, '');
    if (pending.length >= 1 << 16) {
      hasher.update(pending);
      pending = '';
    }
  };
  let comma = '';
  pending = '{';
  for (const [key, value] of Object.entries(content)) {
    if (value === undefined || typeof value === 'function') continue;
    const member = `${comma}${JSON.stringify(key)}:`;
    comma = ',';
    if (Array.isArray(value)) {
      write(`${member}[`);
      value.forEach((item, i) => write(`${i > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`));
      write(']');
    } else write(`${member}${JSON.stringify(value)}`);
  }
  return `sha256:${hasher.update(`${pending}}`).digest('hex')}`;
}
