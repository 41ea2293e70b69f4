// The plain lines `sop drill` prints after the screen closes: the result, how many answers were saved, and how to repeat the run.
import type { MessageLanguage } from '@sopkit/core';
import type { DrillMode, DrillReport } from '@sopkit/simulator';

export interface SummaryInput {
  readonly mode: DrillMode;
  readonly report: DrillReport | null;
  readonly saved: number;
  readonly trainee: string;
  readonly seed: number;
  readonly dbPath: string;
  readonly quitEarly: boolean;
  readonly language: MessageLanguage;
  /** How many questions the drill planned: none means there was nothing to ask, not that the trainee stopped. */
  readonly planned: number;
}

const modeNames: Record<DrillMode, string> = { scenario: '情景练习', order: '排序练习', exam: '考试' };

/** The closing summary, one fact per line (a single line when there was nothing to ask). */
export function summaryText(s: SummaryInput): string {
  const en = s.language === 'en';
  if (s.planned === 0) return `${en ? `Nothing to ask in ${s.mode} mode; no answers saved.` : `${modeNames[s.mode]}模式下没有题可出，没有保存回答。`}\n`;
  const lines: string[] = [];
  const r = s.report;
  if (r && r.total > 0) {
    const verdict = s.mode === 'exam' ? (r.passed ? (en ? ' — passed' : '，通过') : (en ? ' — not passed' : '，未通过')) : '';
    const retries = r.retries === 0 ? '' : en ? `, including ${r.retries} missed question${r.retries === 1 ? '' : 's'} asked again` : `，含 ${r.retries} 道错题重做`;
    lines.push(en ? `Result: ${r.correct}/${r.total} (${r.percent}%)${retries}${verdict}` : `结果：${r.correct}/${r.total}（${r.percent}%）${retries}${verdict}`);
    for (const p of r.phases) lines.push(`  ${p.title}${en ? ': ' : '：'}${p.correct}/${p.total}`);
  } else if (s.quitEarly) {
    lines.push(en ? 'Stopped before the end.' : '中途退出。');
  }
  lines.push(en ? `${s.saved} answer${s.saved === 1 ? '' : 's'} saved for ${s.trainee} in ${s.dbPath}` : `已为 ${s.trainee} 保存 ${s.saved} 个回答：${s.dbPath}`);
  lines.push(en ? `Seed ${s.seed} (--seed ${s.seed} asks the same questions again)` : `种子 ${s.seed}（用 --seed ${s.seed} 可重出同一组题）`);
  return `${lines.join('\n')}\n`;
}
