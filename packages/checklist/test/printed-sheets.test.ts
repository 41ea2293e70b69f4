// Printed sheets, read back from the PDF: the closing line with the full content hash stays on the page of the sign-off
// box it ends (it once took a page of its own), in both examples, the hash whole on one line (its last letter once wrapped
// onto a line of its own), and the assessment's result choices each whole beside its box ("Needs retraining" once broke).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../src/index.js';
import { compileFile, renderBuiltin, sharedPrinter } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'sopkit-sheets-'));
const printer = sharedPrinter();

describe.each(['examples/first-sop.sop', 'examples/first-sop-en.sop'])('%s', (source) => {
  const proc = compileFile(source);
  const language = proc.language === 'en' ? 'en' : 'zh-CN';
  const labels = labelsFor(language);

  it.each(['training', 'audit'] as const)('%s: the full content hash is printed whole on the page of the sign-off', async (template) => {
    const html = await renderBuiltin(proc, template, 'html');
    const pdf = await printer().print(html, { sheet: template, title: proc.title, version: proc.version, processId: proc.id, hash: proc.hash, language });
    const path = join(folder, `${template}-${proc.id}.pdf`);
    writeFileSync(path, pdf);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text.split('\n').filter((line) => line.includes(proc.hash))).toHaveLength(1);
    const pages = text.split('\f').filter((p) => p.trim()).map((p) => p.replace(/\s+/g, ''));
    const closing = pages.filter((p) => p.includes(labels.fullHash.replace(/\s+/g, '')));
    expect(closing).toHaveLength(1);
    const signature = (template === 'training' ? labels.trainerSignature : labels.auditorSignature).replace(/\s+/g, '');
    expect(closing[0]).toContain(signature);
    expect(closing[0]).toContain(proc.hash.slice(-12));
  });

  it('training: prints each result choice of the assessment whole on one line', async () => {
    const html = await renderBuiltin(proc, 'training', 'html');
    const pdf = await printer().print(html, { sheet: 'training', title: proc.title, version: proc.version, processId: proc.id, hash: proc.hash, language });
    const path = join(folder, `choices-${proc.id}.pdf`);
    writeFileSync(path, pdf);
    const lines = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\n');
    for (const choice of [labels.passed, labels.retrain]) expect(lines.filter((line) => line.includes(choice))).toHaveLength(1);
  });
});
