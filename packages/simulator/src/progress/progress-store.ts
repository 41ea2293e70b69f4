// The progress store: every answer, review card and exam result per trainee in SQLite (node:sqlite, WAL), one transaction per answer.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ProcessJson } from '@sopkit/core';
import type { ScheduledItem } from '../engine/types.js';
import { parseCard, reviewCard, serialiseCard } from './review-card.js';

/** One graded answer to record. */
export interface AnswerRecord {
  readonly sessionId: number;
  readonly trainee: string;
  readonly processId: string;
  readonly phaseId: string | null;
  readonly itemId: string;
  readonly itemHash: string;
  readonly kind: string;
  readonly correct: boolean;
  readonly chosen: string;
  readonly answeredAt: Date;
}

/** One finished exam of one process. */
export interface ExamRecord {
  readonly sessionId: number;
  readonly trainee: string;
  readonly processId: string;
  readonly correct: number;
  readonly total: number;
  readonly percent: number;
  readonly passMark: number;
  readonly passed: boolean;
  readonly finishedAt: Date;
}

/** The language a process is written in (`zh-CN`, `zh-TW`, `en`). */
export type ProcessLanguage = ProcessJson['language'];

/** A process a session drills: its id and the language it is written in. */
export interface SessionProcess {
  readonly id: string;
  readonly language: ProcessLanguage;
}

/** Progress of one trainee on one process. */
export interface ProgressRow {
  readonly trainee: string;
  readonly processId: string;
  /** The language of the process when it was last drilled; null when its progress predates the store keeping languages. */
  readonly language: ProcessLanguage | null;
  readonly itemsSeen: number;
  readonly answers: number;
  readonly correct: number;
  /** Right answers in percent of all answers. */
  readonly accuracy: number;
  readonly itemsDue: number;
  readonly lastAnswerAt: string;
  readonly lastExam: { readonly percent: number; readonly passed: boolean; readonly at: string } | null;
}

const schema = `
CREATE TABLE IF NOT EXISTS sessions (
  id INTEGER PRIMARY KEY, trainee TEXT NOT NULL, mode TEXT NOT NULL, seed INTEGER NOT NULL, processes TEXT NOT NULL, started_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
  id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id), trainee TEXT NOT NULL, process_id TEXT NOT NULL,
  phase_id TEXT, item_id TEXT NOT NULL, item_hash TEXT NOT NULL, kind TEXT NOT NULL, correct INTEGER NOT NULL, chosen TEXT NOT NULL, answered_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS answers_by_trainee ON answers (trainee, process_id);
CREATE TABLE IF NOT EXISTS cards (
  trainee TEXT NOT NULL, item_id TEXT NOT NULL, process_id TEXT NOT NULL, item_hash TEXT NOT NULL, due INTEGER NOT NULL, card TEXT NOT NULL,
  PRIMARY KEY (trainee, item_id));
CREATE TABLE IF NOT EXISTS exams (
  id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id), trainee TEXT NOT NULL, process_id TEXT NOT NULL,
  correct INTEGER NOT NULL, total INTEGER NOT NULL, percent REAL NOT NULL, pass_mark REAL NOT NULL, passed INTEGER NOT NULL, finished_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS processes (
  process_id TEXT PRIMARY KEY, language TEXT NOT NULL, drilled_at TEXT NOT NULL);
`;

let sqlite: typeof import('node:sqlite') | undefined;

/** Loads node:sqlite without its "experimental feature" warning, which would land in the middle of the drill screen. */
async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  if (sqlite) return sqlite;
  const original = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    if (String(warning).includes('SQLite')) return;
    return (original as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    sqlite = await import('node:sqlite');
  } finally {
    process.emitWarning = original;
  }
  return sqlite;
}

/**
 * Opens the progress database at `path`, creating the file (and its folder) if needed. A new database gets its tables with
 * its first write: setting one up waits for the disk several times (tens of milliseconds), which the drill does once its
 * first question is on screen.
 */
export async function openProgressStore(path: string): Promise<ProgressStore> {
  const { DatabaseSync } = await loadSqlite();
  const existing = path === ':memory:' || existsSync(path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 5000 });
  db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  return new ProgressStore(db, existing);
}

/** Progress kept in one SQLite database. */
export class ProgressStore {
  /** Whether the tables exist (always, unless the database is new and nothing has been written yet). */
  private ready = false;

  constructor(private readonly db: DatabaseSync, existing: boolean) {
    if (existing) this.setUp();
  }

  /** Starts a drill session (answers and exams refer to it) and records the language of each process it drills. */
  startSession(session: { trainee: string; mode: string; seed: number; processes: readonly SessionProcess[]; startedAt: Date }): number {
    this.setUp();
    let id = 0;
    this.transaction(() => {
      const startedAt = session.startedAt.toISOString();
      const result = this.db
        .prepare('INSERT INTO sessions (trainee, mode, seed, processes, started_at) VALUES (?, ?, ?, ?, ?)')
        .run(session.trainee, session.mode, session.seed, session.processes.map((p) => p.id).join(','), startedAt);
      id = Number(result.lastInsertRowid);
      const language = this.db.prepare('INSERT OR REPLACE INTO processes (process_id, language, drilled_at) VALUES (?, ?, ?)');
      for (const p of session.processes) language.run(p.id, p.language, startedAt);
    });
    return id;
  }

