// Hover: a step's title, owners, standards and number of problems (on its header or a reference to it), where a role is
// used, what a timing line was read as, and the description of a keyword from the keyword table.
import {
  canonicalWord, keywordEntry, messageLanguage, parseTiming, timingWords, walkTree, type DocumentNode, type IndexedStep, type KeywordUse,
  type TimingNode,
} from '@sopkit/core';
import type { Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { occurrenceAt, type Occurrence } from '../occurrences.js';
import { offsetAt, spanRange } from '../positions.js';
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
  const value = `**${keyword.image}** — ${keywordEntry(keyword.kind).doc[messageLanguage(analysis.language)]}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: spanRange(lines, keyword.span) };
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
  const en = messageLanguage(analysis.language) === 'en';
  const timing = parseTiming(node.value.text);
  if (!timing) return en ? 'Not a timing the compiler can read (see the diagnostic).' : '编译器读不懂这个时间（见诊断信息）。';
  const out = `${en ? 'Read as: ' : '读作：'}**${md(timingWords(timing, en ? 'en' : analysis.language))}**`;
  if (timing.kind === 'by' || timing.kind === 'afterCount') return out;
  const iso = [timing.duration, timing.durationMax].filter((d) => d !== undefined).map((d) => `\`${d}\``).join(en ? ' to ' : ' 至 ');
  return `${out} · ${iso}${timing.workingDays ? (en ? ' in working days' : '（按工作日计）') : ''}`;
}

/** Escapes text for Markdown (SOP text is untrusted and must show as written). */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

function stepHover(analysis: Analysis, occurrence: Occurrence): string {
  const language = analysis.language;
  const en = messageLanguage(language) === 'en';
  const step: IndexedStep | undefined = analysis.index.find(occurrence.name);
  const stepWord = canonicalWord('step', language);
  if (!step) return en ? `There is no step ${md(occurrence.name)}.` : `没有工步 ${md(occurrence.name)}。`;
  const node = step.node;
  const out = [`**${md(stepWord)} ${md(step.number)}${en ? ': ' : '：'}${md(node.value.text)}**`, ''];
  if (node.owners.length > 0) out.push(`${md(canonicalWord('owner', language))}${en ? ': ' : '：'}${node.owners.map((o) => md(o.name)).join('、')}`, '');
  if (node.standards.length > 0) {
    out.push(`${md(canonicalWord('standard', language))}${en ? ':' : '：'}`, ...node.standards.map((s) => `- ${md(s.value.text)}`), '');
  }
  const problems = node.problems.length + node.problems.reduce((n, p) => n + p.alternatives.length, 0);
  out.push(en ? `${problems} problem${problems === 1 ? '' : 's'}` : `${problems} 个${canonicalWord('problem', language)}`);
  return out.join('\n');
}

function roleHover(analysis: Analysis, occurrence: Occurrence): string {
  const en = messageLanguage(analysis.language) === 'en';
  const all = related(analysis, occurrence);
  const numbers = new Map(analysis.index.steps.map((s) => [s.node, s.number]));
  const stepsOf = (role: 'owner' | 'escalate') => [...new Set(all.filter((o) => o.role === role && o.step).map((o) => numbers.get(o.step!) ?? '?'))];
  const label = (list: string[]) => list.length === 0 ? (en ? 'none' : '无') : list.map((n) => `${md(canonicalWord('step', analysis.language))} ${md(n)}`).join(en ? ', ' : '、');
  const declared = all.some((o) => o.kind === 'role-decl');
  const lines = [
    `**${md(occurrence.name)}**${declared ? '' : (en ? ' (not declared under Roles)' : '（未在「角色」中声明）')}`,
    '',
    `${en ? 'Owner of' : '负责'}${en ? ': ' : '：'}${label(stepsOf('owner'))}`,
    '',
    `${en ? 'Escalated to or notified in' : '上报/通知于'}${en ? ': ' : '：'}${label(stepsOf('escalate'))}`,
  ];
  return lines.join('\n');
}

function keywordAt(keywords: readonly KeywordUse[], offset: number): KeywordUse | undefined {
  let low = 0;
  let high = keywords.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keywords[mid]!.span.start <= offset) low = mid + 1;
    else high = mid;
  }
  const candidate = keywords[low - 1];
  return candidate && offset <= candidate.span.end ? candidate : undefined;
}
