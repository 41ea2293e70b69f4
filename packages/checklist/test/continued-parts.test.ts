// Parts continued on another page of a printed sheet say whose they are there, read back from real PDFs: a problem table,
// a work-standard list (工步 15：故障维修（续） / "Step 1: … (continued)"), a decision table (决策表：…（续）), and the audit
// sheet's rows of a step or of a decision table under its repeated column header; no page goes on with a step unnamed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { labelsFor, stepHeading, type LabelLanguage } from '../src/index.js';
import { compileFile, renderBuiltin, renderInline, sharedPrinter } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'sopkit-continued-'));
const printer = sharedPrinter();
const squash = (text: string) => text.replace(/\s+/g, '');

/** A printed PDF as the squashed text lines of each page below its running header. */
async function printedPages(process: ProcessJson, language: LabelLanguage, template: 'training' | 'audit', html?: string): Promise<string[][]> {
  const page = html ?? await renderBuiltin(process, template, 'html', { language });
  const pdf = await printer().print(page, { sheet: template, title: process.title, version: process.version, processId: process.id, hash: process.hash, language });
  const path = join(folder, `${process.id}-${html ? 'custom' : template}-${language}.pdf`);
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').map((lines) => lines.split('\n').map(squash).filter(Boolean).slice(1)).filter((lines) => lines.length > 0);
}

/** Compiles inline SOP text; fails the test on errors. */
function compileText(text: string): ProcessJson {
  const result = compileProcess(text, { uri: 'inline.sop' });
  if (!result.process) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.process;
}

/** The pages whose first line is `caption`. */
function captionedPages(pages: string[][], caption: string): number[] {
  return pages.flatMap((lines, page) => (lines[0] === caption ? [page] : []));
}

describe.each(['processes/home-service-visit.sop', 'processes/technical-service.sop'])('the training sheet of %s, printed', (source) => {
  const process = compileFile(source);
  const labels = labelsFor('zh-CN');
  const columns = squash(`${labels.problems}${labels.remedies}`);
  const begins = (line: string) => process.steps.find((s) => line.startsWith(squash(`${s.number}${s.title}`)));

  it('starts every page that goes on with a step with the step\'s caption, never with a bare list or column header', async () => {
    const pages = await printedPages(process, 'zh-CN', 'training');
    let current: ProcessJson['steps'][number] | undefined;
    const unnamed: string[] = [];
    let listsContinued = 0;
    for (const [page, lines] of pages.entries()) {
      const first = lines[0]!;
      const caption = current && squash(`${stepHeading(current, 'zh-CN')}${labels.continued}`);
      if (page > 0 && !begins(first) && !first.startsWith(squash(labels.phase)) && first !== squash(labels.assessment)) {
        if (first !== caption) unnamed.push(`page ${page + 1}: ${first}`);
        else if (current!.standards.some((s) => lines[1]!.startsWith(squash(s.text).slice(0, 12)))) listsContinued++;
        else expect(lines[1]).toBe(columns);
      }
      for (const line of lines) current = begins(line) ?? current;
    }
    expect(unnamed).toEqual([]);
    // Each of these processes has a page that goes on with a work-standard list.
    expect(listsContinued).toBeGreaterThan(0);
  });
});

describe('the home-service training sheet, printed', () => {
  const process = compileFile('processes/home-service-visit.sop');
  const labels = labelsFor('zh-CN');
  const columns = squash(`${labels.problems}${labels.remedies}`);

  it('captions each continued problem table with its step, whose own heading is on an earlier page with no later step between', async () => {
    const pages = await printedPages(process, 'zh-CN', 'training');
    const captions = pages.flatMap((lines, page) => lines.flatMap((line, i) => (line.endsWith(squash(labels.continued)) ? [{ page, index: i, caption: line, next: lines[i + 1] }] : [])));
    expect(captions.filter(({ next }) => next === columns).length).toBeGreaterThanOrEqual(4);
    for (const { page, index, caption } of captions) {
      expect(index).toBe(0);
      const step = process.steps.find((s) => caption === squash(`${stepHeading(s, 'zh-CN')}${labels.continued}`));
      expect(step, caption).toBeDefined();
      const headed = pages.findIndex((lines) => lines.some((line) => line.startsWith(squash(`${step!.number}${step!.title}`))));
      expect(headed).toBeGreaterThanOrEqual(0);
      expect(headed).toBeLessThan(page);
      const later = process.steps.filter((s) => Number(s.number) > Number(step!.number));
      const between = pages.slice(headed + 1, page).flat();
      expect(between.some((line) => later.some((s) => line.startsWith(squash(`${s.number}${s.title}`)))), caption).toBe(false);
    }
  });
});