  /** Records one answer and updates its review card, in one transaction: either both are stored or neither. */
  recordAnswer(answer: AnswerRecord): void {
    this.setUp();
    this.transaction(() => {
      const row = this.db.prepare('SELECT item_hash, card FROM cards WHERE trainee = ? AND item_id = ?').get(answer.trainee, answer.itemId) as { item_hash: string; card: string } | undefined;
      const previous = row ? { itemHash: row.item_hash, card: parseCard(row.card) } : null;
      const { card } = reviewCard(previous, answer.itemHash, answer.correct, answer.answeredAt);
      this.db
        .prepare('INSERT INTO answers (session_id, trainee, process_id, phase_id, item_id, item_hash, kind, correct, chosen, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(answer.sessionId, answer.trainee, answer.processId, answer.phaseId, answer.itemId, answer.itemHash, answer.kind, answer.correct ? 1 : 0, answer.chosen, answer.answeredAt.toISOString());
      this.db
        .prepare('INSERT OR REPLACE INTO cards (trainee, item_id, process_id, item_hash, due, card) VALUES (?, ?, ?, ?, ?, ?)')
        .run(answer.trainee, answer.itemId, answer.processId, answer.itemHash, card.due.getTime(), serialiseCard(card));
    });
  }

  /** Records a finished exam of one process. */
  recordExam(exam: ExamRecord): void {
    this.setUp();
    this.db
      .prepare('INSERT INTO exams (session_id, trainee, process_id, correct, total, percent, pass_mark, passed, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(exam.sessionId, exam.trainee, exam.processId, exam.correct, exam.total, exam.percent, exam.passMark, exam.passed ? 1 : 0, exam.finishedAt.toISOString());
  }

  /** A trainee's review schedule: item id → hash and due date, for the engine to put due items first. */
  schedule(trainee: string): Map<string, ScheduledItem> {
    if (!this.ready) return new Map();
    const rows = this.db.prepare('SELECT item_id, item_hash, due FROM cards WHERE trainee = ?').all(trainee) as { item_id: string; item_hash: string; due: number }[];
    return new Map(rows.map((r) => [r.item_id, { hash: r.item_hash, due: Number(r.due) }]));
  }

  /** Progress per trainee and process, optionally for one trainee or one process. */
  summary(filter: { trainee?: string; processId?: string; now: Date }): ProgressRow[] {
    if (!this.ready) return [];
    const where: string[] = [];
    const args: SQLInputValue[] = [];
    if (filter.trainee !== undefined) (where.push('trainee = ?'), args.push(filter.trainee));
    if (filter.processId !== undefined) (where.push('process_id = ?'), args.push(filter.processId));
    const rows = this.db.prepare(`
      SELECT a.trainee, a.process_id, p.language, a.seen, a.answers, a.correct, a.last_answer_at,
        (SELECT COUNT(*) FROM cards c WHERE c.trainee = a.trainee AND c.process_id = a.process_id AND c.due <= ?) AS due,
        e.percent AS exam_percent, e.passed AS exam_passed, e.finished_at AS exam_at
      FROM (SELECT trainee, process_id, COUNT(DISTINCT item_id) AS seen, COUNT(*) AS answers, SUM(correct) AS correct, MAX(answered_at) AS last_answer_at
            FROM answers ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY trainee, process_id) AS a
      LEFT JOIN processes p ON p.process_id = a.process_id
      LEFT JOIN exams e ON e.id = (SELECT id FROM exams x WHERE x.trainee = a.trainee AND x.process_id = a.process_id ORDER BY x.finished_at DESC, x.id DESC LIMIT 1)
      ORDER BY a.trainee, a.process_id`).all(filter.now.getTime(), ...args) as {
      trainee: string; process_id: string; language: ProcessLanguage | null; seen: number; answers: number; correct: number; last_answer_at: string; due: number;
      exam_percent: number | null; exam_passed: number | null; exam_at: string | null;
    }[];
    return rows.map((r) => ({
      trainee: r.trainee,
      processId: r.process_id,
      language: r.language,
      itemsSeen: Number(r.seen),
      answers: Number(r.answers),
      correct: Number(r.correct),
      accuracy: r.answers > 0 ? Math.round((Number(r.correct) / Number(r.answers)) * 1000) / 10 : 0,
      itemsDue: Number(r.due),
      lastAnswerAt: r.last_answer_at,
      lastExam: r.exam_at === null ? null : { percent: Number(r.exam_percent), passed: r.exam_passed === 1, at: r.exam_at },
    }));
  }

  /** Runs `PRAGMA integrity_check`; "ok" when the database is sound. */
  integrityCheck(): string {
    const row = this.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    return row.integrity_check;
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  /**
   * Creates the tables this database lacks (WAL journal: a killed writer loses nothing committed). A database from before
   * languages were kept gets its `processes` table here; its processes have no language until they are drilled again.
   */
  private setUp(): void {
    if (this.ready) return;
    this.db.exec('PRAGMA journal_mode = WAL;');
    this.db.exec(schema);
    this.ready = true;
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
