// One measurement in a fresh process, for peak memory: prints the max-RSS growth of one operation on one generated file.
import { compileDocument, lex, parse, schemaProblems, validate } from '../packages/core/src/index.js';
import { AstBuilder, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';
import { generateGherkin, generateSop } from './generate.js';

const [op, size] = [process.argv[2]!, Number(process.argv[3])];
const sop = generateSop(size);
const gherkin = op === 'gherkin' ? generateGherkin(size) : '';
const compiled = op === 'json' ? JSON.stringify(compileDocument(parse(sop).ast, parse(sop).lines)) : '';
parse('流程: warm\n  编号: warm\n');
const before = process.resourceUsage().maxRSS;
let keep: unknown;
switch (op) {
  case 'lex': keep = lex(sop); break;
  case 'parse': keep = parse(sop); break;
  case 'validate': { const r = parse(sop); keep = validate(r.ast, r.lines); break; }
  case 'compile': { const r = parse(sop); validate(r.ast, r.lines); const doc = compileDocument(r.ast, r.lines); schemaProblems(doc); keep = doc; break; }
  case 'json': keep = JSON.parse(compiled); break;
  case 'gherkin': keep = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher()).parse(gherkin); break;
}
const grown = (process.resourceUsage().maxRSS - before) * 1024;
process.stdout.write(JSON.stringify({ bytes: grown, kept: keep !== undefined }));