describe('a table over three pages', () => {
  it('is captioned in English on both pages it continues onto, above the repeated column header, its title as written', async () => {
    const problems = Array.from({ length: 34 }, (_, i) => `  Problem: The customer asks question number ${i + 1} about the visit\n    Remedy: Answer it calmly and note it in the visit report, item ${i + 1}`);
    const process = compileText(`# language: en\nProcess: Long visit\n  Id: long-visit\n  Version: 2.0\n\nStep 1: Knock on the <b>door</b> & "ring"\n  Owner: Engineer\n  Standard: Knock three times\n${problems.join('\n')}\n\nStep 2: Leave\n  Owner: Engineer\n  Standard: Say goodbye\n`);
    const pages = await printedPages(process, 'en', 'training');
    const caption = squash('Step 1: Knock on the <b>door</b> & "ring" (continued)');
    const captioned = captionedPages(pages, caption);
    expect(captioned).toEqual([1, 2]);
    for (const page of captioned) expect(pages[page]![1]).toBe(squash('Possible problems Remedies'));
    expect(pages[0]!.some((line) => line.includes('(continued)'))).toBe(false);
    expect(pages.flat().filter((line) => line.includes('questionnumber34'))).toHaveLength(1);
  });

  it('names a decision table continued on another page, in Chinese', async () => {
    const rules = Array.from({ length: 60 }, (_, i) => `  规则 R${i + 1}: 结果 ${i + 1}\n    当 天数 = ${i + 1}`);
    const process = compileText(`流程: 长决策表\n  编号: long-table\n\n决策表: 按天数处理\n  事实: 天数 = 天数\n${rules.join('\n')}\n\n工步 1: 查表\n  负责: 客服\n  工作标准: 按表处理\n`);
    const pages = await printedPages(process, 'zh-CN', 'training');
    const captioned = captionedPages(pages, squash('决策表：按天数处理（续）'));
    expect(captioned.length).toBeGreaterThan(0);
    expect(captioned[0]).toBeGreaterThan(0);
    for (const page of captioned) expect(pages[page]![1]).toMatch(/^规则天数结果/);
    expect(pages.flat().filter((line) => line.startsWith('R60'))).toHaveLength(1);
  });
});

/** A step of `count` numbered work standards, in English, with a hostile title. */
const longList = (count: number) => compileText(`# language: en\nProcess: Van check\n  Id: van-check\n\nStep 1: Check the <i>van</i> & "tools"\n  Owner: Engineer\n${
  Array.from({ length: count }, (_, i) => `  Standard: Check item number ${i + 1} of the van before leaving the depot`).join('\n')}\n\nStep 2: Leave\n  Owner: Engineer\n  Standard: Start the engine\n`);

/** The item numbers of the lines of a page that name one (`item number 12` → 12). */
const itemNumbers = (lines: string[]) => lines.flatMap((line) => /itemnumber(\d+)ofthe/.exec(line)?.[1] ?? []).map(Number);

