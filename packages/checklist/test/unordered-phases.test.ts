// A phase written 顺序: 不分先后 is named so wherever a sheet prints its heading (基本规定（不分先后） / "Basic rules (in no
// order)"), through the built-in templates in HTML and Markdown and read back from the printed PDF; phases in order are not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import type { BuiltinTemplate, TemplateFormat } from '../src/index.js';
import { compileFile, renderBuiltin, sharedPrinter } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'sopkit-unordered-'));
const printer = sharedPrinter();
const sheets = (['training', 'audit', 'card'] as const).flatMap((name) => (['html', 'markdown'] as const).map((format) => [name, format] as const));

/** The phase headings a sheet prints, as text: Markdown `##` lines, or the HTML phase headings and audit phase rows. */
function headings(text: string, format: TemplateFormat): string[] {
  if (format === 'markdown') return text.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
  const found = [...text.matchAll(/<h2 class="(?:phase-title|card-phase)">(.*?)<\/h2>|<tr class="phase-row"><th colspan="6">(.*?)<\/th>/g)];
  return found.map((match) => (match[1] ?? match[2]!).replace(/<[^>]+>/g, ''));
}

describe.each(['processes/after-sales-policy.sop', 'processes/order-closing-rules.sop'])('%s', (source) => {
  const process = compileFile(source);
  const unordered = process.phases.filter((phase) => phase.ordered === false && phase.steps.length > 0);
  const ordered = process.phases.filter((phase) => phase.ordered !== false && phase.steps.length > 0);

  it.each(sheets)('%s (%s) names each phase in no order so, and no other', async (name: BuiltinTemplate, format) => {
    expect(unordered.length).toBeGreaterThan(0);
    const printed = headings(await renderBuiltin(process, name, format), format);
    for (const phase of unordered) expect(printed.some((h) => h.endsWith(`${phase.title}（不分先后）`)), phase.title).toBe(true);
    for (const phase of ordered) expect(printed.some((h) => h.endsWith(phase.title)), phase.title).toBe(true);
    expect(printed.filter((h) => h.includes('不分先后'))).toHaveLength(printed.filter((h) => unordered.some((p) => h.includes(p.title))).length);
  });
});

describe('in English, and printed', () => {
  const result = compileProcess(`# language: en
Process: Store rules
  Id: store-rules
Phase: Basic rules
  Order: none
Step 1: Be polite
  Owner: Clerk
Step 2: Keep the desk tidy
  Owner: Clerk
Phase: Closing
Step 3: Lock the door
  Owner: Clerk
`, { uri: 'inline.sop' });
  const english = result.process as ProcessJson;

  it.each(sheets)('%s (%s)', async (name: BuiltinTemplate, format) => {
    const printed = headings(await renderBuiltin(english, name, format), format);
    const basic = printed.filter((h) => h.includes('Basic rules'));
    expect(basic.length).toBeGreaterThan(0);
    for (const h of basic) expect(h).toMatch(/Basic rules \(in no order\)$/);
    const closing = printed.filter((h) => h.includes('Closing'));
    expect(closing.length).toBeGreaterThan(0);
    for (const h of closing) expect(h).toMatch(/Closing$/);
  });

  it.each([
    ['processes/after-sales-policy.sop', '注意事项（不分先后）'],
    ['processes/order-closing-rules.sop', '02 封单的标准（不分先后）'],
  ])('the training and audit PDFs of %s print the heading “%s” on one line', async (source, heading) => {
    const process = compileFile(source);
    for (const sheet of ['training', 'audit'] as const) {
      const html = await renderBuiltin(process, sheet, 'html');
      const pdf = await printer().print(html, { sheet, title: process.title, version: process.version, processId: process.id, hash: process.hash, language: 'zh-CN' });
      const path = join(folder, `${sheet}-${process.id}.pdf`);
      writeFileSync(path, pdf);
      const lines = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\n');
      expect(lines.filter((line) => line.replace(/\s+/g, '').endsWith(heading.replace(/\s+/g, ''))), sheet).toHaveLength(1);
    }
  });
});
