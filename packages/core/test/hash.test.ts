// The process hash is sha256 over the normalised source (docs/schema.md): layout-blind, content-exact. contentHash names
// small pieces of compiled content (drill items) by their JSON without ranges.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProcess, contentHash, type ProcessJson } from '../src/index.js';
import { format } from '../src/format/index.js';

const root = new URL('../../../', import.meta.url);
const corpus = ['processes', 'examples'].flatMap((dir) => readdirSync(new URL(`${dir}/`, root), { recursive: true }).map(String)
  .filter((f) => f.endsWith('.sop')).map((f) => ({ name: `${dir}/${f}`, text: readFileSync(new URL(`${dir}/${f}`, root), 'utf8') })));

const compiled = (text: string): ProcessJson | undefined => compileProcess(text).process;
const hashOf = (text: string) => compiled(text)?.hash;
/** The compiled content without source ranges and the hash: what the hash must tell apart. */
const content = (doc: ProcessJson) => {
  const { hash: _, ...rest } = doc;
  return JSON.stringify(rest, (key, value) => (key === 'range' ? undefined : value));
};

describe('process hash', () => {
  it('is sha256 over the source, and the formatter keeps it on every real process and example', () => {
    expect(corpus.length).toBeGreaterThan(5);
    for (const { name, text } of corpus) {
      const hash = hashOf(text);
      expect(hash, name).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(hashOf(format(text)), name).toBe(hash);
    }
  });

  it('ignores layout, comments, colon style and keyword spelling', () => {
    const text = corpus.find((c) => c.name.endsWith('home-service-visit.sop'))!.text;
    const relaid = text.split('\n')
      .map((line) => line.trim() === '' ? line : `\u3000 ${line.trimStart().replace(/^(工作标准|问题|措施)[ \t]*[:：]/, (_, k: string) => `${k} ： `)}   `)
      .flatMap((line, i) => i % 7 === 0 ? [line, '', '   # 注释'] : [line])
      .join('\r\n')
      .replace(/^([\u3000 ]*)工步(?=[ \d])/gm, '$1步骤')
      .replace(/^([\u3000 ]*)措施(?=[ ：:])/gm, '$1解决措施');
    expect(relaid).not.toBe(text);
    expect(compiled(relaid)).toBeDefined();
    expect(hashOf(relaid)).toBe(hashOf(text));
  });

  it('changes with the language, a word, a number, a tag and the order of lines', () => {
    const base = '# language: zh-CN\n流程: 试\n  编号: t\n工步 1: 敲门\n  工作标准: 按门铃一下\n  工作标准: 轻敲两次\n工步 2: 进门\n  工作标准: 穿鞋套\n';
    const variants = [
      base.replace('zh-CN', 'zh-TW'),
      base.replace('按门铃一下', '按门铃两下'),
      base.replace('按门铃一下', '按门铃 一下'),
      base.replace('工步 2', '工步 3'),
      base.replace('轻敲两次', '轻敲两次 @MOT'),
      base.replace('  工作标准: 按门铃一下\n  工作标准: 轻敲两次\n', '  工作标准: 轻敲两次\n  工作标准: 按门铃一下\n'),
    ];
    const hashes = new Set([base, ...variants].map(hashOf));
    expect(hashes.has(undefined)).toBe(false);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('tells apart every two mutations of the real processes that compile to different content', () => {
    const small = corpus.filter((c) => c.text.length < 20_000);
    const mutation = fc.record({
      file: fc.nat({ max: small.length - 1 }),
      at: fc.nat(), cut: fc.nat({ max: 6 }),
      insert: fc.constantFrom('', ' ', '，', '2', 'a', '：', '@MOT ', '\n', '  详见: 规范\n', '  # x\n'),
    });
    let distinct = 0;
    fc.assert(fc.property(mutation, mutation, (m1, m2) => {
      const apply = (m: typeof m1) => {
        const text = small[m1.file]!.text;
        const at = m.at % (text.length + 1);
        return text.slice(0, at) + m.insert + text.slice(at + m.cut);
      };
      const [a, b] = [compiled(apply(m1)), compiled(apply(m2))];
      if (!a || !b || content(a) === content(b)) return;
      distinct++;
      expect(a.hash).not.toBe(b.hash);
    }), { numRuns: 120 });
    expect(distinct).toBeGreaterThan(20);
  });
});

describe('contentHash', () => {
  const range = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 9 } });
  const definition = (value: object) => `sha256:${createHash('sha256').update(JSON.stringify(value, (k, v) => (k === 'range' ? undefined : v))).digest('hex')}`;

  it('is sha256 over the JSON without ranges (which never come first in compiled elements)', () => {
    const samples: object[] = [
      {},
      { after: 1, range: range(1) },
      { a: undefined, b: [undefined, 2], c: { d: '中文"\\', range: range(2) }, range: range(3) },
      { o: '是', r: ['a', 'b'], table: { rules: [{ text: 'x', range: range(4) }] } },
    ];
    for (const sample of samples) expect(contentHash(sample)).toBe(definition(sample));
  });

  it('ignores ranges but not content', () => {
    expect(contentHash({ a: [{ t: 'x', range: range(1) }] })).toBe(contentHash({ a: [{ t: 'x', range: range(7) }] }));
    expect(contentHash({ a: [{ t: 'x', range: range(1) }] })).not.toBe(contentHash({ a: [{ t: 'y', range: range(1) }] }));
  });
});