describe('a work-standard list over three pages', () => {
  const caption = squash('Step 1: Check the <i>van</i> & "tools" (continued)');

  it('is captioned with its step on both pages it continues onto, each standard printed once and in order', async () => {
    const process = longList(70);
    const pages = await printedPages(process, 'en', 'training');
    const captioned = captionedPages(pages, caption);
    expect(captioned).toEqual([1, 2]);
    expect(pages[0]!.some((line) => line.includes('(continued)'))).toBe(false);
    const numbers = pages.map(itemNumbers);
    expect(numbers.flat()).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    // The line under each caption is the standard after the last one of the page before.
    for (const page of captioned) expect(itemNumbers([pages[page]![1]!])).toEqual([numbers[page - 1]!.at(-1)! + 1]);
  });

  it('goes on numbering an ordered list of a custom template where it broke', async () => {
    const process = longList(70);
    const template = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>@page { size: A4; margin: 20mm } li { break-inside: avoid }</style></head><body>
{{#each process.steps}}<h2>{{stepHeading this}}</h2><ol data-continued="{{stepHeading this}} (continued)">{{#each standards}}<li>{{text}}</li>{{/each}}</ol>{{/each}}
</body></html>`;
    const rendered = await renderInline(process, template);
    if (!('text' in rendered)) throw new Error(JSON.stringify(rendered));
    const pages = await printedPages(process, 'en', 'training', rendered.text);
    const captioned = captionedPages(pages, caption);
    expect(captioned.length).toBeGreaterThan(0);
    for (const page of captioned) {
      const number = itemNumbers([pages[page]![1]!])[0]!;
      expect(pages[page]![1]).toMatch(new RegExp(`^${number}\\.Check`));
    }
  });
});

describe('the audit sheet, printed', () => {
  const labels = labelsFor('zh-CN');
  const columns = squash(`${labels.number}${labels.standard}${labels.pass}${labels.fail}${labels.notApplicable}${labels.remarks}`);
  const rules = Array.from({ length: 70 }, (_, i) => `  规则 R${i + 1}: 结果 ${i + 1}\n    当 天数 = ${i + 1}`);
  const standards = Array.from({ length: 50 }, (_, i) => `  工作标准: 核对第 ${i + 1} 项`);
  const process = compileText(`流程: 长稽核表\n  编号: long-audit\n\n工步 1: 查表 <b>&</b> "核对"\n  负责: 客服\n${standards.join('\n')}\n\n决策表: 按天数处理 <i>\n  事实: 天数 = 天数\n${rules.join('\n')}\n\n工步 2: 结束\n  负责: 客服\n  工作标准: 签字\n`);

  it('names the step or decision table whose rows go on under the repeated column header', async () => {
    const pages = await printedPages(process, 'zh-CN', 'audit');
    const step = squash('工步 1：查表 <b>&</b> "核对"（续）');
    const table = squash('决策表：按天数处理 <i>（续）');
    const bare = pages.slice(1).filter((lines) => lines[0] === columns && /^(1\.\d+|R\d+)/.test(lines[1] ?? ''));
    expect(bare).toEqual([]);
    const stepPages = pages.flatMap((lines, page) => (lines[0] === columns && lines[1] === step ? [page] : []));
    const tablePages = pages.flatMap((lines, page) => (lines[0] === columns && lines[1] === table ? [page] : []));
    expect(stepPages.length).toBeGreaterThan(0);
    expect(tablePages.length).toBeGreaterThan(0);
    for (const page of stepPages) expect(pages[page]![2]).toMatch(/^1\.\d+核对第\d+项/);
    // Under a table's caption: the next rule, or the checker's findings that close the table.
    for (const page of tablePages) expect(pages[page]![2]).toMatch(new RegExp(`^(R\\d+天数：=\\d+→结果\\d+|${labels.findings})`));
    expect(pages.findIndex((lines) => lines.includes(labels.findings))).toBe(tablePages.at(-1));
    expect(pages.flat().filter((line) => /^R\d+天数/.test(line)).map((line) => Number(/^R(\d+)/.exec(line)![1]))).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    expect(pages.flat().filter((line) => /^1\.\d+核对/.test(line))).toHaveLength(50);
    expect(pages[0]!.some((line) => line.endsWith('（续）'))).toBe(false);
  });
});

describe('an audit sheet whose decision table’s findings are taller than a page', () => {
  it('is printed, each rule once, without an endless run of captioned pages', async () => {
    const rules = Array.from({ length: 300 }, (_, i) => `  规则 R${i + 1}: 结果${i + 1}\n    当 编号 = ${i + 1}`);
    const process = compileText(['# language: zh-CN', '流程: 大决策表', '  编号: big-table', '', '工步 1: 开始', '  工作标准: 做', '', '决策表: 很多规则', '  事实: 编号 = 数字', ...rules].join('\n'));
    expect(process.tables[0]!.overlaps.length + process.tables[0]!.gaps.length).toBeGreaterThan(0);
    const pages = await printedPages(process, 'zh-CN', 'audit');
    const printed = pages.flat().flatMap((line) => [...line.matchAll(/^R(\d+)编号/g)].map((m) => Number(m[1])));
    expect(printed).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(pages.length).toBeLessThan(20);
  });
});
