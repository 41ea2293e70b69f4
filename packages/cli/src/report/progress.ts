// A progress bar for long builds, shown only on a terminal (cli-progress).
import cliProgress from 'cli-progress';
import type { MessageLanguage } from '@sopkit/core';

export interface Progress {
  /** Adds work discovered later (e.g. renders). */
  grow(by: number): void;
  tick(label: string): void;
  stop(): void;
}

export function createProgress(total: number, language: MessageLanguage): Progress {
  if (!process.stderr.isTTY || total < 2 || process.env['CI']) return { grow() {}, tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${language === 'en' ? 'building' : '生成中'} [{bar}] {value}/{total} {label}`,
    hideCursor: true,
    clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { label: '' });
  let size = total;
  return {
    grow(by) { size += by; bar.setTotal(size); },
    tick(label) { bar.increment(1, { label }); },
    stop() { bar.stop(); },
  };
}
