// Hover: a step's title, owners, standards and number of problems (on its header or a reference to it), where a role is
// used, what a timing line was read as, and the description of a keyword from the keyword table.
import {
  canonicalWord, firstAtOrAfter, keywordEntry, parseTiming, timingWords, walkTree, type DocumentNode, type IndexedStep, type KeywordUse,
  type Language, type TimingNode,
} from '@sopkit/core';
import type { Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { occurrenceAt, type Occurrence, type RoleUse } from '../occurrences.js';
import { offsetAt, spanRange } from '../positions.js';
import { keywordDescription, otherSpellings } from '../keyword-description.js';
import { say } from '../own-words.js';
import { related } from './navigation.js';

/** The hover at a position, or null. */
export function hover(analysis: Analysis, position: Position): Hover | null {
  const offset = offsetAt(analysis.result.lines, position);
  const occurrence = occurrenceAt(analysis.occurrences, offset);
  const lines = analysis.result.lines;
  if (occurrence) {
    const value = occurrence.kind.startsWith('step') ? stepHover(analysis, occurrence) : roleHover(analysis, occurrence);
    return { contents: { kind: MarkupKind.Markdown, value }, range: spanRange(lines, occurrence.span) };
  }
  const timing = timingAt(analysis.result.ast, offset);
  if (timing && offset >= timing.value.span.start) {
    return { contents: { kind: MarkupKind.Markdown, value: timingHover(analysis, timing) }, range: spanRange(lines, timing.value.span) };
  }
  const keyword = keywordAt(analysis.result.ast.keywords, offset);
  if (!keyword) return null;
  return { contents: { kind: MarkupKind.Markdown, value: keywordHover(analysis.language, keyword) }, range: spanRange(lines, keyword.span) };
}

/** A keyword's description and its other spellings in the document's language, from the keyword table. */
function keywordHover(language: Language, keyword: KeywordUse): string {
  const entry = keywordEntry(keyword.kind);
  const value = `**${md(keyword.image)}** — ${keywordDescription(entry, language)}`;
  const others = otherSpellings(entry, language, keyword.image);
  if (others.length === 0) return value;
  const words = others.map((w) => `**${md(w)}**`).join(language === 'en' ? ', ' : '、');
  return `${value}\n\n${say(language, { zh: '也可写作：{words}', en: 'Also written: {words}' }, { words })}`;
}

/** The timing line at an offset: only the elements whose span holds it are entered. */
function timingAt(doc: DocumentNode, offset: number): TimingNode | undefined {
  let found: TimingNode | undefined;
  walkTree(doc, (node) => {
    if (offset < node.span.start || offset > node.span.end) return false;
    if (node.type === 'timing') found = node as TimingNode;
    return found === undefined;
  });
  return found;
}

/** What the compiler reads a timing as, in words and in ISO 8601 (a timing it cannot read is reported as SOP1010). */
function timingHover(analysis: Analysis, node: TimingNode): string {
  const { language } = analysis;
  const timing = parseTiming(node.value.text);
  if (!timing) return say(language, { zh: '编译器读不懂这个时间（见诊断信息）。', en: 'Not a timing the compiler can read (see the diagnostic).' });
  const out = say(language, { zh: '读作：**{words}**', en: 'Read as: **{words}**' }, { words: md(timingWords(timing, language)) });
  if (timing.kind === 'by' || timing.kind === 'afterCount') return out;
  const iso = [timing.duration, timing.durationMax].filter((d) => d !== undefined).map((d) => `\`${d}\``).join(say(language, { zh: ' 至 ', en: ' to ' }));
  return `${out} · ${iso}${timing.workingDays ? say(language, { zh: '（按工作日计）', en: ' in working days' }) : ''}`;
}

/** Escapes text for Markdown (SOP text is untrusted and must show as written). */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

function stepHover(analysis: Analysis, occurrence: Occurrence): string {
  const { language } = analysis;
  const colon = language === 'en' ? ': ' : '：';
  const step: IndexedStep | undefined = analysis.index.find(occurrence.name);
  const stepWord = canonicalWord('step', language);
  if (!step) return say(language, { zh: '没有工步 {number}。', en: 'There is no step {number}.' }, { number: md(occurrence.name) });
  const node = step.node;
  const out = [`**${md(stepWord)} ${md(step.number)}${colon}${md(node.value.text)}**`, ''];
  if (node.owners.length > 0) out.push(`${md(canonicalWord('owner', language))}${colon}${node.owners.map((o) => md(o.name)).join(language === 'en' ? ', ' : '、')}`, '');
  if (node.standards.length > 0) {
    out.push(`${md(canonicalWord('standard', language))}${colon.trimEnd()}`, ...node.standards.map((s) => `- ${md(s.value.text)}`), '');
  }
  const problems = node.problems.length + node.problems.reduce((n, p) => n + p.alternatives.length, 0);
  const problemWord = canonicalWord('problem', language);
  out.push(say(language, { zh: '{count} 个{problem}', en: problems === 1 ? '1 problem' : '{count} problems' }, { count: problems, problem: md(problemWord) }));
  return out.join('\n');
}

/** How many steps a role's hover names in each list before it says how many more there are. */
const listedSteps = 20;

function roleHover(analysis: Analysis, occurrence: Occurrence): string {
  const { language } = analysis;
  const colon = language === 'en' ? ': ' : '：';
  const all = related(analysis, occurrence);
  const numbers = new Map(analysis.index.steps.map((s) => [s.node, s.number]));
  const stepsOf = (role: RoleUse) => [...new Set(all.filter((o) => o.role === role && o.step).map((o) => numbers.get(o.step!) ?? '?'))];
  const label = (list: string[]) => {
    if (list.length === 0) return say(language, { zh: '无', en: 'none' });
    const shown = list.slice(0, listedSteps).map((n) => `${md(canonicalWord('step', language))} ${md(n)}`).join(language === 'en' ? ', ' : '、');
    const more = list.length - listedSteps;
    if (more <= 0) return shown;
    return say(language, { zh: '{shown} 等，另有 {more} 个', en: '{shown} and {more} more' }, { shown, more });
  };
  const declared = all.some((o) => o.kind === 'role-decl');
  const notDeclared = say(language, { zh: '（未在「{roles}」中声明）', en: ' (not declared under {roles})' }, { roles: canonicalWord('roles', language) });
  const remedies = stepsOf('remedy');
  const lines = [
    `**${md(occurrence.name)}**${declared ? '' : notDeclared}`,
    '',
    `${language === 'en' ? 'Owner of' : canonicalWord('owner', language)}${colon}${label(stepsOf('owner'))}`,
    '',
    // Note: who carries out a remedy (负责 under it) does not own its step; the line is shown only for a role that does.
    ...(remedies.length > 0 ? [`${say(language, { zh: '执行措施于', en: 'Carries out remedies in' })}${colon}${label(remedies)}`, ''] : []),
    `${say(language, { zh: '上报/通知于', en: 'Escalated to or notified in' })}${colon}${label(stepsOf('escalate'))}`,
  ];
  return lines.join('\n');
}

function keywordAt(keywords: readonly KeywordUse[], offset: number): KeywordUse | undefined {
  const candidate = keywords[firstAtOrAfter(keywords, offset + 1) - 1];
  return candidate && offset <= candidate.span.end ? candidate : undefined;
}
