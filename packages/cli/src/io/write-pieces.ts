// Writes text given in pieces to a stream (stdout) in batches, waiting whenever the stream asks to.
import type { Writable } from 'node:stream';

/** Writes `pieces` in order, joined into batches of about a million characters, honouring back-pressure; stops waiting when the stream closes. */
export async function writePieces(stream: Writable, pieces: readonly string[]): Promise<void> {
  let batch: string[] = [];
  let length = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const text = batch.join('');
    batch = [];
    length = 0;
    if (!stream.write(text)) await drained(stream);
  };
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= 1 << 20) await flush();
  }
  await flush();
}

/** Resolves when the stream can take more, or will never take any (closed, or failed: a reader that went away). */
function drained(stream: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.once('drain', done).once('close', done).once('error', done);
  });
}
