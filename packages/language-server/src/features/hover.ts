// Hover: a step's title, owners, standards and number of problems (on its header or a reference to it), where a role is
// used, and the description of a keyword from the keyword table.
import { canonicalWord, keywordEntry, messageLanguage, type IndexedStep, type KeywordUse } from '@sopkit/core';
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
  const keyword = keywordAt(analysis.result.ast.keywords, offset);
  if (!keyword) return null;
  const value = `**${keyword.image}** — ${keywordEntry(keyword.kind).doc[messageLanguage(analysis.language)]}`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: spanRange(lines, keyword.span) };
}

/** Escapes text for Markdown (SOP text is untrusted and must show as written). */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

function stepHover(analysis: Analysis, occurrence: Occurrence): string {
  const language = analysis.language;
  const en = messageLanguage(language) === 'en';
  const step: IndexedStep | undefined = analysis.index.byNumber.get(occurrence.name);
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
