// The drill screen for scenario, order and exam modes: question, options, feedback and the final report, driven by keys.
import type { Language } from '@sopkit/core';
import { useApp, useInput } from 'ink';
import { useCallback, useMemo } from 'react';
import { progressOf } from '../engine/drill.js';
import { askableCount } from '../engine/plan-queue.js';
import type { DrillState } from '../engine/types.js';
import { Header } from './Header.js';
import { feedbackLines } from './layout/feedback-lines.js';
import { answerLines, questionHead } from './layout/question-lines.js';
import { reportLines } from './layout/report-lines.js';
import { paragraph } from './layout/styled-line.js';
import { bodyRows, maxScroll, Screen } from './Screen.js';
import { uiStrings } from './strings.js';
import { formatClock, useCountdown } from './use-countdown.js';
import { useDrill, type DrillHandlers } from './use-drill.js';
import { eachKey, type KeyPress } from './each-key.js';
import { useScreenSize, type ScreenSize } from './use-screen-size.js';

export interface DrillAppProps extends DrillHandlers {
  /** The planned drill (from `createDrill`). */
  readonly drill: DrillState;
  /** Shown in the header, e.g. the process title and the trainee. */
  readonly title: string;
  /** The screen's language; zh-TW words it in Traditional characters. */
  readonly language: Language;
  /** Pass mark in percent. */
  readonly passMark: number;
  /** Exam deadline in milliseconds since the epoch, or null for no time limit. */
  readonly deadline?: number | null;
  /** Called when the trainee quits with `q`. */
  readonly onQuit?: () => void;
  /** Fixed screen size (tests); default: the terminal's. */
  readonly size?: ScreenSize;
  readonly clock?: () => number;
}

/** The interactive drill. */
export function DrillApp(props: DrillAppProps) {
  const { drill, title, language, passMark, deadline = null, onQuit, size: fixedSize, clock } = props;
  const strings = uiStrings(language);
  const { exit } = useApp();
  const size = useScreenSize(fixedSize);
  const width = size.columns - 1;
  const handlers = useMemo(() => ({ ...(props.onAnswer && { onAnswer: props.onAnswer }), ...(props.onFinish && { onFinish: props.onFinish }) }), [props.onAnswer, props.onFinish]);
  const drillUi = useDrill(drill, passMark, handlers);
  const { view, state } = drillUi;
  const left = useCountdown(view.kind === 'report' ? null : deadline, drillUi.timeUp, clock);

  const quit = useCallback(() => {
    onQuit?.();
    exit();
  }, [exit, onQuit]);

  const { answered, total, correct } = progressOf(state);
  const several = state.bank.processes.length > 1;
  const body =
    view.kind === 'feedback' ? feedbackLines(view.answered, strings, width, several)
    : view.kind === 'report' ? (view.report.total === 0 ? paragraph(state.mode === 'order' ? strings.nothingToOrder : strings.nothingToAsk(state.mode === 'scenario' ? askableCount(state.bank, 'order') : 0), width) : reportLines(view.report, state.mode, strings, width, view.timeUp))
    : [];
  const limit = maxScroll(body, [], size.rows);

  const onKey = (input: string, key: KeyPress) => {
    const current = drillUi.viewNow();
    if (input === 'q' || input === 'Q') return quit();
    if (current.kind === 'question') {
      if (/^[1-9]$/.test(input)) return drillUi.pick(Number(input) - 1);
      if (key.upArrow) return drillUi.move(-1);
      if (key.downArrow) return drillUi.move(1);
      if (key.return || input === ' ') return drillUi.pick(current.cursor);
      if (key.backspace || key.delete) return drillUi.unpick();
    } else {
      if (current.kind === 'feedback' && (key.return || input === ' ' || key.rightArrow)) return drillUi.advance();
      if (key.upArrow) return drillUi.move(-1, limit);
      if (key.downArrow) return drillUi.move(1, limit);
      if (key.pageUp) return drillUi.move(-bodyRows(size.rows), limit);
      if (key.pageDown || input === ' ') return drillUi.move(bodyRows(size.rows), limit);
    }
  };
  useInput((input, key) => eachKey(input, key, onKey));

  const header = (
    <Header
      title={`${title} · ${strings.modes[state.mode]}`}
      width={width}
      progress={{ done: answered, total }}
      score={strings.score(correct, answered)}
      {...(left !== null && { timer: { text: strings.timeLeft(formatClock(left)), urgent: left < 60_000 } })}
    />
  );

  if (view.kind === 'question') {
    const count = view.question.type === 'choice' ? view.question.options.length : view.question.entries.length;
    const help = view.question.type === 'choice' ? strings.help.choice(count) : strings.help.order(count);
    return <Screen header={header} pinned={questionHead(view.question, strings, width, several)} body={answerLines(view.question, view, strings, width)} help={help} rows={size.rows} columns={size.columns} />;
  }
  const help = view.kind === 'report' ? strings.help.report : (state.finished ? strings.help.lastFeedback : strings.help.feedback)(limit > 0);
  return <Screen header={header} body={body} scroll={view.scroll} help={help} rows={size.rows} columns={size.columns} />;
}
