// recheck() after an edit gives exactly what check() gives on the edited text (random edits of the real processes), and
// reuses the untouched part of the previous tree when the edit stays inside steps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSteps, check, keywordTable, languages, recheck, type CheckResult } from '../src/index.js';

const repo = join(import.meta.dirname, '../../..');
const corpus = ['processes', 'examples'].flatMap((dir) =>
  readdirSync(join(repo, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.sop'))
    .map((f) => readFileSync(join(repo, dir, f), 'utf8')));

/** What a user sees of a check: the tree and the diagnostics (the reused parse itself may differ in order only). */
function seen(result: CheckResult) {
  return { ast: result.ast, diagnostics: result.diagnostics, pending: [...result.parsed.pending].sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code)) };
}

const keywords = keywordTable.flatMap((entry) => languages.flatMap((l) => entry.words[l]));
const piece = fc.oneof(
  fc.constantFrom(...keywords),
  fc.constantFrom(':', '：', ' ', '\u3000', '\n', '\r\n', '\r', '#', '# ', '- ', '@', '工步 8: 新', '\n工步 30: 新工步\n', '转到 工步 3', '当 ', '是', '否', '\t', '新', 'a'),
  fc.string({ maxLength: 4 }),
);

function applyEdit(text: string, edit: { at: number; cut: number; insert: string }): string {
  const at = edit.at % (text.length + 1);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
}

describe('recheck', () => {
  it('gives the same tree and diagnostics as check() after random edits of the real processes', () => {
    const edits = fc.record({
      file: fc.nat({ max: corpus.length - 1 }),
      edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.oneof(piece, fc.constant('')) }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(edits, ({ file, edits }) => {
        let text = corpus[file]!;
        let result = check(text, { uri: 'edited.sop' });
        for (const edit of edits) {
          text = applyEdit(text, edit);
          result = recheck(result, text, { uri: 'edited.sop' });
          expect(seen(result)).toEqual(seen(check(text, { uri: 'edited.sop' })));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result for edits placed inside step texts (the reusing path)', () => {
    const file = corpus.find((text) => text.includes('工步 8'))!;
    const steps = allSteps(check(file).ast);
    const edits = fc.record({
      step: fc.nat({ max: steps.length - 1 }),
      into: fc.nat(),
      cut: fc.nat({ max: 3 }),
      insert: fc.oneof(piece, fc.constant('')),
    });
    fc.assert(
      fc.property(edits, ({ step, into, cut, insert }) => {
        const span = steps[step]!.span;
        const at = span.start + (into % (span.end - span.start));
        const text = file.slice(0, at) + insert + file.slice(at + cut);
        expect(seen(recheck(check(file), text))).toEqual(seen(check(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('reuses the steps around an edit and re-reads only the edited one', () => {
    const file = corpus.find((text) => text.includes('工步 8'))!;
    const before = check(file);
    const oldSteps = allSteps(before.ast);
    const oldStarts = oldSteps.map((s) => s.span.start);
    const at = file.indexOf('敲门', file.indexOf('工步 8'));
    const after = recheck(before, `${file.slice(0, at)}轻轻${file.slice(at)}`);
    const newSteps = allSteps(after.ast);
    const edited = newSteps.findIndex((s) => s.value.text.includes('轻轻敲门'));
    expect(edited).toBeGreaterThan(0);
    expect(newSteps).toHaveLength(oldSteps.length);
    newSteps.forEach((step, i) => {
      if (i !== edited) expect(step).toBe(oldSteps[i]);
      expect(step.span.start).toBe(oldStarts[i]! + (i > edited ? 2 : 0));
    });
    expect(newSteps[edited]).not.toBe(oldSteps[edited]);
  });

  it('parses the whole text when a previous version is rechecked twice (its tree was taken over the first time)', () => {
    const file = corpus.find((text) => text.includes('工步 8'))!;
    const before = check(file);
    const at = file.indexOf('敲门', file.indexOf('工步 8'));
    recheck(before, `${file.slice(0, at)}轻轻${file.slice(at)}`);
    const text = `${file.slice(0, at)}重重${file.slice(at)}`;
    expect(seen(recheck(before, text))).toEqual(seen(check(text)));
  });

  it('re-reads up to the next phase when an edit changes what holds the steps after it', () => {
    const file = corpus.find((text) => text.includes('工步 8'))!;
    const before = check(file);
    const at = file.indexOf('工步 8');
    const text = `${file.slice(0, at)}阶段: 新阶段\n${file.slice(at)}`;
    const after = recheck(before, text);
    expect(seen(after)).toEqual(seen(check(text)));
    expect(allSteps(after.ast)[0]).toBe(allSteps(before.ast)[0]);
  });

  it('parses the whole text again when an edit touches the process header', () => {
    const file = corpus.find((text) => text.includes('工步 8'))!;
    const before = check(file);
    const at = file.indexOf('\n') + 1;
    const text = `${file.slice(0, at)}# 注释\n${file.slice(at)}`;
    const after = recheck(before, text);
    expect(seen(after)).toEqual(seen(check(text)));
    expect(allSteps(after.ast)[0]).not.toBe(allSteps(before.ast)[0]);
  });

  it('reports a line misplaced under a second process header after an unreadable line, in check() and after an edit alike', () => {
    const before = check('流程: A\n编号: a\n工步 3: x\n来源: yz\n流程: z\n问题: p\n措施: q\n');
    const text = '流程: A\n编号: a\n工步 3: x\n来源: y\n阶段: Q\nz\n流程: z\n问题: p\n措施: q\n';
    const after = recheck(before, text);
    expect(seen(after)).toEqual(seen(check(text)));
    expect(check(text).diagnostics.map((d) => `${d.range.start.line}:${d.code}`)).toEqual(['6:SOP1002', '7:SOP2015', '8:SOP1004']);
  });
});
