// `sop drill` and `sop progress` as commands: bad input gives clear messages and exit codes; progress prints aligned tables, JSON and safe CSV,
// worded in the language of the processes shown (a database from before languages were kept: the locale's).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDuration, parseInteger, parsePercent } from '../packages/cli/src/features/drill/parse-values.js';
import { prepareDrill } from '../packages/cli/src/features/drill/prepare-drill.js';
import { drillTitle } from '../packages/cli/src/features/drill/drill-title.js';
import { summaryText } from '../packages/cli/src/features/drill/summary-text.js';
import { openProgressStore } from '../packages/simulator/src/store.js';
import { displayWidth } from '../packages/simulator/src/ui/wrap-text.js';
import { runSop } from './helpers/run-sop.js';

const dir = mkdtempSync(join(tmpdir(), 'sopkit-drill-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sop drill option values', () => {
  it('reads durations, percentages and whole numbers', () => {
    expect(parseDuration('10m')).toBe(600_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1h 30m')).toBe(5_400_000);
    expect(parseDuration('15')).toBe(900_000);
    for (const bad of ['abc', '10x', 'm10', '0m', '']) expect(() => parseDuration(bad), bad).toThrow(/--time-limit/);
    expect(parsePercent('80')).toBe(80);
    expect(parsePercent('75%')).toBe(75);
    expect(() => parsePercent('120')).toThrow(/--pass/);
    expect(parseInteger('--seed', 0)('42')).toBe(42);
    expect(() => parseInteger('--questions', 1)('0')).toThrow(/at least 1/);
    expect(() => parseInteger('--seed', 0)('1.5')).toThrow(/whole number/);
  });
});

describe('sop drill’s closing summary', () => {
  const report = { correct: 3, answered: 4, total: 4, percent: 75, passMark: 80, passed: false, misses: [], unanswered: 0, retries: 0, processes: [],
    phases: [{ processId: 'p', processTitle: '流程', phaseId: 'p/ph1', title: '接受任务', correct: 1, total: 2 }] };
  const summary = (language: 'zh-CN' | 'en') => summaryText({ mode: 'exam', report, saved: 4, trainee: '张三', seed: 7, dbPath: '/tmp/p.db', quitEarly: false, language, planned: 4 });

  it('is punctuated in the language it is written in', () => {
    expect(summary('zh-CN')).toBe('结果：3/4（75%），未通过\n  接受任务：1/2\n已为 张三 保存 4 个回答：/tmp/p.db\n种子 7（用 --seed 7 可重出同一组题）\n');
    expect(summary('en')).toContain('Result: 3/4 (75%) — not passed\n  接受任务: 1/2\n');
  });

  it('says how many of the questions were misses asked again, which a practice adds to the questions asked for', () => {
    const practice = (language: 'zh-CN' | 'en') => summaryText({ mode: 'scenario', report: { ...report, retries: 2 }, saved: 4, trainee: '张三', seed: 7, dbPath: '/tmp/p.db', quitEarly: false, language, planned: 4 });
    expect(practice('zh-CN')).toMatch(/^结果：3\/4（75%），含 2 道错题重做\n/);
    expect(practice('en')).toMatch(/^Result: 3\/4 \(75%\), including 2 missed questions asked again\n/);
  });
});

describe('sop drill’s header title', () => {
  it('names one process, or the first of several and how many, so the trainee and the mode still fit', () => {
    expect(drillTitle(['上门服务流程规范指导BOM'], 'zh-CN')).toBe('上门服务流程规范指导BOM');
    expect(drillTitle(['售后服务管理制度', '标准化流程篇', '上门服务流程规范指导BOM', '关键岗位返青培训', '售后技术服务流程规范'], 'zh-CN')).toBe('售后服务管理制度 等 5 个流程');
    expect(drillTitle(['Welcome a walk-in customer', 'Other'], 'en')).toBe('Welcome a walk-in customer and 1 more');
  });
});

describe('the drill’s preparation snapshot', () => {
  it('compiles the sources and builds the item bank exactly as the drill does in its own process', () => {
    // Note: the bundle beside the snapshot is made by test/global-setup.ts with the pinned Node, which dist/node-path names.
    const dist = join(import.meta.dirname, '../packages/cli/dist');
    const node = readFileSync(join(dist, 'node-path'), 'utf8').trim();
    const sources = ['home-service-visit', 'dealer-appointment'].map((id) => {
      const path = join(import.meta.dirname, `../processes/${id}.sop`);
      return { path, text: readFileSync(path, 'utf8') };
    });
    const message = serialize(sources);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(message.length);
    const run = spawnSync(node, ['--snapshot-blob', join(dist, 'drill-prepare.blob')], { input: Buffer.concat([length, message]), maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr.toString()).toBe(0);
    const prepared = deserialize(run.stdout) as ReturnType<typeof prepareDrill>;
    expect(prepared.bank?.processes.map((p) => p.id)).toEqual(['home-service-visit', 'dealer-appointment']);
    expect(prepared).toEqual(prepareDrill(sources));
  });
});

describe('sop drill', () => {
  it('names a missing file and exits 2', () => {
    const run = runSop(['drill', 'no-such-file.sop']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-file.sop');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints positioned errors for a broken file and exits 1', () => {
    const bad = join(dir, 'bad.sop');
    writeFileSync(bad, '流程: 坏流程\n  编号: bad\n工步 1: a\n  工作标准: x\n工步 1: b\n  工作标准: y\n');
    const run = runSop(['drill', bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.sop:5:\d+: error SOP\d{4}/);
  });

  it('refuses to run without a terminal, with a message instead of a stack trace', () => {
    const run = runSop(['drill', 'processes/home-service-visit.sop', '--db', join(dir, 'none.db')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/interactive terminal|交互式终端/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad option value as a usage error', () => {
    const run = runSop(['drill', 'processes/home-service-visit.sop', '--time-limit', 'soon']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--time-limit takes a duration');
  });
});

describe('sop progress', () => {
  it('reports no progress without creating a database', () => {
    const db = join(dir, 'missing', 'progress.db');
    expect(runSop(['progress', '--db', db, '--format', 'json'])).toMatchObject({ status: 0, stdout: '[]\n' });
    const table = runSop(['progress', '--db', db, '--lang', 'en']);
    expect(table.status).toBe(0);
    expect(table.stderr).toContain('No progress recorded yet');
    expect(runSop(['progress', '--db', db, '--format', 'json']).stdout).toBe('[]\n');
  });

  it('prints aligned tables, filtered JSON, and CSV that spreadsheets will not execute', async () => {
    const db = join(dir, 'progress.db');
    const store = await openProgressStore(db);
    const at = new Date('2026-11-20T09:00:00Z');
    for (const trainee of ['张三丰', 'amy', '=HYPERLINK("x")']) {
      const sessionId = store.startSession({ trainee, mode: 'exam', seed: 1, processes: [{ id: 'home-service-visit', language: 'zh-CN' }], startedAt: at });
      for (let i = 0; i < 4; i++) {
        store.recordAnswer({ sessionId, trainee, processId: 'home-service-visit', phaseId: null, itemId: `home-service-visit/s${i + 1}/p1#remedy`, itemHash: 'sha256:x', kind: 'remedy', correct: i !== 0, chosen: 'x', answeredAt: at });
      }
      store.recordExam({ sessionId, trainee, processId: 'home-service-visit', correct: 3, total: 4, percent: 75, passMark: 80, passed: false, finishedAt: at });
    }
    store.close();

    const table = runSop(['progress', '--db', db, '--lang', 'zh-CN']);
    expect(table.status).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^学员 +流程 +已练题目 +正确率 +待复习 +最近考试 +考试日期$/);
    expect(lines).toHaveLength(5);
    const column = (line: string, marker: string) => displayWidth(line.slice(0, line.indexOf(marker)));
    const starts = [column(lines[0]!, '流程'), ...lines.slice(2).map((l) => column(l, 'home-service-visit'))];
    expect(new Set(starts).size, table.stdout).toBe(1);
    expect(starts[0]).toBe(displayWidth('=HYPERLINK("x")  '));
    expect(table.stdout).toContain('75% 未通过');

    const json = JSON.parse(runSop(['progress', '--db', db, '--trainee', '张三丰', '--format', 'json']).stdout) as unknown[];
    expect(json).toEqual([expect.objectContaining({ trainee: '张三丰', itemsSeen: 4, answers: 4, correct: 3, accuracy: 75, lastExam: { percent: 75, passed: false, at: at.toISOString() } })]);
    expect(JSON.parse(runSop(['progress', '--db', db, '--process', 'other', '--format', 'json']).stdout)).toEqual([]);

    const csv = runSop(['progress', '--db', db, '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('trainee,process,items_seen,answers,correct,accuracy,items_due,last_answer_at,last_exam_score,last_exam_passed,last_exam_at,language');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",home-service-visit,4,4,3,75,4,${at.toISOString()},75,false,${at.toISOString()},zh-CN`);
    expect(csv.some((l) => l.startsWith('张三丰,home-service-visit,4,4,3,75,'))).toBe(true);
  });

  describe('speaks the language of the processes shown, not the shell’s', () => {
    const zhHeading = /^学员 +流程 +已练题目/;
    const enHeading = /^Trainee +Process +Items seen/;
    // Note: run outside the repository, so that no sopkit.yaml configures a language; LC_ALL and LC_MESSAGES would override LANG.
    const cwd = join(dir, 'elsewhere');
    mkdirSync(cwd, { recursive: true });
    const progress = (db: string, lang: string, ...more: string[]) =>
      runSop(['progress', '--db', db, ...more], { cwd, env: { LANG: lang, LC_ALL: '', LC_MESSAGES: '' } });

    async function databaseOf(name: string, processes: readonly { id: string; language: 'zh-CN' | 'zh-TW' | 'en' }[]): Promise<string> {
      const db = join(dir, `${name}.db`);
      const store = await openProgressStore(db);
      const at = new Date('2026-11-20T09:00:00Z');
      const sessionId = store.startSession({ trainee: 'amy', mode: 'exam', seed: 1, processes, startedAt: at });
      for (const p of processes) {
        store.recordAnswer({ sessionId, trainee: 'amy', processId: p.id, phaseId: null, itemId: `${p.id}/s1/p1#remedy`, itemHash: 'sha256:x', kind: 'remedy', correct: true, chosen: 'x', answeredAt: at });
        store.recordExam({ sessionId, trainee: 'amy', processId: p.id, correct: 1, total: 1, percent: 100, passMark: 80, passed: true, finishedAt: at });
      }
      store.close();
      return db;
    }

    it('a Chinese process in an English shell, an English one in a Chinese shell; --lang still wins', async () => {
      const zh = await databaseOf('zh-only', [{ id: 'home-service-visit', language: 'zh-CN' }]);
      const en = await databaseOf('en-only', [{ id: 'first-sop-en', language: 'en' }]);
      const chinese = progress(zh, 'en_US.UTF-8');
      expect(chinese.stdout).toMatch(zhHeading);
      expect(chinese.stdout).toContain('100% 通过');
      const english = progress(en, 'zh_CN.UTF-8');
      expect(english.stdout).toMatch(enHeading);
      expect(english.stdout).toContain('100% passed');
      expect(progress(zh, 'en_US.UTF-8', '--lang', 'en').stdout).toMatch(enHeading);
      expect(progress(en, 'zh_CN.UTF-8', '--lang', 'zh-CN').stdout).toMatch(zhHeading);
      const traditional = progress(await databaseOf('zh-tw', [{ id: 'tw', language: 'zh-TW' }]), 'en_US.UTF-8').stdout;
      expect(traditional).toMatch(/^學員 +流程 +已練題目 +正確率 +待複習 +最近考試 +考試日期$/m);
      expect(traditional).toContain('100% 通過');
    });

    it('is English only when every process shown is English; --process narrows what is shown', async () => {
      const mixed = await databaseOf('mixed', [{ id: 'first-sop-en', language: 'en' }, { id: 'home-service-visit', language: 'zh-CN' }]);
      expect(progress(mixed, 'en_US.UTF-8').stdout).toMatch(zhHeading);
      expect(progress(mixed, 'zh_CN.UTF-8', '--process', 'first-sop-en').stdout).toMatch(enHeading);
    });

    it('opens a database from before languages were kept, in the locale’s language, and learns a language from the next drill', async () => {
      const db = join(dir, 'before-languages.db');
      const old = new DatabaseSync(db);
      old.exec(readFileSync(join(import.meta.dirname, '../packages/simulator/test/fixtures/progress-before-languages.sql'), 'utf8'));
      old.close();
      const english = progress(db, 'en_US.UTF-8');
      expect(english.status, english.stderr).toBe(0);
      expect(english.stdout).toMatch(enHeading);
      expect(english.stdout).toMatch(/^张三 +home-service-visit +2 +50% +\d+ +50% failed/m);
      expect(progress(db, 'zh_CN.UTF-8').stdout).toMatch(zhHeading);
      expect(JSON.parse(progress(db, 'en_US.UTF-8', '--format', 'json').stdout)).toEqual([
        expect.objectContaining({ processId: 'first-sop-en', language: null }),
        expect.objectContaining({ processId: 'home-service-visit', language: null, answers: 2 }),
      ]);

      const store = await openProgressStore(db);
      store.startSession({ trainee: '张三', mode: 'scenario', seed: 1, processes: [{ id: 'first-sop-en', language: 'en' }], startedAt: new Date() });
      store.close();
      expect(progress(db, 'zh_CN.UTF-8').stdout, 'the one known language decides').toMatch(enHeading);
    });
  });
});
