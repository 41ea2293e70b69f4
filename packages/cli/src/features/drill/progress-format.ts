// `sop progress` output: an aligned table (Chinese counts double width), JSON, or CSV safe to open in a spreadsheet.
import { toTraditional, type Language } from '@sopkit/core/check';
import type { ProgressRow } from '@sopkit/simulator/store';
import stringWidth from 'string-width';

const zhHeadings = ['学员', '流程', '已练题目', '正确率', '待复习', '最近考试', '考试日期'];
const zhPass = ['通过', '未通过'];

const headings: Record<Language, readonly string[]> = {
  'zh-CN': zhHeadings,
  'zh-TW': zhHeadings.map(toTraditional),
  en: ['Trainee', 'Process', 'Items seen', 'Accuracy', 'Due', 'Last exam', 'Exam date'],
};

const passWords: Record<Language, readonly string[]> = { 'zh-CN': zhPass, 'zh-TW': zhPass.map(toTraditional), en: ['passed', 'failed'] };

/** A date as local `YYYY-MM-DD HH:mm`. */
function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Rows as an aligned text table; zh-TW words the headings in Traditional characters. */
export function progressTable(rows: readonly ProgressRow[], language: Language): string {
  const passWord = passWords[language];
  const cells = rows.map((r) => [
    r.trainee,
    r.processId,
    String(r.itemsSeen),
    `${r.accuracy}%`,
    String(r.itemsDue),
    r.lastExam ? `${r.lastExam.percent}% ${r.lastExam.passed ? passWord[0] : passWord[1]}` : '-',
    r.lastExam ? localDate(r.lastExam.at) : '-',
  ]);
  const all = [headings[language], ...cells];
  const widths = headings[language].map((_, c) => Math.max(...all.map((row) => stringWidth(row[c]!))));
  const numeric = new Set([2, 3, 4]);
  const line = (row: readonly string[]) =>
    row.map((cell, c) => {
      const pad = ' '.repeat(widths[c]! - stringWidth(cell));
      return numeric.has(c) ? pad + cell : cell + pad;
    }).join('  ').trimEnd();
  return `${[line(headings[language]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n')}\n`;
}

/** Rows as pretty JSON. */
export function progressJson(rows: readonly ProgressRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const csvColumns = ['trainee', 'process', 'items_seen', 'answers', 'correct', 'accuracy', 'items_due', 'last_answer_at', 'last_exam_score', 'last_exam_passed', 'last_exam_at', 'language'];

/** One CSV field: quoted when needed; text starting like a formula is prefixed with `'` so spreadsheets do not run it. */
function csvField(value: string | number | boolean | null, text: boolean): string {
  if (value === null) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV (RFC 4180, CRLF line ends); the process's language comes last, empty when it is not known. */
export function progressCsv(rows: readonly ProgressRow[]): string {
  const lines = rows.map((r) => [
    csvField(r.trainee, true), csvField(r.processId, true), csvField(r.itemsSeen, false), csvField(r.answers, false), csvField(r.correct, false),
    csvField(r.accuracy, false), csvField(r.itemsDue, false), csvField(r.lastAnswerAt, false),
    csvField(r.lastExam?.percent ?? null, false), csvField(r.lastExam ? r.lastExam.passed : null, false), csvField(r.lastExam?.at ?? null, false),
    csvField(r.language, false),
  ].join(','));
  return `${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`;
}
