// The progress store: answers and review cards in one transaction each, summaries, exams, each process's language (also in a
// database from before languages were kept), and survival of a SIGKILL mid-session.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDbPath, openProgressStore, type AnswerRecord } from '../src/store.js';
import { repoRoot } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sopkit-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = (sessionId: number, overrides: Partial<AnswerRecord> = {}): AnswerRecord => ({
  sessionId, trainee: '张三', processId: 'home', phaseId: 'home/ph1', itemId: 'home/s1/p1#remedy', itemHash: 'sha256:a', kind: 'remedy',
  correct: true, chosen: '复述确认', answeredAt: new Date('2026-11-01T10:00:00Z'), ...overrides,
});

describe('progress store', () => {
  it('records answers, schedules reviews and summarises per trainee and process', async () => {
    const store = await openProgressStore(join(dir, 'a', 'nested', 'progress.db'));
    const session = store.startSession({ trainee: '张三', mode: 'scenario', seed: 1, processes: [{ id: 'home', language: 'zh-CN' }], startedAt: new Date('2026-11-01T10:00:00Z') });
    store.recordAnswer(base(session));
    store.recordAnswer(base(session, { itemId: 'home/s2/p1#remedy', correct: false }));
    store.recordAnswer(base(session, { itemId: 'home/s2/p1#remedy', correct: true, answeredAt: new Date('2026-11-01T10:05:00Z') }));
    store.recordAnswer(base(session, { trainee: '李四', itemId: 'home/s3/p1#remedy' }));
    store.recordExam({ sessionId: session, trainee: '张三', processId: 'home', correct: 8, total: 10, percent: 80, passMark: 80, passed: true, finishedAt: new Date('2026-11-01T10:30:00Z') });

    const schedule = store.schedule('张三');
    expect([...schedule.keys()].sort()).toEqual(['home/s1/p1#remedy', 'home/s2/p1#remedy']);
    expect(schedule.get('home/s1/p1#remedy')!.due).toBeGreaterThan(new Date('2026-11-01T10:00:00Z').getTime());

    const rows = store.summary({ now: new Date('2026-12-01T00:00:00Z') });
    expect(rows.map((r) => r.trainee)).toEqual(['张三', '李四'].sort());
    const zhang = rows.find((r) => r.trainee === '张三')!;
    expect(zhang).toMatchObject({ processId: 'home', itemsSeen: 2, answers: 3, correct: 2, accuracy: 66.7, itemsDue: 2, lastExam: { percent: 80, passed: true, at: '2026-11-01T10:30:00.000Z' } });
    expect(store.summary({ trainee: '李四', now: new Date('2026-11-01T10:00:00Z') })).toEqual([expect.objectContaining({ trainee: '李四', itemsDue: 0, lastExam: null })]);
    expect(store.summary({ processId: 'other', now: new Date() })).toEqual([]);
    store.close();
  });

  it('gives a new database its tables with the first write, and an existing one at once', async () => {
    const path = join(dir, 'lazy.db');
    const tables = () => {
      const raw = new DatabaseSync(path);
      const names = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
      raw.close();
      return names;
    };
    const fresh = await openProgressStore(path);
    expect(tables()).toEqual([]);
    expect(fresh.schedule('张三')).toEqual(new Map());
    expect(fresh.summary({ now: new Date() })).toEqual([]);
    const session = fresh.startSession({ trainee: '张三', mode: 'exam', seed: 1, processes: [{ id: 'home', language: 'zh-CN' }], startedAt: new Date() });
    expect(tables()).toEqual(['answers', 'cards', 'exams', 'processes', 'sessions']);
    fresh.recordAnswer(base(session));
    fresh.close();

    const again = await openProgressStore(path);
    expect([...again.schedule('张三').keys()]).toEqual(['home/s1/p1#remedy']);
    expect(again.integrityCheck()).toBe('ok');
    again.close();
  });

  it('keeps the language of each process drilled, the latest drill winning', async () => {
    const store = await openProgressStore(join(dir, 'languages.db'));
    const at = new Date('2026-11-01T10:00:00Z');
    const first = store.startSession({ trainee: 't', mode: 'scenario', seed: 1, processes: [{ id: 'home', language: 'zh-CN' }, { id: 'walk-in', language: 'en' }], startedAt: at });
    store.recordAnswer(base(first, { trainee: 't' }));
    store.recordAnswer(base(first, { trainee: 't', processId: 'walk-in', itemId: 'walk-in/s1/p1#remedy' }));
    expect(store.summary({ now: at }).map((r) => [r.processId, r.language])).toEqual([['home', 'zh-CN'], ['walk-in', 'en']]);
    store.startSession({ trainee: 'u', mode: 'exam', seed: 2, processes: [{ id: 'home', language: 'zh-TW' }], startedAt: at });
    expect(store.summary({ now: at }).map((r) => [r.processId, r.language])).toEqual([['home', 'zh-TW'], ['walk-in', 'en']]);
    store.close();
  });

  it('opens a database written before languages were kept: everything stays, languages unknown until drilled again', async () => {
    const path = join(dir, 'before-languages.db');
    const old = new DatabaseSync(path);
    old.exec(readFileSync(new URL('fixtures/progress-before-languages.sql', import.meta.url), 'utf8'));
    old.close();

    const store = await openProgressStore(path);
    const now = new Date('2026-10-03T00:00:00Z');
    expect(store.summary({ now })).toEqual([
      expect.objectContaining({ trainee: '张三', processId: 'first-sop-en', language: null, answers: 1, correct: 1, lastExam: null }),
      expect.objectContaining({ trainee: '张三', processId: 'home-service-visit', language: null, answers: 2, correct: 1, itemsDue: 1, lastExam: { percent: 50, passed: false, at: '2026-10-01T09:02:00.000Z' } }),
    ]);
    expect([...store.schedule('张三').keys()]).toEqual(['home-service-visit/s8/p2#remedy']);

    const session = store.startSession({ trainee: '张三', mode: 'scenario', seed: 9, processes: [{ id: 'home-service-visit', language: 'zh-CN' }], startedAt: now });
    store.recordAnswer(base(session, { processId: 'home-service-visit', itemId: 'home-service-visit/s8/p2#remedy', answeredAt: now }));
    expect(store.summary({ now }).map((r) => [r.processId, r.language, r.answers])).toEqual([['first-sop-en', null, 1], ['home-service-visit', 'zh-CN', 3]]);
    expect(store.integrityCheck()).toBe('ok');
    store.close();
  });

  it('starts a card over when the item text changed', async () => {
    const store = await openProgressStore(join(dir, 'hash.db'));
    const session = store.startSession({ trainee: 't', mode: 'scenario', seed: 1, processes: [{ id: 'home', language: 'zh-CN' }], startedAt: new Date() });
    const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));
    for (const d of [1, 2, 5, 12]) store.recordAnswer(base(session, { trainee: 't', answeredAt: day(d) }));
    const reviewed = store.schedule('t').get('home/s1/p1#remedy')!;
    store.recordAnswer(base(session, { trainee: 't', itemHash: 'sha256:b', answeredAt: day(13) }));
    const restarted = store.schedule('t').get('home/s1/p1#remedy')!;
    expect(restarted.hash).toBe('sha256:b');
    expect(reviewed.due - day(12).getTime()).toBeGreaterThan(restarted.due - day(13).getTime());
    expect(restarted.due - day(13).getTime()).toBeLessThan(86_400_000);
    store.close();
  });

  it('stores an answer and its card together or not at all', async () => {
    const path = join(dir, 'atomic.db');
    const store = await openProgressStore(path);
    const session = store.startSession({ trainee: 't', mode: 'exam', seed: 1, processes: [{ id: 'home', language: 'zh-CN' }], startedAt: new Date() });
    store.recordAnswer(base(session, { trainee: 't' }));
    const saboteur = new DatabaseSync(path);
    saboteur.exec("CREATE TRIGGER no_cards BEFORE INSERT ON cards BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
    expect(() => store.recordAnswer(base(session, { trainee: 't', itemId: 'home/s9/p1#remedy' }))).toThrow(/disk trouble/);
    saboteur.exec('DROP TRIGGER no_cards');
    saboteur.close();
    const rows = store.summary({ now: new Date() });
    expect(rows).toEqual([expect.objectContaining({ answers: 1, itemsSeen: 1 })]);
    expect([...store.schedule('t').keys()]).toEqual(['home/s1/p1#remedy']);
    store.recordAnswer(base(session, { trainee: 't', itemId: 'home/s9/p1#remedy' }));
    expect(store.summary({ now: new Date() })[0]!.answers).toBe(2);
    store.close();
  });

  it('keeps every committed answer when the writing process is killed with SIGKILL', async () => {
    const path = join(dir, 'killed.db');
    const script = fileURLToPath(new URL('fixtures/write-answers.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, path], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let committed = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const counts = chunk.toString().trim().split('\n').map(Number);
        committed = Math.max(committed, ...counts);
        if (committed >= 150 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own: ${stderr}`))));
    });
    const store = await openProgressStore(path);
    expect(store.integrityCheck()).toBe('ok');
    const [row] = store.summary({ now: new Date() });
    expect(row!.answers).toBeGreaterThanOrEqual(committed);
    expect(row!.answers).toBeLessThanOrEqual(committed + 1);
    expect(row!.itemsSeen).toBe(40);
    expect(store.schedule('kill-test').size).toBe(40);
    store.close();
  });
});

describe('default database path', () => {
  it('follows XDG_DATA_HOME, else ~/.local/share', () => {
    expect(defaultDbPath({ XDG_DATA_HOME: '/data' }, 'linux', '/home/u')).toBe('/data/sopkit/progress.db');
    expect(defaultDbPath({}, 'linux', '/home/u')).toBe('/home/u/.local/share/sopkit/progress.db');
    expect(defaultDbPath({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/u')).toBe('/home/u/.local/share/sopkit/progress.db');
    expect(defaultDbPath({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/sopkit/progress.db');
  });
});
