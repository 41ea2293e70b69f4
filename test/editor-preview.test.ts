// The diagram preview's webview script in real Chromium: bundled Mermaid renders the process offline, updates on a new
// message, and shows errors (and hostile SOP text) as plain text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '@sopkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type SharedBrowser } from '../packages/browser/src/index.js';
import { previewMessage } from '../packages/vscode/src/extension/preview-message.js';
import { repoRoot } from './helpers/run-sop.js';

let shared: SharedBrowser;
let pageUrl: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-preview-'));
  execFileSync(join(repoRoot, 'node_modules/.bin/esbuild'), [
    join(repoRoot, 'packages/vscode/src/webview/preview.ts'), '--bundle', '--platform=browser', '--format=iife', '--log-level=error', `--outfile=${join(dir, 'webview.js')}`,
  ]);
  writeFileSync(join(dir, 'preview.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div id="diagram"></div><div id="problems"></div>
<script>window.sent = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.sent.push(m) });</script>
<script src="webview.js"></script></body></html>`);
  pageUrl = pathToFileURL(join(dir, 'preview.html')).href;
  shared = await launchBrowser();
});
afterAll(async () => shared?.close());

async function openPreview() {
  const page = await shared.browser.newPage();
  const requests: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    if (request.url().startsWith('file:')) void request.continue();
    else void request.abort();
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => (window as unknown as { sent: { kind: string }[] }).sent.some((m) => m.kind === 'ready'));
  const post = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message as never);
  /** Waits for a diagram; fails with what the page shows instead (a Mermaid error, say). */
  const diagram = async () => {
    await page.waitForSelector('#diagram svg, #problems li');
    expect(await page.$eval('#problems', (el) => el.textContent ?? '')).toBe('');
  };
  return { page, requests, post, diagram };
}

describe('diagram preview webview', () => {
  it('renders the process diagram with the bundled Mermaid, without any network request', async () => {
    const { page, requests, post, diagram } = await openPreview();
    const text = readFileSync(join(repoRoot, 'examples/first-sop.sop'), 'utf8');
    const message = previewMessage(text, 'file:///first-sop.sop');
    expect(message.kind).toBe('diagram');
    await post(message);
    await diagram();
    const labels = await page.$eval('#diagram svg', (svg) => svg.textContent ?? '');
    expect(labels).toContain('迎接客户');
    expect(labels).toContain('引导就座');
    await page.screenshot({ path: join(tmpdir(), 'sop-preview.png'), fullPage: true });

    await post(previewMessage(text.replace('引导就座', '引导客户入座'), 'file:///first-sop.sop'));
    await page.waitForFunction(() => document.querySelector('#diagram svg')?.textContent?.includes('引导客户入座'));
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('lists the errors that stop the diagram as text, never as HTML', async () => {
    const { page, post } = await openPreview();
    const hostile = '流程: <img src=x onerror="window.hacked=1">\n工步 1: 一\n  转到 工步 9\n';
    const message = previewMessage(hostile, 'file:///x.sop');
    expect(message.kind).toBe('problems');
    await post(message);
    await page.waitForSelector('#problems li');
    expect(await page.$eval('#problems', (el) => el.textContent ?? '')).toContain('SOP2003');
    expect(await page.$$('#problems img')).toEqual([]);
    await page.close();
  });

  it('heads the errors in the document’s language, Traditional characters for zh-TW', async () => {
    const { page, post } = await openPreview();
    const broken = (language: string, id: string, goto: string) => `# language: ${language}\n流程: 甲\n  ${id}: a\n工步 1: 一\n  ${goto} 工步 9\n  ${goto} 工步 8\n`;
    const tw = broken('zh-TW', '編號', '轉到');
    expect(check(tw).diagnostics.map((d) => d.code)).toEqual(['SOP2003', 'SOP2003']);
    await post(previewMessage(tw, 'file:///tw.sop'));
    await page.waitForSelector('#problems li');
    expect(await page.$eval('#problems p', (el) => el.textContent)).toBe('修正以下 2 個錯誤後即可顯示流程圖：');
    expect(previewMessage(broken('zh-CN', '编号', '转到'), 'file:///cn.sop')).toMatchObject({ heading: '修正以下 2 个错误后即可显示流程图：' });
    expect(previewMessage('Process: A\n  Id: a\nStep 1: One\n  Go to step 9\n', 'file:///en.sop')).toMatchObject({ heading: 'The diagram appears once this error is fixed:' });
    await page.close();
  });

  it('keeps hostile step titles as text in the diagram', async () => {
    const { page, post, diagram } = await openPreview();
    const text = readFileSync(join(repoRoot, 'examples/first-sop.sop'), 'utf8').replace('迎接客户', '<img src=x onerror="window.hacked=1">迎接');
    await post(previewMessage(text, 'file:///first-sop.sop'));
    await diagram();
    expect(await page.$$('#diagram img')).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await page.close();
  });
});
