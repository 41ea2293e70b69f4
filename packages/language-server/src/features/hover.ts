// Hover: a step's title, owners, standards and number of problems (on its header or a reference to it), where a role is
// used, what a timing line was read as, and the description of a keyword from the keyword table.
import {
  canonicalWord, firstAtOrAfter, keywordEntry, messageLanguage, parseTiming, timingWords, walkTree, type DocumentNode, type IndexedStep, type KeywordUse,
  type TimingNode,
} from '@sopkit/core';
import type { Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Analysis } from '../analysis.js';
import { occurrenceAt, type Occurrence } from '../occurrences.js';
import { offsetAt, spanRange } from '../positions.js';
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
  const { language } = analysis;
  const timing = parseTiming(node.value.text);
  if (!timing) return say(language, { 'zh-CN': '编译器读不懂这个时间（见诊断信息）。', 'zh-TW': '編譯器讀不懂這個時間（見診斷資訊）。', en: 'Not a timing the compiler can read (see the diagnostic).' });
  const out = `${say(language, { 'zh-CN': '读作：', 'zh-TW': '讀作：', en: 'Read as: ' })}**${md(timingWords(timing, language))}**`;
  if (timing.kind === 'by' || timing.kind === 'afterCount') return out;
  const iso = [timing.duration, timing.durationMax].filter((d) => d !== undefined).map((d) => `\`${d}\``).join(language === 'en' ? ' to ' : ' 至 ');
  return `${out} · ${iso}${timing.workingDays ? say(language, { 'zh-CN': '（按工作日计）', 'zh-TW': '（按工作日計）', en: ' in working days' }) : ''}`;
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
  if (!step) return say(language, { 'zh-CN': `没有工步 ${md(occurrence.name)}。`, 'zh-TW': `沒有工步 ${md(occurrence.name)}。`, en: `There is no step ${md(occurrence.name)}.` });
  const node = step.node;
  const out = [`**${md(stepWord)} ${md(step.number)}${colon}${md(node.value.text)}**`, ''];
  if (node.owners.length > 0) out.push(`${md(canonicalWord('owner', language))}${colon}${node.owners.map((o) => md(o.name)).join(language === 'en' ? ', ' : '、')}`, '');
  if (node.standards.length > 0) {
    out.push(`${md(canonicalWord('standard', language))}${colon.trimEnd()}`, ...node.standards.map((s) => `- ${md(s.value.text)}`), '');
  }
  const problems = node.problems.length + node.problems.reduce((n, p) => n + p.alternatives.length, 0);
  const problemWord = canonicalWord('problem', language);
  out.push(say(language, { 'zh-CN': `${problems} 个${problemWord}`, 'zh-TW': `${problems} 個${problemWord}`, en: `${problems} problem${problems === 1 ? '' : 's'}` }));
  return out.join('\n');
}

/** How many steps a role's hover names in each list before it says how many more there are. */
const listedSteps = 20;

function roleHover(analysis: Analysis, occurrence: Occurrence): string {
  const { language } = analysis;
  const colon = language === 'en' ? ': ' : '：';
  const all = related(analysis, occurrence);
  const numbers = new Map(analysis.index.steps.map((s) => [s.node, s.number]));
  const stepsOf = (role: 'owner' | 'escalate') => [...new Set(all.filter((o) => o.role === role && o.step).map((o) => numbers.get(o.step!) ?? '?'))];
  const label = (list: string[]) => {
    if (list.length === 0) return say(language, { 'zh-CN': '无', 'zh-TW': '無', en: 'none' });
    const shown = list.slice(0, listedSteps).map((n) => `${md(canonicalWord('step', language))} ${md(n)}`).join(language === 'en' ? ', ' : '、');
    const more = list.length - listedSteps;
    if (more <= 0) return shown;
    return `${shown}${say(language, { 'zh-CN': ` 等，另有 ${more} 个`, 'zh-TW': ` 等，另有 ${more} 個`, en: ` and ${more} more` })}`;
  };
  const declared = all.some((o) => o.kind === 'role-decl');
  const notDeclared = say(language, { 'zh-CN': '（未在「角色」中声明）', 'zh-TW': '（未在「角色」中聲明）', en: ' (not declared under Roles)' });
  const lines = [
    `**${md(occurrence.name)}**${declared ? '' : notDeclared}`,
    '',
    `${language === 'en' ? 'Owner of' : canonicalWord('owner', language)}${colon}${label(stepsOf('owner'))}`,
    '',
    `${say(language, { 'zh-CN': '上报/通知于', 'zh-TW': '上報/通知於', en: 'Escalated to or notified in' })}${colon}${label(stepsOf('escalate'))}`,
  ];
  return lines.join('\n');
}

function keywordAt(keywords: readonly KeywordUse[], offset: number): KeywordUse | undefined {
  const candidate = keywords[firstAtOrAfter(keywords, offset + 1) - 1];
  return candidate && offset <= candidate.span.end ? candidate : undefined;
}
