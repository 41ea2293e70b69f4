// A pool of at most `size` workers (each a reused browser page), opened only when none is idle, each taking up to
// `capacity` tasks at a time, tasks taken in the order they were asked for. A worker whose task failed in a way that
// `fatal` says breaks it is closed and not used again.

export interface Pool<W> {
  /** Runs `task` on an idle worker, else on a new one while the pool is not full, else on the least busy one with room. */
  use<T>(task: (worker: W) => Promise<T>): Promise<T>;
  /** Closes the idle workers; a worker still busy is closed when its last task ends. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Tasks one worker takes at a time (default 1); a worker that queues tasks itself can take more. */
  readonly capacity?: number;
  /** Whether a task's error means its worker is broken (default: every error). */
  readonly fatal?: (error: unknown) => boolean;
}

interface Entry<W> {
  readonly worker: Promise<W>;
  load: number;
  broken: boolean;
}

/** A pool that opens workers with `open` and closes them with `dispose`. */
export function createPool<W>(size: number, open: () => Promise<W>, dispose: (worker: W) => Promise<void>, options: PoolOptions = {}): Pool<W> {
  const { capacity = 1, fatal = () => true } = options;
  const limit = limiter(size * capacity);
  const entries: Entry<W>[] = [];
  let closed = false;
  const remove = (entry: Entry<W>) => {
    const at = entries.indexOf(entry);
    if (at >= 0) entries.splice(at, 1);
  };
  const discard = async (entry: Entry<W>) => {
    remove(entry);
    await entry.worker.then(dispose).catch(() => undefined);
  };
  const pick = (): Entry<W> => {
    const usable = entries.filter((e) => !e.broken);
    const least = usable.filter((e) => e.load < capacity).sort((a, b) => a.load - b.load)[0];
    if (least && (least.load === 0 || usable.length >= size)) return least;
    const entry: Entry<W> = { worker: open(), load: 0, broken: false };
    entries.push(entry);
    return entry;
  };
  return {
    use: (task) => limit(async () => {
      if (closed) throw new Error('the diagram renderer is closed');
      const entry = pick();
      entry.load++;
      let worker: W;
      try {
        worker = await entry.worker;
      } catch (error) {
        entry.load--;
        remove(entry);
        throw error;
      }
      try {
        return await task(worker);
      } catch (error) {
        if (fatal(error)) entry.broken = true;
        throw error;
      } finally {
        entry.load--;
        if ((entry.broken || closed) && entry.load === 0 && entries.includes(entry)) await discard(entry);
      }
    }),
    async close() {
      closed = true;
      await Promise.all(entries.filter((e) => e.load === 0).map(discard));
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
