// End-to-end tests of the real bundled `sop` binary: exit codes, output formats, atomic writes, configuration.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../packages/core/src/index.js';
import { repoRoot, runSop, sopBin } from './helpers/run-sop.js';
import { generateSop } from '../bench/generate.js';

const good = '流程: 测试\n  编号: good\n  角色: 服务工程师\n工步 1: 敲门\n  负责: 服务工程师\n  工作标准: 按门铃一下。\n';
const bad = '流程: 测试\n  编号: bad\n工步 1: 敲门\n  工作标准:\n工部 2: 进门\n  问题: 没有措施\n';

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sop-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('sop check', () => {
  it('exits 0 on the real processes and examples', () => {
    const run = runSop(['check', 'processes', 'examples']);
    expect(run.stderr).toMatch(/：0 个错误，\d+ 个警告/);
    expect(run.status).toBe(0);
  });

  it('prints every error as path:line:col with the source line and a caret, and exits 1', () => {
    const dir = project({ 'bad.sop': bad });
    const run = runSop(['check', 'bad.sop'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.sop:4:3: error SOP1005: 「工作标准」后面没有内容。');
    expect(run.stderr).toContain('bad.sop:5:1: error SOP1001: 不认识的关键字「工部」。是不是要写「工步」？');
    expect(run.stderr).toContain('5 | 工部 2: 进门\n  | ^~~~');
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });

  it('never echoes control characters to the terminal, and shows a long line as a window around the error', () => {
    const long = `流程: 测试\n  编号: t\n工步 1: 甲\x1b]0;PWNED\x07\x1b[2J乙\n  工作标准: ${'长'.repeat(5000)}\n  工部 2: ${'尾'.repeat(5000)}\n`;
    const dir = project({ 'x.sop': long });
    const run = runSop(['check', 'x.sop'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stderr).toContain('x.sop:3:8: error SOP1012: 无法读取的字符「U+001B（控制字符）」。');
    expect(run.stderr).toContain('3 | 工步 1: 甲␛]0;PWNED␇␛[2J乙');
    expect(run.stderr).toContain('x.sop:5:3: error SOP1001');
    const excerpt = run.stderr.split('\n').find((l) => l.startsWith('5 | '))!;
    expect(excerpt.length).toBeLessThan(140);
    expect(excerpt.endsWith('尾…')).toBe(true);
    expect(run.stdout.length + run.stderr.length).toBeLessThan(4000);
  });

  it('prints diagnostics as JSON with 1-based ranges', () => {
    const dir = project({ 'bad.sop': bad });
    const run = runSop(['check', '--format', 'json', 'bad.sop'], { cwd: dir });
    const diagnostics = JSON.parse(run.stdout) as { file: string; code: string; severity: string; range: { start: { line: number; column: number } } }[];
    expect(diagnostics.map((d) => d.code)).toEqual(['SOP1005', 'SOP1001']);
    expect(diagnostics[1]).toMatchObject({ file: 'bad.sop', severity: 'error', range: { start: { line: 5, column: 1 }, end: { line: 5, column: 3 } } });
    expect(diagnostics[1]).toMatchObject({ fix: { newText: '工步', preferred: false, range: { start: { line: 5, column: 1 } } } });
  });

  it('words messages in English with --lang en, and summarises in the documents’ language otherwise', () => {
    const dir = project({ 'bad.sop': bad });
    const english = runSop(['check', '--lang', 'en', 'bad.sop'], { cwd: dir }).stderr;
    expect(english).toContain('Unknown keyword “工部”. Did you mean “工步”?');
    expect(english).toContain('1 file checked: 2 errors, 0 warnings');
    expect(runSop(['check', 'bad.sop'], { cwd: dir }).stderr).toContain('检查了 1 个文件：2 个错误，0 个警告');
    expect(runSop(['check', 'examples/first-sop-en.sop']).stderr).toContain('1 file checked: 0 errors, 0 warnings');
  });

  it('reads standard input', () => {
    const run = runSop(['check', '-'], { input: bad });
    expect(run.stderr).toContain('<stdin>:4:3: error SOP1005');
    expect(run.status).toBe(1);
  });

  it('exits 2 with SOP4001 for a missing file, SOP4002 for a folder without .sop files, SOP4006 for non-UTF-8', () => {
    const dir = project({ 'empty/readme.txt': 'x', 'latin1.sop': Buffer.from([0xc1, 0xf7, 0xb3, 0xcc, 0x3a, 0x20, 0xff]) });
    expect(runSop(['check', 'missing.sop'], { cwd: dir })).toMatchObject({ status: 2 });
    expect(runSop(['check', 'missing.sop'], { cwd: dir }).stderr).toContain('SOP4001');
    expect(runSop(['check', 'empty'], { cwd: dir }).stderr).toContain('SOP4002');
    const latin = runSop(['check', 'latin1.sop'], { cwd: dir });
    expect(latin.status).toBe(2);
    expect(latin.stderr).toContain('SOP4006');
  });

  it('refuses a source over 16 MB with SOP4011 instead of running out of memory, also one that never ends (/dev/zero) or comes on stdin', () => {
    const dir = project({ 'ok.sop': good });
    closeSync(openSync(join(dir, 'huge.sop'), 'w'));
    execFileSync('truncate', ['-s', `${16 * 2 ** 20 + 1}`, join(dir, 'huge.sop')]);
    const huge = runSop(['build', '.', '--out', 'out', '--only', 'json', '--lang', 'en'], { cwd: dir });
    expect(huge.stderr).toContain('huge.sop: error SOP4011: The file is too large (over 16 MB): split it into several process files.');
    expect(huge.status).toBe(2);
    expect(readdirSync(join(dir, 'out'))).toEqual(['good']);
    const device = runSop(['compile', '/dev/zero', '-o', join(dir, 'zero.json'), '--lang', 'zh-CN'], { cwd: dir });
    expect(device.stderr).toContain('/dev/zero: error SOP4011: 文件太大（超过 16 MB）：请把它拆成几个流程文件。');
    expect(device.status).toBe(2);
    expect(existsSync(join(dir, 'zero.json'))).toBe(false);
    const piped = spawnSync('sh', ['-c', `head -c ${17 * 2 ** 20} /dev/zero | "${process.execPath}" "${sopBin}" check - --lang en`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(piped.stderr).toContain('error SOP4011');
    expect(piped.status).toBe(2);
  });

  it('says where to run when the default source folder is missing (SOP4012), for sop check and sop build', () => {
    const dir = project({ 'notes.txt': 'x' });
    const checked = runSop(['check', '--lang', 'en'], { cwd: dir });
    expect(checked.stderr).toContain('processes: error SOP4012: There is no folder processes here: run sop in the project’s root');
    expect(checked.status).toBe(2);
    const built = runSop(['build', '--lang', 'zh-CN'], { cwd: dir });
    expect(built.stderr).toContain('processes: error SOP4012: 这里没有 processes 文件夹');
    expect(built.status).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('says where a file stops being UTF-8 and when it is GBK, and reads UTF-16 with a byte-order mark', () => {
    const text = readFileSync(join(repoRoot, 'examples/first-sop.sop'), 'utf8');
    const dir = project({
      'gbk.sop': Buffer.from(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text })),
      'utf16.sop': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    });
    const gbk = runSop(['check', 'gbk.sop', '--lang', 'zh-CN'], { cwd: dir });
    expect(gbk.status).toBe(2);
    expect(gbk.stderr).toContain('error SOP4006: 文件不是有效的 UTF-8 文本（第 2 行起）。它看起来是 GBK 编码：请在编辑器中另存为 UTF-8。');
    const utf16 = runSop(['check', 'utf16.sop'], { cwd: dir });
    expect(utf16.status, utf16.stderr).toBe(0);
  });

  it('reports every missing input, checks the others, and reads a file reached twice through links once', () => {
    const dir = project({ 'a/first.sop': readFileSync(join(repoRoot, 'examples/first-sop.sop')), 'typo.sop': '流程: x\n  编号: x\n工部 1: a\n', 'empty/x.txt': '' });
    symlinkSync('..', join(dir, 'a/up'));
    const run = runSop(['check', 'missing.sop', 'empty', 'typo.sop', 'a', '--lang', 'zh-CN'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.sop: error SOP4001: 无法读取文件：没有这个文件或文件夹');
    expect(run.stderr).toContain('empty: error SOP4002');
    expect(run.stderr).toContain('typo.sop:3:1: error SOP1001');
    expect(run.stderr).not.toContain('SOP2009');
    expect(run.stderr).toContain('检查了 2 个文件');
  });

  it('words messages about no document in the language of the locale: LC_ALL, then LC_MESSAGES, then LANG', () => {
    const missing = (env: Record<string, string>) => runSop(['check', 'missing.sop'], { cwd: project({}), env: { LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env } }).stderr;
    expect(missing({ LANG: 'zh_CN.UTF-8' })).toContain('无法读取文件');
    expect(missing({ LANG: 'en_US.UTF-8' })).toContain('Cannot read the file');
    expect(missing({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' })).toContain('无法读取文件');
    expect(missing({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C.UTF-8' })).toContain('Cannot read the file');
  });

  it('checks and builds many large files without holding their trees: 24 files of 1.8 MB in a 256 MB heap, each duplicate id still reported', () => {
    // Note: without the generator's decisions, which draw a warning each, so that the output stays small.
    const text = generateSop(3000).split('\n').filter((line) => !/^ *(判断|是|否):/.test(line)).join('\n');
    const dir = project(Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`p${String(i).padStart(2, '0')}.sop`, text])));
    const run = runSop(['check', '.', '--lang', 'en'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.stderr.match(/error SOP2009/g)).toHaveLength(23);
    expect(run.stderr).toContain('p23.sop:3:7: error SOP2009');
    expect(run.stderr).toContain('24 files checked: 23 errors, 0 warnings');
    expect(run.status).toBe(1);
    const built = runSop(['build', '.', '--only', 'json', '--lang', 'en'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect(built.stderr).not.toContain('heap out of memory');
    expect(built.stderr.match(/error SOP2009/g)).toHaveLength(23);
    expect(built.stderr).toContain('Built 1 of 24 processes into out/: 23 errors, 0 warnings');
    expect(built.status).toBe(1);
  });

  it('reports two processes with the same id (SOP2009)', () => {
    const dir = project({ 'a.sop': good, 'b.sop': good });
    const run = runSop(['check', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('b.sop:2:7: error SOP2009');
  });

  it('has help with examples for every command', () => {
    for (const command of ['check', 'compile', 'build']) {
      const run = runSop([command, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Examples:');
    }
  });

  it('answers `sop` without a command with the help on standard error and exit code 2; `sop --help` is exit 0', () => {
    const bare = runSop([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: sop [options] [command]');
    expect(runSop(['--help']).status).toBe(0);
  });
});

describe('sop compile', () => {
  it('stops quietly when the reader closes the pipe early (`| head`)', async () => {
    const child = spawn(process.execPath, [sopBin, 'compile', 'processes/home-service-visit.sop'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('reports a standard output it cannot write (a full disk) in a line, with exit code 2 and no stack trace', () => {
    const cases = [
      [['compile', 'processes/home-service-visit.sop'], 'zh_CN.UTF-8', '无法写入 标准输出：磁盘已满'],
      [['check', '--format', 'json', 'processes/home-service-visit.sop'], 'en_US.UTF-8', 'Cannot write standard output: no space left on the disk'],
    ] as const;
    for (const [args, locale, words] of cases) {
      const full = openSync('/dev/full', 'w');
      const run = spawnSync(process.execPath, [sopBin, ...args], { cwd: repoRoot, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, LANG: locale, LC_ALL: '' } });
      closeSync(full);
      expect(run.stderr.trim()).toBe(`sop: error SOP4003: ${words}`);
      expect(run.status).toBe(2);
    }
  });

  it('prints JSON that validates against the published schema', () => {
    const run = runSop(['compile', 'processes/home-service-visit.sop']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { id: string; steps: unknown[]; hash: string };
    expect(schemaProblems(json)).toEqual([]);
    expect(json.id).toBe('home-service-visit');
    expect(json.steps).toHaveLength(24);
    expect(json.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('writes -o atomically and leaves no file when the input has errors', () => {
    const dir = project({ 'good.sop': good, 'bad.sop': bad });
    expect(runSop(['compile', 'good.sop', '-o', 'out/good.json'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/good.json'), 'utf8'))).toMatchObject({ id: 'good' });
    expect(runSop(['compile', 'bad.sop', '-o', 'out/bad.json'], { cwd: dir }).status).toBe(1);
    expect(existsSync(join(dir, 'out/bad.json'))).toBe(false);
    expect(readdirSync(join(dir, 'out'))).toEqual(['good.json']);
  });

  it('exits 2 with SOP4003 when the output cannot be written', () => {
    const dir = project({ 'good.sop': good, 'locked/.keep': '' });
    chmodSync(join(dir, 'locked'), 0o500);
    const run = runSop(['compile', 'good.sop', '-o', 'locked/sub/x.json'], { cwd: dir });
    chmodSync(join(dir, 'locked'), 0o700);
    if (process.getuid?.() === 0) return; // root ignores permissions; the unwritable case cannot be staged
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('SOP4003');
  });

  it('refuses to write over its own input (exit 2, SOP4003), also through another path to the same file', () => {
    const dir = project({ 'good.sop': good });
    symlinkSync(join(dir, 'good.sop'), join(dir, 'alias.sop'));
    for (const output of ['good.sop', './alias.sop']) {
      const run = runSop(['compile', 'good.sop', '-o', output], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('SOP4003');
      expect(run.stderr).toContain('这是输入文件本身');
    }
    expect(readFileSync(join(dir, 'good.sop'), 'utf8')).toBe(good);
    expect(runSop(['checklist', 'good.sop', '-o', 'good.sop'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(dir, 'good.sop'), 'utf8')).toBe(good);
  });

  it('writes through a named pipe instead of replacing it with a plain file', async () => {
    const dir = project({ 'good.sop': good });
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => { received += chunk.toString('utf8'); });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const run = runSop(['compile', 'good.sop', '-o', 'pipe'], { cwd: dir });
    await closed;
    expect(run.status).toBe(0);
    expect(JSON.parse(received)).toMatchObject({ id: 'good' });
    expect(execFileSync('stat', ['-c', '%F', fifo], { encoding: 'utf8' }).trim()).toBe('fifo');
  });

  it('keeps the hash when only layout changes', () => {
    const dir = project({ 'a.sop': good, 'b.sop': good.replace(/\n {2}/g, '\n      ').replace(/: /g, '：') });
    const a = JSON.parse(runSop(['compile', 'a.sop'], { cwd: dir }).stdout) as { hash: string };
    const b = JSON.parse(runSop(['compile', 'b.sop'], { cwd: dir }).stdout) as { hash: string };
    expect(b.hash).toBe(a.hash);
    const c = JSON.parse(runSop(['compile', '-'], { cwd: dir, input: good.replace('按门铃一下', '按门铃两下') }).stdout) as { hash: string };
    expect(c.hash).not.toBe(a.hash);
  });
});

describe('sop build', () => {
  it('warns that a process with errors keeps its outputs from an earlier build (SOP4007)', () => {
    const dir = project({ 'processes/good.sop': good });
    expect(runSop(['build', '--only', 'json'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'processes/good.sop'), good.replace(/\n(\s*)工作标准:/, '\n$1工作标注:'));
    const run = runSop(['build', '--only', 'json', '--lang', 'en'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/processes\/good\.sop:\d+:\d+: warning SOP4007: out\/good\/ still holds the files of an earlier build/);
    expect(existsSync(join(dir, 'out/good/process.json'))).toBe(true);
  });

  it('compiles every process into out/<id>/process.json', () => {
    const dir = project({ 'processes/a.sop': good, 'processes/sub/b.sop': good.replace('good', 'other') });
    const run = runSop(['build', '--only', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['good', 'other']);
    expect(JSON.parse(readFileSync(join(dir, 'out/other/process.json'), 'utf8'))).toMatchObject({ id: 'other' });
  });

  it('exits 1 and writes nothing for a process with errors, still building the others', () => {
    const dir = project({ 'processes/a.sop': good, 'processes/b.sop': bad });
    const run = runSop(['build', '--only', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['good']);
  });

  it('words messages and the summary in Traditional characters for zh-TW documents, or when sopkit.yaml says zh-TW', () => {
    const tw = '# language: zh-TW\n流程: 測試\n  編號: tw\n  角色: 服務工程師\n工步 1: 敲門\n  負責: 服務工程師\n  工作標準: 按門鈴一下。\n  所需工具: 鞋套\n  問題: 不在家\n    措施: 電話聯繫\n';
    const run = runSop(['check', 'tw.sop'], { cwd: project({ 'tw.sop': tw }) });
    expect(run.stderr).toContain('tw.sop:8:3: error SOP1004: 「所需工具」不能寫在這裡');
    expect(run.stderr).toContain('檢查了 1 個檔案：1 個錯誤，0 個警告');
    const forced = runSop(['check', 'zh.sop'], { cwd: project({ 'zh.sop': good.replace('  工作标准', '  所需工具: 鞋套\n  工作标准'), 'sopkit.yaml': 'language: zh-TW\n' }) });
    expect(forced.stderr).toContain('不能寫在這裡');
    expect(forced.stderr).toContain('檢查了 1 個檔案');
    expect(runSop(['check', '--lang', 'zh-CN', 'tw.sop'], { cwd: project({ 'tw.sop': tw }) }).stderr).toContain('不能写在这里');
    const asked = runSop(['check', '--lang', 'zh-TW', 'zh.sop'], { cwd: project({ 'zh.sop': good.replace('  工作标准', '  所需工具: 鞋套\n  工作标准') }) });
    expect(asked.stderr).toContain('不能寫在這裡');
    expect(asked.stderr).toContain('檢查了 1 個檔案：1 個錯誤，0 個警告');
  });

  it('shows a file name with control or direction characters as visible pictures, never as raw escapes', () => {
    const name = 'c\u001b]0;HACK\u0007\u202e.sop';
    const run = runSop(['check', '.'], { cwd: project({ [name]: '流程: x\n  编号: ok\n工部 1: y\n' }) });
    expect(run.stderr).toContain('c␛]0;HACK␇\ufffd.sop:3:1: error SOP1001');
    expect(run.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('never runs a program the project brings: chromium in sopkit.yaml must be an absolute path outside the project', () => {
    const script = '#!/bin/sh\necho ran > "$(dirname "$0")/ran.txt"\nexec /usr/bin/chromium "$@"\n';
    const dir = project({ 'processes/a.sop': good, 'evil.sh': script, 'sopkit.yaml': 'chromium: ./evil.sh\n' });
    chmodSync(join(dir, 'evil.sh'), 0o755);
    const relative = runSop(['build', '--lang', 'en'], { cwd: dir });
    expect(relative.status).toBe(2);
    expect(relative.stderr).toContain('sopkit.yaml:1:11: error SOP4005');
    expect(relative.stderr).toContain('must be the absolute path of a program outside the project');
    writeFileSync(join(dir, 'sopkit.yaml'), `chromium: ${join(dir, 'evil.sh')}\n`);
    expect(runSop(['build'], { cwd: dir }).status).toBe(2);
    const link = join(mkdtempSync(join(tmpdir(), 'sop-link-')), 'chromium');
    symlinkSync(join(dir, 'evil.sh'), link);
    writeFileSync(join(dir, 'sopkit.yaml'), `chromium: ${link}\n`);
    expect(runSop(['build'], { cwd: dir }).status).toBe(2);
    expect(existsSync(join(dir, 'ran.txt'))).toBe(false);
  });

  it('reads sopkit.yaml and reports its mistakes with line and column', () => {
    const dir = project({ 'src/a.sop': good, 'sopkit.yaml': 'sources: [src]\nout: built\n' });
    expect(runSop(['build', '--only', 'json'], { cwd: dir }).status).toBe(0);
    expect(existsSync(join(dir, 'built/good/process.json'))).toBe(true);

    const typo = project({ 'sopkit.yaml': 'sources: [src]\nouput: built\n' });
    const run = runSop(['build'], { cwd: typo });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('sopkit.yaml:2:1: error SOP4005');

    const broken = project({ 'sopkit.yaml': 'sources: [src\nout: x\n' });
    expect(runSop(['check'], { cwd: broken }).stderr).toMatch(/sopkit\.yaml:\d+:\d+: error SOP4004/);
  });

  it('reads and writes nothing outside the project through committed symbolic links, unless the user names the place', () => {
    const outside = project({ 'more/x.sop': good.replace(/编号: \S+/, '编号: outside'), 'built/keep.txt': 'untouched' });
    const dir = project({ 'processes/a.sop': good });
    symlinkSync(join(outside, 'more'), join(dir, 'processes/linked'));
    symlinkSync(join(outside, 'built'), join(dir, 'out'));
    const checked = runSop(['check', '--lang', 'en'], { cwd: dir });
    expect(checked.status).toBe(0);
    expect(checked.stderr).toContain('processes/linked/x.sop: warning SOP4008: Skipped processes/linked/x.sop: it links outside the folder');
    const built = runSop(['build', '--only', 'json', '--lang', 'en'], { cwd: dir });
    expect(built.status).toBe(2);
    expect(built.stderr).toContain('out: error SOP4009: The output folder out links outside the project');
    expect(readdirSync(join(outside, 'built'))).toEqual(['keep.txt']);
    expect(runSop(['build', '--only', 'json', '--out', 'out'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(outside, 'built')).sort()).toEqual(['good', 'keep.txt']);
    expect(runSop(['check', 'processes/linked/x.sop'], { cwd: dir }).status).toBe(0);
  });

  it('writes and reads no output through a link inside the output folder (a committed out/<id>/process.json -> ~/.bashrc)', () => {
    const outside = project({ 'victim.txt': 'untouched', 'folder/keep.txt': 'untouched', 'passwd': 'root:x:0:0' });
    const dir = project({ 'processes/a.sop': good });
    mkdirSync(join(dir, 'out/good'), { recursive: true });
    symlinkSync(join(outside, 'victim.txt'), join(dir, 'out/good/process.json'));
    mkdirSync(join(dir, 'out/.cache'), { recursive: true });
    symlinkSync(join(outside, 'folder'), join(dir, 'out/.cache/diagrams'));
    const built = runSop(['build', '--only', 'json', '--lang', 'en'], { cwd: dir });
    expect(built.status).toBe(2);
    expect(built.stderr).toContain(`out/good/process.json: error SOP4010: out/good/process.json in the output folder is a link (to ${join(outside, 'victim.txt')})`);
    expect(built.stderr).toContain('out/.cache/diagrams: error SOP4010');
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('untouched');
    expect(readdirSync(join(outside, 'folder'))).toEqual(['keep.txt']);
    // Also with an output folder named on the command line.
    expect(runSop(['build', '--only', 'json', '--out', 'out'], { cwd: dir }).status).toBe(2);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('untouched');
  });

  it('keeps sopkit.yaml folders inside the project, and reports its mistakes in the order they are written', () => {
    const dir = project({ 'src/a.sop': good, 'sopkit.yaml': 'sources: [src, /usr/share]\nout: ../escaped\n' });
    const run = runSop(['build', '--only', 'json', '--lang', 'en'], { cwd: dir });
    expect(run.status).toBe(2);
    const located = run.stderr.split('\n').filter((l) => l.includes('error SOP4005')).map((l) => l.replace(/: error SOP4005: .*“(.+?)”.*/, ' $1'));
    expect(located).toEqual(['sopkit.yaml:1:16 sources.1', 'sopkit.yaml:2:6 out']);
    expect(run.stderr).toContain('must be a folder inside the project');
    expect(existsSync(join(dir, '../escaped'))).toBe(false);

    const many = project({ 'sopkit.yaml': 'language: fr\nout: 3\nsourcs: [a]\n' });
    const manyRun = runSop(['check', '--lang', 'en'], { cwd: many });
    const lines = manyRun.stderr.split('\n').filter((l) => l.includes('error SOP4005')).map((l) => l.split(':')[1]);
    expect(lines).toEqual(['1', '2', '3']);
    // Type mistakes are worded for a trainer, with how to write the value; never JSON type names.
    expect(manyRun.stderr).toContain('“out” is invalid: must be text');
    const zh = runSop(['check', '--lang', 'zh-CN'], { cwd: project({ 'sopkit.yaml': 'sources: src\n' }) }).stderr;
    expect(zh).toContain('应为列表，例如 [processes, more]');
    expect(zh).not.toMatch(/array|object|string/);
  });
});

it('runs from the repository root (sanity check of the test helper)', () => {
  expect(existsSync(join(repoRoot, 'processes/home-service-visit.sop'))).toBe(true);
});

describe('the installed binary (node_modules/.bin/sop)', () => {
  it('checks through the start-up snapshot with the same output and exit code as the bundle', () => {
    const installed = spawnSync(join(repoRoot, 'node_modules/.bin/sop'), ['check', '--lang', 'en', 'examples', '.ci'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const bundle = runSop(['check', '--lang', 'en', 'examples', '.ci']);
    expect(existsSync(join(repoRoot, 'packages/cli/dist/check.blob'))).toBe(true);
    expect(installed.status).toBe(bundle.status);
    expect(installed.stderr).toBe(bundle.stderr);
  });

  it('runs the other commands through the bundle', () => {
    const installed = spawnSync(join(repoRoot, 'node_modules/.bin/sop'), ['compile', 'examples/first-sop-en.sop'], { cwd: repoRoot, encoding: 'utf8' });
    expect(installed.status).toBe(0);
    expect(JSON.parse(installed.stdout)).toMatchObject({ id: 'first-sop-en' });
  });
});
