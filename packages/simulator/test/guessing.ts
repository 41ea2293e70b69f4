// Test-wise guessing: how often simple heuristics that ignore the SOP (longest option, most words shared with the question,
// the odd one out in form …) pick the right option of the drill's choice questions. Deliberately independent of the engine's
// own give-away rules, so that the engine cannot pass by being measured with its own yardstick.
import { displayWidth, type ProcessJson } from '@sopkit/core';
import { buildItemBank, buildQuestion, seedRng, type ItemKind, type Question } from '../src/index.js';
import { questionHead } from '../src/ui/layout/question-lines.js';
import { uiStrings } from '../src/ui/strings.js';

type ChoiceQuestion = Extract<Question, { type: 'choice' }>;

/** A heuristic scores each option; the guesser picks the highest score, at random among ties. */
export interface Heuristic {
  readonly name: string;
  readonly score: (question: ChoiceQuestion, shown: string) => number[];
}

const han = /\p{Script=Han}/u;

/** Words as a test-wise reader sees them: CJK character pairs and Latin words of three letters or more. */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.normalize('NFKC').toLowerCase();
  for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 1; i < chars.length; i++) out.add(chars[i - 1]! + chars[i]!);
  }
  for (const word of t.match(/[a-z]{3,}/g) ?? []) out.add(word);
  return out;
}

const negation = /[不没無无未非否勿禁别]|\b(not|no|never|without|don't|do not|cannot)\b/iu;

/** Form features a test-wise reader notices; an option alone in having (or lacking) one stands out. */
const features: readonly ((text: string) => boolean)[] = [
  (t) => /\p{N}/u.test(t),
  (t) => negation.test(t),
  (t) => /[,，;；、]/u.test(t),
  (t) => /[:：]/u.test(t),
  (t) => /[(（「“"'{]/u.test(t),
  (t) => /[。.!！]$/u.test(t.trim()),
  (t) => /[a-z]/iu.test(t) && han.test(t),
];

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The heuristics measured. */
export const heuristics: readonly Heuristic[] = [
  { name: 'longest', score: (q) => q.options.map((o) => displayWidth(o.text)) },
  { name: 'shortest', score: (q) => q.options.map((o) => -displayWidth(o.text)) },
  {
    name: 'most words of the question',
    score: (q, shown) => {
      const above = words(shown);
      return q.options.map((o) => shared(words(o.text), above));
    },
  },
  {
    name: 'odd one out in form',
    score: (q) => {
      const scores = q.options.map(() => 0);
      for (const has of features) {
        const flags = q.options.map((o) => has(o.text));
        const yes = flags.filter(Boolean).length;
        if (q.options.length < 3 || (yes !== 1 && yes !== q.options.length - 1)) continue;
        const odd = flags.indexOf(yes === 1);
        scores[odd]!++;
      }
      return scores;
    },
  },
  {
    name: 'most like the others',
    score: (q) => {
      const sets = q.options.map((o) => words(o.text));
      return sets.map((s, i) => sets.reduce((sum, other, j) => (i === j ? sum : sum + shared(s, other)), 0));
    },
  },
];

/** The chance a heuristic picks the right option: 1/k when the right one is among the k options with the top score, else 0. */
export function hitChance(scores: readonly number[], question: ChoiceQuestion): number {
  const top = Math.max(...scores);
  const best = scores.flatMap((s, i) => (s === top ? [i] : []));
  return best.some((i) => question.options[i]!.correct) ? 1 / best.length : 0;
}

/** The text a question screen shows above its options (heading, case, situation, decision, what is asked). */
export function shownAbove(question: Question): string {
  const strings = uiStrings(question.place.language === 'en' ? 'en' : 'zh-CN');
  return questionHead(question, strings, 1000).map((l) => l.text).join('\n');
}

/** Guessing rates over a group of questions: chance (the mean of 1/options) and each heuristic's mean hit chance. */
export interface GuessRates {
  readonly questions: number;
  readonly chance: number;
  readonly rates: Readonly<Record<string, number>>;
}

/** Rates of every heuristic over the questions. */
export function guessRates(questions: readonly ChoiceQuestion[]): GuessRates {
  const rates: Record<string, number> = {};
  for (const h of heuristics) {
    const sum = questions.reduce((s, q) => s + hitChance(h.score(q, shownAbove(q)), q), 0);
    rates[h.name] = questions.length === 0 ? 0 : sum / questions.length;
  }
  const chance = questions.length === 0 ? 0 : questions.reduce((s, q) => s + 1 / q.options.length, 0) / questions.length;
  return { questions: questions.length, chance, rates };
}

/** The kinds of generated choice questions, grouped as the report shows them. */
export type QuestionGroup = 'remedy / decision' | 'table-case' | 'timing' | 'template' | 'scenario';

function groupOf(kind: ItemKind): QuestionGroup | null {
  switch (kind) {
    case 'remedy':
    case 'decision':
      return 'remedy / decision';
    case 'table-case':
    case 'timing':
    case 'template':
    case 'scenario':
      return kind;
    default:
      return null;
  }
}

/**
 * Every choice question the drill builds for each file drilled on its own, each situation asked with seeds 0..seeds-1, by group.
 * Items of one situation (see `sameSituations`: a scenario and the question it rewords, a table's rules with one outcome) are
 * asked once per seed, in turn, as a session asks one of them.
 */
export function questionsByGroup(files: readonly ProcessJson[], seeds: number): Map<QuestionGroup, ChoiceQuestion[]> {
  const out = new Map<QuestionGroup, ChoiceQuestion[]>();
  for (const process of files) {
    const bank = buildItemBank([process]);
    const members = new Map<string, string[]>();
    for (const id of bank.order) {
      const group = bank.situations.get(id);
      if (group !== undefined) members.set(group, [...(members.get(group) ?? []), id]);
    }
    for (const item of bank.items.values()) {
      const group = groupOf(item.kind);
      if (group === null) continue;
      const situation = members.get(bank.situations.get(item.id) ?? '') ?? [item.id];
      for (let seed = 0; seed < seeds; seed++) {
        if (situation[seed % situation.length] !== item.id) continue;
        const [question] = buildQuestion(item, bank, seedRng(seed));
        if (question.type !== 'choice' || question.options.length < 2) continue;
        out.set(group, [...(out.get(group) ?? []), question]);
      }
    }
  }
  return out;
}
