// The worker pool: workers opened only when needed and never more than its size, reused in turn, each taking up to its
// capacity of tasks, and a worker broken by a failed task closed.
import { describe, expect, it } from 'vitest';
import { createPool } from '../src/worker-pool.js';

interface Fake {
  readonly id: number;
}

function fakes() {
  const opened: Fake[] = [];
  const disposed: number[] = [];
  return {
    opened,
    disposed,
    open: async () => {
      const worker = { id: opened.length + 1 };
      opened.push(worker);
      return worker;
    },
    dispose: async (worker: Fake) => {
      disposed.push(worker.id);
    },
  };
}

/** A task that waits until released, and records which worker ran it. */
function gate() {
  let release = () => {};
  const opened = new Promise<void>((resolve) => { release = resolve; });
  return { release, task: (log: number[]) => async (worker: Fake) => { log.push(worker.id); await opened; return worker.id; } };
}

describe('createPool', () => {
  it('opens a worker only when every open one is busy, up to its size, and queues the rest in order', async () => {
    const f = fakes();
    const pool = createPool(2, f.open, f.dispose);
    const log: number[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const runs = gates.map((g) => pool.use(g.task(log)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(f.opened.map((w) => w.id)).toEqual([1, 2]);
    expect(log).toEqual([1, 2]);
    gates[1]!.release();
    await runs[1];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual([1, 2, 2]);
    for (const g of gates) g.release();
    expect(await Promise.all(runs)).toEqual([1, 2, 2, expect.any(Number)]);
    expect(f.opened).toHaveLength(2);
  });

  it('reuses an idle worker instead of opening another', async () => {
    const f = fakes();
    const pool = createPool(4, f.open, f.dispose);
    for (let i = 0; i < 3; i++) expect(await pool.use(async (w) => w.id)).toBe(1);
    expect(f.opened).toHaveLength(1);
  });

  it('closes a worker whose task failed and opens a fresh one for the next task', async () => {
    const f = fakes();
    const pool = createPool(1, f.open, f.dispose);
    await expect(pool.use(async () => { throw new Error('Parse error on line 2'); })).rejects.toThrow('Parse error on line 2');
    expect(f.disposed).toEqual([1]);
    expect(await pool.use(async (w) => w.id)).toBe(2);
  });

  it('closes idle workers on close, a busy one when its task ends, and refuses new tasks', async () => {
    const f = fakes();
    const pool = createPool(2, f.open, f.dispose);
    await pool.use(async (w) => w.id);
    const g = gate();
    const log: number[] = [];
    const busy = pool.use(g.task(log));
    const other = pool.use(g.task(log));
    await new Promise((resolve) => setTimeout(resolve, 10));
    g.release();
    await Promise.all([busy, other]);
    const h = gate();
    const lateLog: number[] = [];
    const late = pool.use(h.task(lateLog));
    await new Promise((resolve) => setTimeout(resolve, 10));
    await pool.close();
    const [busyId] = lateLog;
    expect(f.disposed).toEqual([busyId === 1 ? 2 : 1]);
    h.release();
    await late;
    expect(f.disposed.sort()).toEqual([1, 2]);
    await expect(pool.use(async (w) => w.id)).rejects.toThrow(/closed/);
  });

  it('spreads tasks over its workers, then gives each up to its capacity, and keeps a worker after a harmless failure', async () => {
    const f = fakes();
    const pool = createPool(2, f.open, f.dispose, { capacity: 2, fatal: (error) => !(error instanceof RangeError) });
    const log: number[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g) => pool.use(g.task(log)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual([1, 2, 1]);
    for (const g of gates) g.release();
    await Promise.all(runs);
    await expect(pool.use(async () => { throw new RangeError('the diagram is invalid'); })).rejects.toThrow(RangeError);
    expect(f.disposed).toEqual([]);
    await expect(pool.use(async () => { throw new Error('Target closed'); })).rejects.toThrow('Target closed');
    expect(f.disposed).toHaveLength(1);
    expect(f.opened).toHaveLength(2);
  });
});
