// End to end through the real `sop` binary: checklist PDFs checked with pdfinfo and pdftotext, custom templates, `sop build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runSop } from './helpers/run-sop.js';

/** The parts of the compiled JSON (`sop compile`) these tests read. */
interface ProcessJson {
  id: string;
  title: string;
  hash: string;
  steps: { number: string; title: string; standards: { text: string }[]; problems: { remedies: { items: string[] }[] }[] }[];
}

const home = 'processes/home-service-visit.sop';
const squash = (text: string) => text.replace(/\s+/g, '');
let dir: string;
let proc: ProcessJson;

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

/** The PDF's text in the order it is drawn (pdftotext's column analysis can split a wrapped line from its continuation). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sopkit-checklist-'));
  const compiled = runSop(['compile', home]);
  expect(compiled.status).toBe(0);
  proc = JSON.parse(compiled.stdout) as ProcessJson;
});

describe('sop checklist → PDF', () => {
  it('prints the training checklist on A4 with every work standard of step 8, in Chinese, and page numbers', () => {
    const out = join(dir, 'training.pdf');
    const run = runSop(['checklist', home, '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const { pages, size } = pdfInfo(out);
    expect(size).toContain('(A4)');
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(20);
    const text = squash(pdfText(out));
    const step8 = proc.steps.find((s) => s.number === '8')!;
    expect(step8.standards.length).toBeGreaterThan(0);
    for (const standard of step8.standards) expect(text).toContain(squash(standard.text));
    for (const problem of step8.problems) for (const remedy of problem.remedies) for (const item of remedy.items) expect(text).toContain(squash(item));
    expect(text).toContain('每隔30秒');
    expect(text).toContain(squash(`第 1 页 / 共 ${pages} 页`));
    expect(text).toContain(squash(`第 ${pages} 页 / 共 ${pages} 页`));
    expect(text).toContain(squash(`培训考核表 · ${proc.title}`));
    expect(text).toContain('学员签名');
  });

  it('names the step on every page a problem table is continued onto, above its repeated column header', () => {
    const out = join(dir, 'training-continued.pdf');
    expect(runSop(['checklist', home, '-o', out]).status).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    // Each page's lines below its running header, without spaces.
    const pages = text.split('\f').map((page) => page.split('\n').map(squash).filter(Boolean).slice(1)).filter((lines) => lines.length > 0);
    expect(pages.filter((lines) => lines[0] === '可能遇到的问题解决措施')).toEqual([]);
    const captions = pages.flat().filter((line) => /^工步\d+：.+（续）$/.test(line));
    expect(captions.length).toBeGreaterThan(0);
    expect(captions).toContain('工步8：敲门（续）');
    // A work-standard list continued onto a page: the page starts with its step's caption, then the step's next standard.
    const listed = pages.filter((lines) => /^工步\d+：.+（续）$/.test(lines[0]!) && lines[1] !== '可能遇到的问题解决措施');
    expect(listed.length).toBeGreaterThan(0);
    for (const lines of listed) {
      const step = proc.steps.find((s) => lines[0] === squash(`工步 ${s.number}：${s.title}（续）`));
      expect(step?.standards.some((standard) => lines[1]!.startsWith(squash(standard.text).slice(0, 10))), lines.slice(0, 2).join(' / ')).toBe(true);
    }
  });

  it('names the step and the decision table whose audit rows go on onto another page', () => {
    const source = join(dir, 'long-audit.sop');
    const rules = Array.from({ length: 40 }, (_, i) => `  规则 R${i + 1}: 结果 ${i + 1}\n    当 级别 = L${i + 1}`);
    const levels = Array.from({ length: 40 }, (_, i) => `L${i + 1}`).join('、');
    const standards = Array.from({ length: 60 }, (_, i) => `  工作标准: 核对第 ${i + 1} 项`);
    writeFileSync(source, `流程: 长稽核表\n  编号: long-audit\n\n工步 1: 查表\n  负责: 客服\n${standards.join('\n')}\n\n决策表: 按级别处理\n  事实: 级别 = ${levels}\n${rules.join('\n')}\n`);
    const out = join(dir, 'long-audit.pdf');
    const run = runSop(['checklist', source, '--template', 'audit', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).split('\f').map((page) => page.split('\n').map(squash).filter(Boolean).slice(1));
    const starts = pages.filter((lines) => lines[0] === '序号工作标准合格不合格不适用备注').map((lines) => `${lines[1]} / ${lines[2]}`);
    expect(starts.some((start) => /^工步1：查表（续） \/ 1\.\d+核对第\d+项/.test(start)), starts.join('\n')).toBe(true);
    expect(starts.some((start) => /^决策表：按级别处理（续） \/ R\d+级别：L\d+→结果\d+/.test(start)), starts.join('\n')).toBe(true);
    expect(starts.filter((start) => /^(1\.\d+|R\d+)/.test(start))).toEqual([]);
  });

  it('embeds the Chinese font as real subsets in both weights, never as Type 3 glyph pictures', () => {
    const out = join(dir, 'card-fonts.pdf');
    expect(runSop(['checklist', home, '--template', 'card', '-o', out]).status).toBe(0);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim());
    expect(fonts.filter((line) => /Type 3/.test(line))).toEqual([]);
    for (const weight of ['Regular', 'Bold']) expect(fonts.some((line) => line.includes(`NotoSansCJKsc-${weight}`) && /CID TrueType\s+Identity-H\s+yes yes yes/.test(line))).toBe(true);
  });

  it('prints the audit sheet with the version and hash it checks, and the pocket card on at most two pages', () => {
    const audit = join(dir, 'audit.pdf');
    expect(runSop(['checklist', home, '--template', 'audit', '-o', audit]).status).toBe(0);
    expect(pdfInfo(audit).size).toContain('(A4)');
    const text = squash(pdfText(audit));
    for (const word of ['合格', '不合格', '不适用', '稽核员签名', proc.hash]) expect(text).toContain(squash(word));
    const standards = proc.steps.reduce((n, s) => n + s.standards.length, 0);
    expect(text).toContain(`${proc.steps.at(-1)!.number}.1`);
    expect(readFileSync(audit).length).toBeGreaterThan(10_000);
    expect(standards).toBeGreaterThan(20);

    const card = join(dir, 'card.pdf');
    expect(runSop(['checklist', home, '--template', 'card', '-o', card]).status).toBe(0);
    const { pages } = pdfInfo(card);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

describe('the newer constructs in real PDFs', () => {
  const policy = 'processes/after-sales-policy.sop';

  it("prints the policy's decision table as a table, with the source's own gap and overlap under it, and each rule as an audit row", () => {
    const training = join(dir, 'policy-training.pdf');
    const run = runSop(['checklist', policy, '-o', training]);
    expect(run.status, run.stderr).toBe(0);
    expect(pdfInfo(training).size).toContain('(A4)');
    const text = squash(pdfText(training));
    for (const cell of ['规则', '购买天数', '质量问题', '不影响再次销售', '结果', '≤7天', '>15天且<30天', '>30天且<3个月', '给予免费维修']) expect(text).toContain(cell);
    expect(text).toContain('检查器发现');
    expect(text).toContain('无规则覆盖：购买天数=30天、购买天数=3个月');
    expect(text).toContain('规则R1与R2可能同时适用');
    expect(text).toContain('连续3次后');

    const audit = join(dir, 'policy-audit.pdf');
    expect(runSop(['checklist', policy, '--template', 'audit', '-o', audit]).status).toBe(0);
    const rows = squash(pdfText(audit));
    expect(rows).toContain('购买天数：≤7天·不影响再次销售：是→无理由退回');
    expect(rows).toContain('特价品或赠品：是→恕不退换');
    expect(rows).toContain('无规则覆盖');
  });

  it('prints message templates with their filled-in example, clock deadlines in words, and the dealer manual with its gaps and form', () => {
    const closing = join(dir, 'closing-training.pdf');
    expect(runSop(['checklist', 'processes/order-closing-rules.sop', '-o', closing]).status).toBe(0);
    const text = squash(pdfText(closing));
    expect(text).toContain('模板T2改约的信息');
    expect(text).toContain('示例联系13912345678手机与用户本人无时间,要求26日14点上门');
    expect(text).toContain('当天17:00前');

    const dealer = join(dir, 'dealer-card.pdf');
    expect(runSop(['checklist', 'processes/dealer-appointment.sop', '--template', 'card', '-o', dealer]).status).toBe(0);
    expect(pdfInfo(dealer).pages).toBeLessThanOrEqual(2);
    expect(squash(pdfText(dealer))).toContain('原文缺失：本行执行要点及其各栏原文缺失');

    const sheet = join(dir, 'dealer-training.pdf');
    expect(runSop(['checklist', 'processes/dealer-appointment.sop', '-o', sheet]).status).toBe(0);
    const training = squash(pdfText(sheet));
    for (const words of ['所需工具', '特别关注', '预约成功率', '表单北汽幻速售后服务预约登记表', '客户基本信息：新客户', 'MOT关键时刻点']) expect(training).toContain(words);
  });
});

describe('sop checklist → HTML and Markdown', () => {
  it('writes English labels with --lang en, and only the selected steps with --steps', () => {
    const html = runSop(['checklist', home, '--lang', 'en']);
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('Training checklist');
    expect(html.stdout).toContain('<thead>');

    const md = join(dir, 'steps.md');
    expect(runSop(['checklist', home, '--steps', '8-12', '-o', md]).status).toBe(0);
    const text = readFileSync(md, 'utf8');
    for (const n of ['8', '9', '10', '11', '12']) expect(text).toContain(`### 工步 ${n}：`);
    for (const n of ['7', '14']) expect(text).not.toContain(`### 工步 ${n}：`);
    expect(text).toContain('本表范围：工步 8-12');
  });

  it('embeds the process diagram as an image on request', () => {
    const run = runSop(['checklist', home, '--embed-diagram', '--steps', '1-3']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('SOP3109');
    // Note: Handlebars writes the base64 padding `=` as `&#x3D;`, which the HTML parser reads back as `=`.
    const uri = /<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/]+(?:&#x3D;){0,2})"/.exec(run.stdout)?.[1];
    expect(uri).toBeDefined();
    expect(Buffer.from(uri!.replaceAll('&#x3D;', '='), 'base64').toString('utf8')).toMatch(/^<svg[\s>]/);
  });

  it('prints an embedded diagram inline in the PDF: its labels are text in the embedded fonts, never Type 3', () => {
    const out = join(dir, 'training-diagram.pdf');
    const run = runSop(['checklist', 'processes/technical-service.sop', '--embed-diagram', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('SOP3109');
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Type 3/);
    const technical = JSON.parse(runSop(['compile', 'processes/technical-service.sop']).stdout) as ProcessJson;
    const pages = pdfText(out).split('\f').map(squash);
    // The diagram's page: the legend, the start pill (the process title), every step, the end pill, and its caption.
    const drawn = pages.filter((page) => page.includes('图例') && page.includes('流程图'));
    expect(drawn).toHaveLength(1);
    for (const step of technical.steps) expect(drawn[0]).toContain(squash(`${step.number} · ${step.title}`));
    expect(drawn[0]).toContain('结束');
  });

  it('says clearly when a selection or an output name is wrong', () => {
    const none = runSop(['checklist', home, '--steps', '30-40']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('SOP3106');
    const bad = runSop(['checklist', home, '-o', join(dir, 'x.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('.html, .md or .pdf');
    for (const steps of ['8-3', 'abc', '2-']) {
      const wrong = runSop(['checklist', home, '--steps', steps]);
      expect(wrong.status, steps).toBe(2);
      expect(wrong.stderr, steps).toContain(`“${steps}” is not a step number or range`);
      expect(wrong.stderr, steps).not.toContain('internal error');
    }
  });

  it('gives examples in --help that work', () => {
    const help = runSop(['checklist', '--help']).stdout;
    const templates = [...help.matchAll(/--template (\S+\.hbs)/g)].map((m) => m[1]!);
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) expect(existsSync(join(repoRoot, template)), template).toBe(true);
  });
});

describe('custom templates', () => {
  it('prints the worked example from examples/custom-checklist', () => {
    const out = join(dir, 'custom.pdf');
    const run = runSop(['checklist', home, '--template', 'examples/custom-checklist/store-visit-check.hbs', '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(pdfInfo(out).size).toContain('(A4)');
    expect(squash(pdfText(out))).toContain(squash(proc.steps[0]!.standards[0]!.text));
  });

  it('stops at a missing field with file:line and the field name, and leaves the old output untouched', () => {
    const template = join(dir, 'broken.hbs');
    writeFileSync(template, '<h1>{{process.title}}</h1>\n{{#each steps}}\n  <p>{{owner}}</p>\n{{/each}}\n');
    const out = join(dir, 'broken.html');
    writeFileSync(out, 'previous sheet');
    const run = runSop(['checklist', home, '--template', template, '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.hbs:3:\d+: error SOP3102: 模板引用了不存在的字段「owner」/);
    expect(run.stderr).toContain('是不是要写「owners」？');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe('previous sheet');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('sop build', () => {
  it('writes every built-in template as HTML, Markdown and PDF into out/<id>/', () => {
    const out = join(dir, 'build');
    const run = runSop(['build', '--out', out, '--only', 'checklist']);
    expect(run.status, run.stderr).toBe(0);
    for (const template of ['training', 'audit', 'card']) {
      for (const extension of ['html', 'md', 'pdf']) expect(existsSync(join(out, proc.id, `checklist-${template}.${extension}`)), `${template}.${extension}`).toBe(true);
      expect(pdfInfo(join(out, proc.id, `checklist-${template}.pdf`)).size).toContain('(A4)');
    }
    expect(readdirSync(join(out, proc.id)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('respects the checklist settings in sopkit.yaml', () => {
    const project = mkdtempSync(join(tmpdir(), 'sopkit-checklist-project-'));
    execFileSync('mkdir', ['-p', join(project, 'processes')]);
    writeFileSync(join(project, 'processes', 'home.sop'), readFileSync(join(repoRoot, home)));
    writeFileSync(join(project, 'sopkit.yaml'), 'checklist:\n  templates: [audit]\n  formats: [md]\n  embedDiagram: true\n');
    const run = runSop(['build', '--only', 'checklist'], { cwd: project });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(project, 'out', proc.id)).filter((f) => f.startsWith('checklist-'))).toEqual(['checklist-audit.md']);
    // Only the training sheet's HTML shows the diagram: nothing is drawn (no cache made) for a Markdown audit sheet.
    expect(run.stderr).not.toContain('SOP3109');
    expect(existsSync(join(project, 'out', '.cache'))).toBe(false);
    // Without the diagram step, the training sheet's diagram is drawn for it (through the cache), with a warning only if it cannot be.
    writeFileSync(join(project, 'sopkit.yaml'), 'checklist:\n  templates: [training]\n  formats: [html]\n  embedDiagram: true\n');
    const training = runSop(['build', '--only', 'checklist'], { cwd: project, env: { XDG_CACHE_HOME: join(project, 'xdg') } });
    expect(training.status, training.stderr).toBe(0);
    expect(training.stderr).not.toContain('SOP3109');
    expect(readFileSync(join(project, 'out', proc.id, 'checklist-training.html'), 'utf8')).toContain('data:image/svg+xml;base64,');
    expect(readdirSync(join(project, 'out', '.cache', 'diagrams'))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.svg$/)]);
  });
});
