// Collects the lines of a learn page: timings, actions, decisions and remedies nested as the document nests them.
import type { ActionJson, DecisionJson, Language, RemedyJson, TimingJson } from '@sopkit/core';
import { actionLabel, branchAnswer, branchLabel, keyword, keywordLine } from './branch-answer.js';
import type { LearnLine, LearnLineKind } from './learn-pages.js';

/** A line collector with the writers every page kind shares. */
export interface LineSink {
  readonly lines: LearnLine[];
  push(kind: LearnLineKind, text: string, depth: number): void;
  timings(list: readonly TimingJson[], depth: number): void;
  actions(list: readonly ActionJson[], depth: number): void;
  decisions(list: readonly DecisionJson[], depth: number): void;
  remedies(list: readonly RemedyJson[], depth: number): void;
}

/** A new, empty line collector for a page in `language`. */
export function lineSink(language: Language): LineSink {
  const lines: LearnLine[] = [];
  const sink: LineSink = {
    lines,
    push: (kind, text, depth) => lines.push({ kind, text, depth }),
    timings: (list, depth) => list.forEach((t) => sink.push('timing', keywordLine('timing', t.text, language), depth)),
    actions: (list, depth) => list.forEach((a) => {
      const label = actionLabel(a, language);
      if (label !== null) sink.push('action', label, depth);
    }),
    decisions: (list, depth) => list.forEach((d) => {
      sink.push('decision', d.question, depth);
      for (const b of d.branches) sink.push('branch', `${branchLabel(b, language)} → ${branchAnswer(b, language) ?? keyword('continue', language)}`, depth + 1);
    }),
    remedies: (list, depth) => list.forEach((remedy) => {
      sink.push('remedy', remedy.text, depth);
      remedy.items.forEach((item, i) => sink.push('item', `${i + 1}. ${item}`, depth + 1));
      sink.timings(remedy.timings, depth + 1);
      sink.actions(remedy.actions, depth + 1);
      sink.decisions(remedy.decisions, depth + 1);
    }),
  };
  return sink;
}
