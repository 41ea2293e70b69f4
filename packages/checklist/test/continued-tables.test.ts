// Tables continued on another page of a printed training sheet say whose they are there (工步 8：敲门（续） / "Step 1: Knock
// on the … (continued)", 决策表：…（续）), read back from real PDFs: no page starts with a bare repeated column header,
// every caption sits on a page after the one of its step's own heading, and a table over three pages is captioned twice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import { labelsFor, stepHeading, type LabelLanguage } from '../src/index.js';
import { compileFile, renderBuiltin, sharedPrinter } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'sopkit-continued-'));
const printer = sharedPrinter();
const squash = (text: string) => text.replace(/\s+/g, '');

/** The training sheet of a process printed to PDF, as the squashed text lines of each page below its running header. */
async function printedPages(process: ProcessJson, language: LabelLanguage): Promise<string[][]> {
  const html = await renderBuiltin(process, 'training', 'html', { language });
  const pdf = await printer().print(html, { sheet: 'training', title: process.title, version: process.version, processId: process.id, hash: process.hash, language });
  const path = join(folder, `${process.id}-${language}.pdf`);
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').map((page) => page.split('\n').map(squash).filter(Boolean).slice(1)).filter((lines) => lines.length > 0);
}

/** Compiles inline SOP text; fails the test on errors. */
function compileText(text: string): ProcessJson {
  const result = compileProcess(text, { uri: 'inline.sop' });
  if (!result.process) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.process;
}

describe('the home-service training sheet, printed', () => {
  const process = compileFile('processes/home-service-visit.sop');
  const labels = labelsFor('zh-CN');
  const columns = squash(`${labels.problems}${labels.remedies}`);

  it('starts every page that continues a problem table with the step it belongs to, never with the bare column header', async () => {
    const pages = await printedPages(process, 'zh-CN');
    expect(pages.filter((lines) => lines[0] === columns).map((_, i) => i)).toEqual([]);
    const captions = pages.flatMap((lines, page) => lines.flatMap((line, i) => (line.endsWith(squash(labels.continued)) ? [{ page, index: i, caption: line, next: lines[i + 1] }] : [])));
    expect(captions.length).toBeGreaterThanOrEqual(4);
    for (const { page, index, caption, next } of captions) {
      expect(next).toBe(columns);
      const step = process.steps.find((s) => caption === squash(`${stepHeading(s, 'zh-CN')}${labels.continued}`));
      expect(step, caption).toBeDefined();
      // The step's own heading (number and title, no 续) is on an earlier page, and no later step begins in between.
      const headed = pages.findIndex((lines) => lines.some((line) => line.startsWith(squash(`${step!.number}${step!.title}`))));
      expect(headed).toBeGreaterThanOrEqual(0);
      expect(headed).toBeLessThan(page);
      const later = process.steps.filter((s) => Number(s.number) > Number(step!.number));
      const between = [...pages.slice(headed + 1, page).flat(), ...pages[page]!.slice(0, index)];
      const begunBetween = between.some((line) => later.some((s) => line.startsWith(squash(`${s.number}${s.title}`))));
      expect(begunBetween, caption).toBe(false);
    }
  });
});

describe('a table over three pages', () => {
  it('is captioned in English on both pages it continues onto, above the repeated column header, its title as written', async () => {
    const problems = Array.from({ length: 34 }, (_, i) => `  Problem: The customer asks question number ${i + 1} about the visit\n    Remedy: Answer it calmly and note it in the visit report, item ${i + 1}`);
    const process = compileText(`# language: en\nProcess: Long visit\n  Id: long-visit\n  Version: 2.0\n\nStep 1: Knock on the <b>door</b> & "ring"\n  Owner: Engineer\n  Standard: Knock three times\n${problems.join('\n')}\n\nStep 2: Leave\n  Owner: Engineer\n  Standard: Say goodbye\n`);
    const pages = await printedPages(process, 'en');
    const caption = squash('Step 1: Knock on the <b>door</b> & "ring" (continued)');
    const captioned = pages.flatMap((lines, page) => (lines[0] === caption ? [page] : []));
    expect(captioned).toEqual([1, 2]);
    for (const page of captioned) expect(pages[page]![1]).toBe(squash('Possible problems Remedies'));
    expect(pages[0]!.some((line) => line.includes('(continued)'))).toBe(false);
    expect(pages.flat().filter((line) => line.includes('questionnumber34'))).toHaveLength(1);
  });

  it('names a decision table continued on another page, in Chinese', async () => {
    const rules = Array.from({ length: 60 }, (_, i) => `  规则 R${i + 1}: 结果 ${i + 1}\n    当 天数 = ${i + 1}`);
    const process = compileText(`流程: 长决策表\n  编号: long-table\n\n决策表: 按天数处理\n  事实: 天数 = 天数\n${rules.join('\n')}\n\n工步 1: 查表\n  负责: 客服\n  工作标准: 按表处理\n`);
    const pages = await printedPages(process, 'zh-CN');
    const caption = squash('决策表：按天数处理（续）');
    const captioned = pages.flatMap((lines, page) => (lines[0] === caption ? [page] : []));
    expect(captioned.length).toBeGreaterThan(0);
    expect(captioned[0]).toBeGreaterThan(0);
    for (const page of captioned) expect(pages[page]![1]).toMatch(/^规则天数结果/);
    expect(pages.flat().filter((line) => line.startsWith('R60'))).toHaveLength(1);
  });
});
