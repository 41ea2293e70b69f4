// Every real process checks clean (the only warnings are the sources' own gaps and overlap), compiles to JSON that
// validates against the schema, and matches its reviewed golden JSON (test/golden/<id>.json; UPDATE with vitest -u).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcess, schemaProblems } from '../packages/core/src/index.js';
import { repoRoot } from './helpers/run-sop.js';

const files = readdirSync(join(repoRoot, 'processes')).filter((f) => f.endsWith('.sop')).sort();

/**
 * Warnings the sources deserve: the 003 policy leaves day 30 and exactly 3 months uncovered, and R1/R2 overlap; the 002
 * closing times say nothing of tier-4 markets for normal completions.
 */
const deserved: Record<string, string[]> = { 'after-sales-policy.sop': ['SOP2020', 'SOP2021'], 'order-closing-rules.sop': ['SOP2020'] };

describe('processes/', () => {
  it('holds the five source documents', () => {
    expect(files).toEqual(['after-sales-policy.sop', 'dealer-appointment.sop', 'home-service-visit.sop', 'order-closing-rules.sop', 'technical-service.sop']);
  });

  for (const file of files) {
    it(`${file} checks, compiles, validates and matches its golden JSON`, async () => {
      const result = compileProcess(readFileSync(join(repoRoot, 'processes', file), 'utf8'), { uri: file });
      expect(result.diagnostics.map((d) => `${d.code} ${d.range.start.line}: ${d.message}`).filter((d) => !deserved[file]?.some((c) => d.startsWith(c)))).toEqual([]);
      expect(result.process).toBeDefined();
      expect(schemaProblems(result.process)).toEqual([]);
      await expect(`${JSON.stringify(result.process, null, 2)}\n`).toMatchFileSnapshot(join(repoRoot, 'test/golden', `${result.process!.id}.json`));
    });
  }

  it('finds the policy gap at exactly day 30 and three months', () => {
    const policy = compileProcess(readFileSync(join(repoRoot, 'processes/after-sales-policy.sop'), 'utf8'));
    const gap = policy.diagnostics.find((d) => d.code === 'SOP2020');
    expect(gap?.message).toContain('30天');
    expect(gap?.message).toContain('3个月');
    expect(policy.process?.tables[0]?.gaps[0]?.uncovered).toEqual(['购买天数 = 30天', '购买天数 = 3个月']);
  });

  it('keeps the home-visit SOP faithful: 24 steps, 13 a marked gap (missing in the source), 70 problems', () => {
    const home = compileProcess(readFileSync(join(repoRoot, 'processes/home-service-visit.sop'), 'utf8')).process!;
    expect(home.steps.map((s) => s.number)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
    expect(home.steps.map((s) => s.problems.length)).toEqual([1, 6, 6, 1, 1, 2, 3, 3, 8, 3, 2, 3, 0, 4, 10, 3, 2, 3, 3, 1, 1, 1, 1, 2]);
    const gap = home.steps[12]!;
    expect(gap.title).toBe('（原文缺失）');
    expect(gap.missing).toHaveLength(1);
    // the orphan standard L35, attributed to the gap as the digest infers, and marked uncertain
    expect(gap.standards.map((w) => [w.text.slice(0, 9), w.references, w.uncertain.length])).toEqual([['如安装产品,则安装', ['安装规范'], 1]]);
  });
});
