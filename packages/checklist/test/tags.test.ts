// Tags (`@MOT` at the end of a line, `标签:`) on steps, work standards and problems show on every built-in sheet, in
// HTML as small badges and in Markdown as 标签：…, as text (never markup), once each.
import { describe, expect, it } from 'vitest';
import { compileProcess } from '@sopkit/core';
import { builtinTemplates } from '../src/index.js';
import { compileFile, renderBuiltin } from './helpers.js';

const source = `流程: 标签
  编号: tagged
阶段: 接待
工步 1: 迎接客户 @MOT
  负责: 前台
  工作标准: 主动问好 @礼仪
  问题: 前台正在接电话 @高频
    措施: 点头示意
工步 2: 引导就座
  标签: <b>粗</b>, a|b
  问题: 休息区已满
    措施: 致歉
`;
const proc = compileProcess(source).process!;

describe.each(builtinTemplates)('%s', (template) => {
  it('shows the tags of steps, standards and problems as badges in HTML, escaped', async () => {
    const html = await renderBuiltin(proc, template, 'html');
    const badges = [...html.matchAll(/<span class="badge label">([^<]*)<\/span>/g)].map((m) => m[1]);
    const expected = template === 'audit' ? ['#MOT', '#礼仪', '#&lt;b&gt;粗&lt;/b&gt;', '#a|b'] : ['#MOT', '#礼仪', '#高频', '#&lt;b&gt;粗&lt;/b&gt;', '#a|b'];
    expect(badges).toEqual(expected);
  });

  it('says them in Markdown as 标签：…', async () => {
    const md = await renderBuiltin(proc, template, 'markdown');
    expect(md).toContain('标签：MOT');
    expect(md).toContain('标签：礼仪');
    if (template !== 'audit') expect(md).toContain('标签：高频');
    expect(md).toContain('标签：\\<b\\>粗\\</b\\>、a\\|b');
    expect(md.match(/标签：MOT/g)).toHaveLength(1);
  });
});

describe('the first example', () => {
  const first = compileFile('examples/first-sop.sop');

  it('shows step 1’s @MOT on the training sheet', async () => {
    expect(first.steps[0]!.tags).toEqual(['MOT']);
    expect(await renderBuiltin(first, 'training', 'html')).toContain('<span class="badge label">#MOT</span>');
    expect(await renderBuiltin(first, 'training', 'markdown')).toMatch(/### 工步 1：迎接客户\n\n负责：前台 · 标签：MOT\n/);
  });
});

describe('a remedy that continues with the next step', () => {
  it('says so in Markdown as the HTML does', async () => {
    const visit = compileFile('processes/home-service-visit.sop');
    expect(await renderBuiltin(visit, 'training', 'html')).toMatch(/上门服务;<\/div>\s*<div>\s*<span class="tag continue">继续下一工步<\/span>\s*<\/div>/);
    expect(await renderBuiltin(visit, 'training', 'markdown')).toContain('1. 上门服务;\n     - 继续下一工步\n');
  });
});
