// Hostile SOP text (<script>, <img onerror>, </style>, {{…}}, javascript: links) comes out inert and literal in HTML, Markdown and PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { builtinTemplates, escapeMarkdown } from '../src/index.js';
import { compileFile, renderBuiltin, sharedPrinter } from './helpers.js';

const proc = compileFile('packages/checklist/test/fixtures/hostile.sop');
const squash = (text: string) => text.replace(/\s+/g, '');

const processTitle = squash("Evil <script>document.title='PWNED'</script> process {{process.id}}");
const stepTitle = squash('Title <img src=x onerror="document.body.innerHTML=\'PWNED\'">');

/** Hostile text in the newer constructs, and the templates that print each. */
const outcome = "<script>alert('outcome')</script>";
const fact = `tier "q" &amp; 'a'`;
const condition = '[two](javascript:alert(9)), three|four';
const bodyTail = " </textarea><script>alert('body')</script>";
const exampleValue = "<img src=x onerror=alert('example')>";
const missing = "the text <img src=x onerror=alert('gap')> is lost | pipe";
const field = "name <img src=x onerror=alert('field')>";
const kpi = '<img src=x onerror=kpi()>';
const attention = "</style><script>alert('attention')</script>";
const printed: Record<(typeof builtinTemplates)[number], string[]> = {
  training: [outcome, fact, condition, bodyTail, exampleValue, missing, field, kpi, attention],
  audit: [outcome, fact, condition, missing],
  card: [outcome, fact, condition, bodyTail, exampleValue, missing],
};

describe.each(builtinTemplates)('%s', (template) => {
  it('HTML has no element, attribute or style from the SOP text', async () => {
    const html = await renderBuiltin(proc, template, 'html');
    expect(html.match(/<script|<iframe|<img|<a\s|<h1>PWNED/gi)).toBeNull();
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).toContain('Evil &lt;script&gt;document.title&#x3D;&#x27;PWNED&#x27;&lt;/script&gt; process {{process.id}}');
    for (const text of printed[template]) expect(html).toContain(Handlebars.Utils.escapeExpression(text));
  });

  it('Markdown escapes every construct', async () => {
    const md = await renderBuiltin(proc, template, 'markdown');
    expect(md).not.toMatch(/(^|[^\\])<(script|img|iframe|a\s|b>|\/style)/m);
    expect(md).not.toMatch(/(^|[^\\])\[(link|img|click)\]\(/m);
    expect(md).toContain('Evil \\<script\\>document.title=\'PWNED\'\\</script\\> process {{process.id}}');
    for (const text of printed[template]) expect(md).toContain(escapeMarkdown(text).trim());
  });
});

describe('PDF', () => {
  const printer = sharedPrinter();

  it.each(builtinTemplates)('%s shows the hostile text literally, in the page and in the running header', async (template) => {
    const html = await renderBuiltin(proc, template, 'html');
    const pdf = await printer().print(html, { sheet: template, title: proc.title, version: proc.version, processId: proc.id, hash: proc.hash, language: 'en' });
    const dir = mkdtempSync(join(tmpdir(), 'sopkit-hostile-'));
    writeFileSync(join(dir, 'h.pdf'), pdf);
    const text = squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'h.pdf'), '-'], { encoding: 'utf8' }));
    expect(text.split(processTitle).length - 1, 'process title on the sheet and in the running header').toBeGreaterThanOrEqual(2);
    expect(text).toContain(stepTitle);
    expect(text).toContain(squash('Version 1.0"><img src=x onerror=alert(1)>'));
    for (const literal of printed[template]) expect(text).toContain(squash(literal));
  });
});
