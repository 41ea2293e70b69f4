// The content hash: sha256 over the compiled content without source ranges, so reformatting a file keeps its hash.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function contentHash(content: object): string {
  const normalised = JSON.stringify(content, (key, value: unknown) => (key === 'range' ? undefined : value));
  return `sha256:${bytesToHex(sha256(utf8ToBytes(normalised)))}`;
}
