// Without Chromium, `sop build` says what is missing and how to install it, still writes the JSON, the .mmd and the
// HTML/Markdown checklists, and fails only when rendered outputs were asked for explicitly; a slow fontconfig (a busy
// machine) is waited for, not taken for a missing Chinese font; a build killed with SIGKILL leaves no Chromium running,
// and the next one removes the profile folder it left.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runSop, sopBin } from './helpers/run-sop.js';

function projectWithoutChromium(chromium = '/nonexistent/chromium'): string {
  const dir = mkdtempSync(join(tmpdir(), 'sop-nochromium-'));
  mkdirSync(join(dir, 'processes'));
  writeFileSync(join(dir, 'processes/first.sop'), readFileSync(join(repoRoot, 'examples/first-sop.sop')));
  writeFileSync(join(dir, 'sopkit.yaml'), `chromium: ${chromium}\n`);
  return dir;
}

describe('rendering without Chromium', () => {
  it('writes everything it can and explains what is missing, in the documents’ language', () => {
    const dir = projectWithoutChromium();
    const run = runSop(['build'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('warning SOP3202');
    expect(run.stderr).toContain('warning SOP3108');
    expect(run.stderr).toContain('sudo apt-get install chromium');
    expect(run.stderr).toContain('找不到 Chromium');
    const files = readdirSync(join(dir, 'out/first-sop')).sort();
    expect(files).toEqual([
      'checklist-audit.html', 'checklist-audit.md', 'checklist-card.html', 'checklist-card.md',
      'checklist-training.html', 'checklist-training.md', 'diagram.mmd', 'process.json',
    ]);
  });

  it('fails (exit 2) when diagrams or checklists were asked for explicitly', () => {
    const dir = projectWithoutChromium();
    const diagrams = runSop(['build', '--only', 'json,diagram'], { cwd: dir });
    expect(diagrams.status).toBe(2);
    expect(diagrams.stderr).toContain('error SOP3201');
    expect(existsSync(join(dir, 'out/first-sop/diagram.mmd'))).toBe(true);
    expect(existsSync(join(dir, 'out/first-sop/diagram.svg'))).toBe(false);
    const checklists = runSop(['build', '--only', 'json,checklist'], { cwd: dir });
    expect(checklists.status).toBe(2);
    expect(checklists.stderr).toContain('error SOP3107');
  });

  it('reports a Chromium that is installed but does not start, without a stack trace, and keeps existing outputs', () => {
    const dir = projectWithoutChromium('/bin/false');
    const build = runSop(['build'], { cwd: dir });
    expect(build.status).toBe(2);
    expect(build.stderr).toContain('error SOP3203');
    expect(build.stderr).toContain('warning SOP3108');
    expect(build.stderr).toContain('Chromium 无法启动');
    expect(existsSync(join(dir, 'out/first-sop/checklist-training.html'))).toBe(true);
    for (const [command, output] of [['diagram', 'keep.svg'], ['checklist', 'keep.pdf']] as const) {
      writeFileSync(join(dir, output), 'old');
      const run = runSop([command, 'processes/first.sop', '-o', output], { cwd: dir });
      expect(run.status, command).toBe(2);
      expect(run.stderr, command).toMatch(/error SOP3(203|107)/);
      expect(run.stderr, command).not.toMatch(/internal error|\n\s+at /);
      expect(readFileSync(join(dir, output), 'utf8')).toBe('old');
    }
    expect(build.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('a slow fontconfig', () => {
  it('is waited for: the diagram is drawn, not skipped for want of a Chinese font', () => {
    // Note: fc-list answering after 6 s, longer than the time limit that once made a busy machine look fontless.
    const bin = mkdtempSync(join(tmpdir(), 'sop-slow-fc-'));
    const real = execFileSync('sh', ['-c', 'command -v fc-list'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'fc-list'), `#!/bin/sh\nsleep 6\nexec ${real} "$@"\n`);
    chmodSync(join(bin, 'fc-list'), 0o755);
    const output = join(bin, 'first.svg');
    const run = runSop(['diagram', 'examples/first-sop.sop', '-o', output], { env: { PATH: `${bin}:${process.env['PATH'] ?? ''}` } });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('fonts-noto-cjk');
    expect(readFileSync(output, 'utf8')).toMatch(/^<svg\b/);
  });
});

/** The processes running with a command-line argument naming `path` (from /proc). */
function processesUsing(path: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg.includes(path)) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

const until = async (what: () => boolean, seconds: number) => {
  for (let waited = 0; !what() && waited < seconds * 10; waited++) await new Promise((resolve) => setTimeout(resolve, 100));
  return what();
};

describe('a build killed with SIGKILL', () => {
  it('takes its Chromium with it, and the next build removes the profile folder it left (only that one)', async () => {
    const project = mkdtempSync(join(tmpdir(), 'sop-killed-'));
    const temporary = mkdtempSync(join(tmpdir(), 'sop-killed-tmp-'));
    cpSync(join(repoRoot, 'processes'), join(project, 'processes'), { recursive: true });
    const env = { ...process.env, TMPDIR: temporary, XDG_CACHE_HOME: join(temporary, 'xdg'), NO_COLOR: '1' };
    const build = spawn(process.execPath, [sopBin, 'build'], { cwd: project, env, stdio: 'ignore' });
    const profile = () => readdirSync(temporary).find((name) => name.startsWith(`sopkit-chromium-${build.pid}-`));
    expect(await until(() => profile() !== undefined && processesUsing(join(temporary, profile()!)).length > 0, 60), 'Chromium started').toBe(true);
    const folder = join(temporary, profile()!);
    const chromium = processesUsing(folder);
    build.kill('SIGKILL');
    expect(await until(() => processesUsing(folder).length === 0, 20), `Chromium ${chromium.join(' ')} still running`).toBe(true);
    expect(existsSync(folder)).toBe(true);

    const other = join(temporary, 'sopkit-chromium-notours');
    mkdirSync(other);
    const next = runSop(['diagram', 'processes/home-service-visit.sop', '-o', 'visit.svg'], { cwd: project, env });
    expect(next.status, next.stderr).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(temporary).filter((name) => name.startsWith('sopkit-chromium-'))).toEqual(['sopkit-chromium-notours']);
  });
});
