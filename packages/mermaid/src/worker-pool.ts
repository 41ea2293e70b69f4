// A pool of at most `size` workers (each a few reused browser pages), opened only when every open one is busy, each
// doing one task at a time in the order tasks were asked for. A worker whose task failed is closed, not reused.

export interface Pool<W> {
  /** Runs `task` on an idle worker (opening one if none is idle and the pool is not full). */
  use<T>(task: (worker: W) => Promise<T>): Promise<T>;
  /** Closes the idle workers; a worker still busy is closed when its task ends. */
  close(): Promise<void>;
}

/** A pool that opens workers with `open` and closes them with `dispose`. */
export function createPool<W>(size: number, open: () => Promise<W>, dispose: (worker: W) => Promise<void>): Pool<W> {
  const limit = limiter(size);
  const idle: W[] = [];
  let closed = false;
  const discard = (worker: W) => dispose(worker).catch(() => undefined);
  return {
    use: (task) => limit(async () => {
      if (closed) throw new Error('the diagram renderer is closed');
      const worker = idle.pop() ?? await open();
      let result;
      try {
        result = await task(worker);
      } catch (error) {
        await discard(worker);
        throw error;
      }
      if (closed) await discard(worker);
      else idle.push(worker);
      return result;
    }),
    async close() {
      closed = true;
      await Promise.all(idle.splice(0).map(discard));
    },
  };
}

/** Runs at most `size` tasks at once, in the order they were asked for (a finished task hands its slot to the next). */
function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < size) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
