// Learn mode: one step per page (phase, owners, standards, problems and remedies, decisions, timings), paged with ←→ and scrolled with ↑↓.
import type { Language } from '@sopkit/core';
import { useApp, useInput } from 'ink';
import { useState } from 'react';
import type { LearnPage } from '../engine/learn-pages.js';
import { Header } from './Header.js';
import { learnHead, learnLines } from './layout/learn-lines.js';
import { bodyRows, maxScroll, Screen } from './Screen.js';
import { uiStrings } from './strings.js';
import { eachKey, type KeyPress } from './each-key.js';
import { useScreenSize, type ScreenSize } from './use-screen-size.js';

export interface LearnAppProps {
  readonly pages: readonly LearnPage[];
  readonly title: string;
  /** The screen's language; zh-TW words it in Traditional characters. */
  readonly language: Language;
  readonly onQuit?: () => void;
  readonly size?: ScreenSize;
}

/** The interactive learn walk-through. */
export function LearnApp({ pages, title, language, onQuit, size: fixedSize }: LearnAppProps) {
  const strings = uiStrings(language);
  const { exit } = useApp();
  const size = useScreenSize(fixedSize);
  const width = size.columns - 1;
  const [at, setAt] = useState({ page: 0, scroll: 0 });
  const page = pages[at.page];
  const pinned = page ? learnHead(page, strings, width) : [];
  const body = page ? learnLines(page, width) : [{ text: strings.nothingToAsk(0) }];
  const room = bodyRows(size.rows) - pinned.length;
  const limit = maxScroll(body, pinned, size.rows);

  const turn = (delta: number) =>
    setAt((now) => {
      const target = Math.max(0, Math.min(pages.length - 1, now.page + delta));
      return target === now.page ? now : { page: target, scroll: 0 };
    });
  const scroll = (delta: number) => setAt((now) => ({ ...now, scroll: Math.max(0, Math.min(limit, now.scroll + delta)) }));

  const onKey = (input: string, key: KeyPress) => {
    if (input === 'q' || input === 'Q') {
      onQuit?.();
      return exit();
    }
    if (key.rightArrow || key.return || input === 'n' || key.pageDown) return turn(1);
    if (key.leftArrow || input === 'p' || key.pageUp) return turn(-1);
    if (key.downArrow || input === ' ') return scroll(input === ' ' ? room - 1 : 1);
    if (key.upArrow) return scroll(-1);
    if (key.home) return turn(-pages.length);
    if (key.end) return turn(pages.length);
  };
  useInput((input, key) => eachKey(input, key, onKey));

  const header = (
    <Header title={`${title} · ${strings.modes.learn}`} width={width} progress={{ done: pages.length === 0 ? 0 : at.page + 1, total: pages.length }} />
  );
  return <Screen header={header} body={body} pinned={pinned} scroll={at.scroll} help={strings.help.learn} rows={size.rows} columns={size.columns} />;
}
