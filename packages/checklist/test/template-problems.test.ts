// A custom template's mistakes become positioned diagnostics naming the field, helper or partial — never blanks or a stack trace.
import { describe, expect, it } from 'vitest';
import { compileFile, renderInline } from './helpers.js';

const proc = compileFile('packages/checklist/test/fixtures/timings-and-decisions.sop');

async function problemOf(template: string) {
  const outcome = await renderInline(proc, template);
  if (!('problem' in outcome)) throw new Error(`expected a problem, got ${JSON.stringify(outcome).slice(0, 200)}`);
  const [diagnostic] = outcome.problem.diagnostics;
  return { file: outcome.problem.file.name, code: diagnostic!.code, message: diagnostic!.message, line: diagnostic!.range.start.line, column: diagnostic!.range.start.column };
}

describe('missing fields (Handlebars strict mode)', () => {
  it('names a misspelt field, its line and the field it probably meant', async () => {
    expect(await problemOf('<h1>{{process.title}}</h1>\n<p>\n  {{process.titel}}\n</p>')).toEqual({
      file: 'mine.hbs', code: 'SOP3102', line: 3, column: 5,
      message: 'The template refers to the field “titel”, which does not exist (in “process.titel”). Did you mean “title”?',
    });
  });

  it('names a missing field inside a loop', async () => {
    const problem = await problemOf('{{#each steps}}\n{{#each standards}}{{txt}}{{/each}}\n{{/each}}');
    expect(problem).toMatchObject({ code: 'SOP3102', line: 2, column: 22 });
    expect(problem.message).toContain('“txt”');
    expect(problem.message).toContain('Did you mean “text”?');
  });

  it('names the first segment of a path when that is what is missing', async () => {
    const problem = await problemOf('{{#each steps}}{{ownerz.length}}{{/each}}');
    expect(problem).toMatchObject({ code: 'SOP3102', line: 1 });
    expect(problem.message).toContain('“ownerz”');
    expect(problem.message).toContain('Did you mean “owners”?');
  });

  it('names a field looked up on a text', async () => {
    expect(await problemOf('{{#each process.roles}}\n{{this.name}}{{/each}}')).toMatchObject({ code: 'SOP3102', line: 2 });
  });
});

describe('other template mistakes', () => {
  it('refuses unescaped output of process text', async () => {
    expect(await problemOf('ok {{process.id}}\n{{{process.title}}}')).toMatchObject({ code: 'SOP3103', line: 2, column: 1 });
    expect(await problemOf('{{& process.title}}')).toMatchObject({ code: 'SOP3103', line: 1 });
  });

  it('names an unknown helper with a suggestion, even where the template never runs it', async () => {
    const problem = await problemOf('line one\n{{#each steps}}{{#each timings}}{{timeing this}}{{/each}}{{/each}}');
    expect(problem).toMatchObject({ code: 'SOP3104', line: 2 });
    expect(problem.message).toBe('The template uses the helper “timeing”, which does not exist. Did you mean “timing”?');
  });

  it('names an unknown partial', async () => {
    const problem = await problemOf('\n\n{{> sheet-heder}}');
    expect(problem).toMatchObject({ code: 'SOP3104', line: 3 });
    expect(problem.message).toContain('Did you mean “sheet-header”?');
  });

  it('reports syntax errors on their line', async () => {
    expect(await problemOf('<p>\n{{#if process.version}}\nno end')).toMatchObject({ code: 'SOP3101', line: 3 });
    expect(await problemOf('{{#if process.version}}x{{/each}}')).toMatchObject({ code: 'SOP3101', line: 1 });
  });

  it('says how a helper was misused', async () => {
    const problem = await problemOf('\n{{timing process}}');
    expect(problem).toMatchObject({ code: 'SOP3105', line: 2 });
    expect(problem.message).toContain('timing expects a timing kind, got undefined');
  });

  it('points into the calling template for a mistake inside a partial block', async () => {
    expect(await problemOf('{{#> page sheetTitle="x"}}\n<p>\n{{process.versoin}}</p>\n{{/page}}')).toMatchObject({ file: 'mine.hbs', code: 'SOP3102', line: 3 });
  });

  it('points into a built-in partial when the mistake happens there', async () => {
    const problem = await problemOf('{{#each steps}}{{> remedy}}{{/each}}');
    expect(problem.file).toBe('remedy');
    expect(problem.code).toBe('SOP3102');
  });
});

describe('templates that are right', () => {
  it('render optional fields that are null without complaint, and every helper', async () => {
    const outcome = await renderInline(proc, [
      '{{#if process.owner}}owner{{else}}no owner{{/if}}',
      '{{#each steps}}[{{stepHeading this}}|{{join owners}}|{{join owners " / "}}{{#each standards}}|{{itemNumber ../number @index}}{{#each timings}} {{timing this}} {{duration duration}}{{/each}}{{/each}}]{{/each}}',
      '{{shortHash process.hash}} {{inc 1}} {{#if (eq template "mine")}}mine{{/if}} {{totals.standards}}/{{totals.problems}}',
    ].join('\n'));
    expect(outcome).toEqual({ text: expect.stringContaining('no owner') });
    const text = (outcome as { text: string }).text;
    expect(text).toContain('[工步 1：接听电话|客服专员|客服专员|1.1 提前 1～2 分钟 1 分钟|1.2]');
    expect(text).toContain('[工步 2：处理与回电|值班经理、区域督导|值班经理 / 区域督导|2.1 每天 1 天]');
    expect(text).toContain(`${proc.hash.slice(7, 19)} 2 mine 3/4`);
  });

  it('show fields newer than the templates through extras', async () => {
    const future = { ...proc, deadlines: [{ text: '24 小时内结案' }], steps: proc.steps.map((s) => ({ ...s, kpi: '一次解决率' })) };
    const outcome = await renderInline(future as never, '{{#each (extras process "process")}}{{label}}={{text}};{{/each}}{{#each steps}}{{#each (extras this "step")}}{{label}}={{text}};{{/each}}{{/each}}');
    expect(outcome).toEqual({ text: 'deadlines=24 小时内结案;关键指标=一次解决率;关键指标=一次解决率;' });
  });
});
