// End to end through the real `sop` binary, mermaid-cli and Chromium: diagram SVG, PNG and A4 PDF of the real SOP (Chinese
// as text, only the diagram's glyphs in the PDF, a PNG that is not blank), the policy's phase in no order drawn without
// arrows between its steps, `sop build` with its cache (which a cloned project cannot fill), hostile text shown literally,
// and a machine without fonts.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { toTraditional, type ProcessJson } from '@sopkit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSop } from './helpers/run-sop.js';

const home = 'processes/home-service-visit.sop';
const hostile = 'packages/mermaid/test/fixtures/hostile.sop';
const squash = (text: string) => text.replace(/\s+/g, '');
let dir: string;
let proc: ProcessJson;

/** The text a reader sees in an SVG: tags removed, XML entities decoded, invisible word joiners dropped. */
function svgText(svg: string): string {
  return svg
    .replace(/\u2060/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Width, height and the share of pixels that are not near-white, decoded from an 8-bit RGB(A) PNG. */
function pngInk(path: string): { width: number; height: number; ink: number } {
  const data = readFileSync(path);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8);
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let previous = new Uint8Array(stride);
  let inked = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const p = a + b - c;
      const predictor = [0, a, b, (a + b) >> 1, Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c][filter]!;
      row[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) if (Math.min(row[x * channels]!, row[x * channels + 1]!, row[x * channels + 2]!) < 200) inked++;
    previous = row;
  }
  return { width, height, ink: inked / (width * height) };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sopkit-diagram-'));
  const compiled = runSop(['compile', home]);
  expect(compiled.status).toBe(0);
  proc = JSON.parse(compiled.stdout) as ProcessJson;
});

describe('sop diagram', () => {
  it('prints the Mermaid text on standard output by default', () => {
    const run = runSop(['diagram', home, '--detail', 'problems']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^---\nconfig: \{.*"layout":"elk".*\}\n---\nflowchart TD\n/);
    expect(run.stdout).toContain('step1["<b>1 · 接客户电话</b><br/>负责：信息员"]:::step');
  });

  it('renders an SVG whose text holds the Chinese title, phases and steps', () => {
    const out = join(dir, 'visit.svg');
    const run = runSop(['diagram', home, '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const text = squash(svgText(readFileSync(out, 'utf8')));
    for (const title of [proc.title, ...proc.phases.map((p) => p.title), ...proc.steps.map((s) => s.title)]) expect(text).toContain(squash(title));
  });

  it('draws a phase written 顺序: 不分先后 with its name so, entered and left as a frame, with no arrow between its steps', () => {
    const policy = 'processes/after-sales-policy.sop';
    const mmd = runSop(['diagram', policy]);
    expect(mmd.status, mmd.stderr).toBe(0);
    const frame = /^ {2}subgraph (\w+)\["注意事项（不分先后）"\]\n((?: {4}.*\n)*?) {2}end$/m.exec(mmd.stdout);
    expect(frame, 'the frame of 注意事项').not.toBeNull();
    const steps = [...frame![2]!.matchAll(/^ {4}(step\d+)\[/gm)].map((m) => m[1]!);
    expect(steps).toHaveLength(10);
    const out = join(dir, 'policy.svg');
    const run = runSop(['diagram', policy, '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(squash(svgText(svg))).toContain('注意事项（不分先后）');
    const paths = [...svg.matchAll(/<path [^>]*\bid="my-svg-L_(\w+?)_(\w+?)_\d+"[^>]*>/g)].map((m) => ({ from: m[1]!, to: m[2]!, tag: m[0] }));
    const between = paths.filter((p) => steps.includes(p.from) && steps.includes(p.to));
    expect(between.length).toBe(steps.length - 1);
    for (const path of between) {
      expect(path.tag).toContain('edge-thickness-invisible');
      expect(path.tag).not.toContain('marker-end');
    }
    const id = frame![1]!;
    expect(paths.filter((p) => p.to === id).map((p) => p.tag)).toEqual([expect.stringContaining('marker-end')]);
    expect(paths.filter((p) => p.from === id).map((p) => p.tag)).toEqual([expect.stringContaining('marker-end')]);
  });

  it('refuses an output name it cannot write, and reports errors in the .sop file with positions', () => {
    expect(runSop(['diagram', home, '-o', join(dir, 'x.gif')]).status).toBe(2);
    const mismatch = runSop(['diagram', home, '--format', 'svg', '-o', join(dir, 'x.png'), '--lang', 'en']);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toContain('--format svg does not match the output file');
    expect(existsSync(join(dir, 'x.png'))).toBe(false);
    const bad = runSop(['diagram', '-'], { input: '# language: en\nProcess: Broken\n  Id: broken\nStep 1: A\n  Go to step 9\n' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/<stdin>:\d+:\d+: error SOP\d+/);
  });
});

describe('sop build → diagrams', () => {
  let out: string;
  beforeAll(() => {
    out = join(dir, 'out');
    const run = runSop(['build', 'processes', '--out', out, '--only', 'json,diagram']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/rendered|渲染/);
  });

  it('writes diagram.mmd, .svg, .png and .pdf for every process', () => {
    for (const file of ['process.json', 'diagram.mmd', 'diagram.svg', 'diagram.png', 'diagram.pdf']) {
      expect(existsSync(join(out, proc.id, file)), file).toBe(true);
    }
    const printed = runSop(['diagram', home]);
    expect(printed.status, printed.stderr).toBe(0);
    expect(readFileSync(join(out, proc.id, 'diagram.mmd'), 'utf8')).toBe(printed.stdout);
  });

  it('prints an A4 PDF whose text (pdftotext) holds the Chinese title and steps', () => {
    const pdf = join(out, proc.id, 'diagram.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toContain('(A4)');
    const text = squash(pdfText(pdf));
    for (const title of [proc.title, ...proc.steps.map((s) => s.title)]) expect(text).toContain(squash(title));
  });

  it('prints the PDF with a font cut down to the diagram’s characters, not the whole CJK collection', () => {
    const fonts = execFileSync('pdffonts', [join(out, proc.id, 'diagram.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    // Note: Chromium groups glyphs into Type 3 fonts by glyph number: over a hundred for the installed 65,000-glyph
    // collection, a handful for a subset numbered from 0.
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThan(20);
    expect(statSync(join(out, proc.id, 'diagram.pdf')).size).toBeLessThan(200_000);
  });

  it('renders a PNG that is not blank, at least the diagram’s own size', () => {
    const svg = readFileSync(join(out, proc.id, 'diagram.svg'), 'utf8');
    const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
    const png = pngInk(join(out, proc.id, 'diagram.png'));
    expect(png.width).toBeGreaterThanOrEqual(Math.floor(Number(viewBox[1])));
    expect(png.height).toBeGreaterThanOrEqual(Math.floor(Number(viewBox[2])));
    expect(png.ink).toBeGreaterThan(0.01);
    expect(png.ink).toBeLessThan(0.6);
  });

  it('takes unchanged diagrams from the cache on the next build', () => {
    const cache = join(out, '.cache', 'diagrams');
    const before = readdirSync(cache).sort();
    const mtime = statSync(join(out, proc.id, 'diagram.png')).mtimeMs;
    const run = runSop(['build', 'processes', '--out', out, '--only', 'json,diagram', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    const processes = readdirSync('processes').filter((name) => name.endsWith('.sop')).length;
    expect(run.stderr).toContain(`Diagrams: 0 rendered, ${processes} unchanged (from the cache)`);
    expect(readdirSync(cache).sort()).toEqual(before);
    expect(statSync(join(out, proc.id, 'diagram.png')).mtimeMs).toBeGreaterThanOrEqual(mtime);
  });
});

describe('a cloned project’s committed files', () => {
  const marker = 'HOSTILE-COMMITTED-PICTURE';
  const picture = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>${marker}</text></svg>`;
  const embedded = (html: string) => [...html.matchAll(/data:image\/svg\+xml;base64,([A-Za-z\d+/=]+)/g)].map(([, data]) => Buffer.from(data!, 'base64').toString('utf8'));

  it('are never used: a cache entry under the real content key, and a diagram.svg beside a current process.json', async () => {
    const project = mkdtempSync(join(tmpdir(), 'sopkit-clone-'));
    const secrets = mkdtempSync(join(tmpdir(), 'sopkit-xdg-'));
    const env = { XDG_CACHE_HOME: secrets };
    cpSync('examples/first-sop.sop', join(project, 'processes', 'first-sop.sop'));
    writeFileSync(join(project, 'sopkit.yaml'), 'checklist:\n  templates: [training]\n  formats: [html]\n  embedDiagram: true\n');
    const compiled = runSop(['compile', 'processes/first-sop.sop'], { cwd: project });
    expect(compiled.status, compiled.stderr).toBe(0);
    const doc = JSON.parse(compiled.stdout) as ProcessJson;
    // What the committed entry would be named by: the content key of the very diagram the build draws.
    const { diagramCacheKey, toMermaid } = await import('@sopkit/mermaid');
    const key = await diagramCacheKey(toMermaid(doc));
    const cache = join(project, 'out', '.cache', 'diagrams');
    mkdirSync(cache, { recursive: true });
    for (const format of ['svg', 'png', 'pdf']) writeFileSync(join(cache, `${key}.${format}`), picture);
    mkdirSync(join(project, 'out', doc.id), { recursive: true });
    writeFileSync(join(project, 'out', doc.id, 'process.json'), compiled.stdout);
    writeFileSync(join(project, 'out', doc.id, 'diagram.svg'), picture);

    const checklist = runSop(['checklist', 'processes/first-sop.sop', '--embed-diagram', '-o', 'sheet.html', '--lang', 'en'], { cwd: project, env });
    expect(checklist.status, checklist.stderr).toBe(0);
    const sheet = embedded(readFileSync(join(project, 'sheet.html'), 'utf8'));
    expect(sheet).toHaveLength(1);
    expect(sheet[0]).not.toContain(marker);
    expect(squash(svgText(sheet[0]!))).toContain(squash(doc.title));

    const built = runSop(['build', '--lang', 'en'], { cwd: project, env });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toContain('Diagrams: 1 rendered, 0 unchanged (from the cache)');
    const svg = readFileSync(join(project, 'out', doc.id, 'diagram.svg'), 'utf8');
    expect(svg).not.toContain(marker);
    expect(squash(svgText(svg))).toContain(squash(doc.title));
    expect(readFileSync(join(project, 'out', doc.id, 'diagram.png')).toString('latin1')).not.toContain(marker);
    expect(pdfText(join(project, 'out', doc.id, 'diagram.pdf'))).not.toContain(marker);
    const training = embedded(readFileSync(join(project, 'out', doc.id, 'checklist-training.html'), 'utf8'));
    expect(training).toEqual(sheet);
    expect(statSync(join(secrets, 'sopkit')).mode & 0o777).toBe(0o700);
    const again = runSop(['build', '--lang', 'en'], { cwd: project, env });
    expect(again.stderr).toContain('Diagrams: 0 rendered, 1 unchanged (from the cache)');
  });
});

describe('huge inputs', () => {
  it('build without crashing or hanging: diagrams too large to draw and sheets too large to print are skipped with one warning each, the rest written', () => {
    const project = mkdtempSync(join(tmpdir(), 'sopkit-huge-'));
    mkdirSync(join(project, 'processes'));
    const steps = ['# language: zh-CN', '流程: 大流程', '  编号: big-steps', '  角色: 信息员, 调度', ''];
    for (let i = 1; i <= 100_000; i++) steps.push(`工步 ${i}: 第 ${i} 步`, `  负责: ${i % 2 ? '信息员' : '调度'}`, `  工作标准: 做好 ${i}`, '');
    writeFileSync(join(project, 'processes', 'steps.sop'), steps.join('\n'));
    const rules = ['# language: zh-CN', '流程: 大决策表', '  编号: big-table', '', '工步 1: 开始', '  工作标准: 做', '', '', '决策表: 很多规则', '  事实: 编号 = 数字'];
    for (let i = 1; i <= 10_000; i++) rules.push(`  规则 R${i}: 结果${i}`, `    当 编号 = ${i}`);
    writeFileSync(join(project, 'processes', 'rules.sop'), rules.join('\n'));

    const run = runSop(['build'], { cwd: project, env: { XDG_CACHE_HOME: join(project, 'xdg') } });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    expect(run.stderr).not.toMatch(/internal error|undefined|\n\s+at /);
    const warnings = run.stderr.split('\n').filter((line) => /warning SOP3(202|108)/.test(line));
    expect(warnings).toEqual([
      'out/big-table/diagram.mmd: warning SOP3202: 跳过了流程图的 SVG、PNG 和 PDF（.mmd 已生成）：决策表「很多规则」（第 9 行）有 10,000 条规则，流程图最多画 1,000 条；请把它拆成几张较小的决策表',
      'out/big-steps/diagram.mmd: warning SOP3202: 跳过了流程图的 SVG、PNG 和 PDF（.mmd 已生成）：流程「大流程」的流程图有 100,005 个框，最多画 1,000 个；请把流程拆成几个较小的流程，或少画细节（detail: steps）',
      ...['training', 'audit', 'card'].map((sheet) => expect.stringMatching(new RegExp(`^out/big-steps/checklist-${sheet}\\.pdf: warning SOP3108: 跳过了 PDF：表格的 HTML 有 [\\d,]+ 万个字符，超过可打印成 PDF 的 800 万个`))),
    ]);
    const written = (id: string) => readdirSync(join(project, 'out', id)).sort();
    const sheets = ['audit', 'card', 'training'].flatMap((sheet) => [`checklist-${sheet}.html`, `checklist-${sheet}.md`]);
    expect(written('big-steps')).toEqual([...sheets, 'diagram.mmd', 'process.json'].sort());
    expect(written('big-table')).toEqual([...sheets, ...['audit', 'card', 'training'].map((sheet) => `checklist-${sheet}.pdf`), 'diagram.mmd', 'process.json'].sort());
    expect(readFileSync(join(project, 'out', 'big-steps', 'diagram.mmd'), 'utf8')).toContain('step100000["');
    expect(pdfText(join(project, 'out', 'big-table', 'checklist-audit.pdf'))).toContain('R10000');
  }, 240_000);
});

describe('a zh-TW document', () => {
  it('gets its diagram legend, the build’s summary lines and the printed captions in Traditional characters', () => {
    const project = mkdtempSync(join(tmpdir(), 'sopkit-zhtw-'));
    mkdirSync(join(project, 'processes'));
    const standards = Array.from({ length: 70 }, (_, i) => `  工作標準: 第 ${i + 1} 條標準：電話確認地址與時間`);
    writeFileSync(join(project, 'processes', 'tw.sop'), [
      '# language: zh-TW', '流程: 上門服務', '  編號: tw-visit', '  版本: 1.0', '', '階段: 出發前', '  順序: 不分先後', '',
      '工步 1: 確認地址', '  負責: 資訊員', ...standards, '  問題: 地址不詳', '    措施: 再次聯繫客戶', '',
      '工步 2: 準備工具', '  負責: 服務工程師', '  工作標準: 帶齊工具', '',
    ].join('\n'));
    const run = runSop(['build'], { cwd: project, env: { XDG_CACHE_HOME: join(project, 'xdg') } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('流程圖：渲染 1 個，0 個未變');
    const simplified = (text: string) => [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].filter((c) => toTraditional(c) !== c);
    expect(simplified(run.stderr)).toEqual([]);
    const folder = join(project, 'out', 'tw-visit');
    const legend = squash(svgText(readFileSync(join(folder, 'diagram.svg'), 'utf8')));
    expect(legend).toContain('流程順序');
    expect(legend).toContain('框內不分先後');
    expect(simplified(legend)).toEqual([]);
    const printed = pdfText(join(folder, 'diagram.pdf'));
    expect(squash(printed)).toContain('第1頁/共1頁');
    expect(simplified(printed)).toEqual([]);
    const training = pdfText(join(folder, 'checklist-training.pdf'));
    expect(squash(training)).toContain('工步1：確認地址（續）');
    for (const sheet of ['training', 'audit', 'card']) {
      expect(simplified(pdfText(join(folder, `checklist-${sheet}.pdf`))), sheet).toEqual([]);
      expect(simplified(readFileSync(join(folder, `checklist-${sheet}.md`), 'utf8')), sheet).toEqual([]);
    }
  });
});

describe('hostile text', () => {
  it('renders and shows quotes, brackets, end, %%, click, HTML and emoji literally, with no markup of its own', () => {
    const svgPath = join(dir, 'hostile.svg');
    const run = runSop(['diagram', hostile, '--detail', 'full', '-o', svgPath]);
    expect(run.status, run.stderr).toBe(0);
    const svg = readFileSync(svgPath, 'utf8');
    const text = svgText(svg);
    for (const literal of [
      'Hostile "quotes" <b>bold</b> %%{init: {"theme":"dark"}}%% end',
      '1 · subgraph X["a"] end',
      'click step1 call alert(1) `tick` #35; &amp; $$x^2$$ fa:fa-car',
      '<script>alert(1)</script> ]]} )) --> ; classDef x fill:#f00',
      'style step1 fill:#f00,color:#fff',
      'click x call alert(1)',
      'Is it "ok" %% or not?',
      '<img src=x onerror=alert(1)>',
      'emoji 😀🚀 and very-long-line-without-spaces-',
    ]) expect(text).toContain(literal);
    expect(svg).not.toMatch(/<script|<img|<[^>]*\son\w+=|<b>bold|javascript:/i);
    expect(svg).not.toContain('fa-car"');
    expect(svg).not.toMatch(/(style="[^"]*|\{[^}<]*)fill:\s*#f00/i);
  });

  it('renders as PNG and PDF too', () => {
    for (const format of ['png', 'pdf']) {
      const path = join(dir, `hostile.${format}`);
      const run = runSop(['diagram', hostile, '--detail', 'problems', '-o', path]);
      expect(run.status, run.stderr).toBe(0);
      expect(statSync(path).size).toBeGreaterThan(1000);
    }
    expect(pdfText(join(dir, 'hostile.pdf'))).toContain('<script>alert(1)</script>');
  });
});

describe('without Chromium or a CJK font', () => {
  // Note: with no fc-list on PATH no CJK font can be found, which is what a machine without fonts-noto-cjk looks like.
  const bare = { PATH: '/nonexistent' };

  it('still writes the .mmd and JSON, says what is missing and how to install it, and succeeds by default', () => {
    const out = join(dir, 'bare');
    const run = runSop(['build', 'processes', '--out', out, '--lang', 'en'], { env: bare });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning SOP3202: .*fonts-noto-cjk/);
    expect(existsSync(join(out, proc.id, 'diagram.mmd'))).toBe(true);
    expect(existsSync(join(out, proc.id, 'process.json'))).toBe(true);
    expect(existsSync(join(out, proc.id, 'diagram.svg'))).toBe(false);
  });

  it('fails when diagrams were asked for explicitly, and for a rendered `sop diagram`', () => {
    const out = join(dir, 'bare-explicit');
    const run = runSop(['build', 'processes', '--out', out, '--only', 'json,diagram', '--lang', 'en'], { env: bare });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/error SOP3201: .*apt-get install fonts-noto-cjk/);
    expect(existsSync(join(out, proc.id, 'diagram.mmd'))).toBe(true);
    const one = runSop(['diagram', home, '-o', join(dir, 'bare.svg'), '--lang', 'en'], { env: bare });
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('fonts-noto-cjk');
    expect(runSop(['diagram', home], { env: bare }).status).toBe(0);
  });
});
