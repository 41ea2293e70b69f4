// Decision tables: well-formed facts and conditions, known facts and values, gaps and overlaps (warnings with the rows).
import type { Span } from '../../ast/nodes.js';
import type { PendingDiagnostic } from '../../diagnostics/messages.js';
import { analyseTable } from '../../model/decision-table.js';
import { suggestName } from '../../model/names.js';
import type { Rule } from '../context.js';

export const decisionTables: Rule = ({ doc }) => {
  const list = doc.language === 'en' ? '; ' : '；';
  const and = doc.language === 'en' ? ', ' : '、';
  const out: PendingDiagnostic[] = [];
  for (const table of doc.tables) {
    const labels = new Map<string, Span>();
    for (const rule of table.rules) {
      if (!rule.label) continue;
      const first = labels.get(rule.label.text);
      if (first) out.push({ code: 'SOP2034', span: rule.label.span, args: { label: rule.label.text }, related: [{ span: first, text: { 'zh-CN': '首次出现在这里', en: 'first used here' } }] });
      else labels.set(rule.label.text, rule.label.span);
    }
    const analysis = analyseTable(table);
    for (const problem of analysis.problems) {
      switch (problem.type) {
        case 'bad-fact': out.push({ code: 'SOP1016', span: problem.span, args: { text: problem.text } }); break;
        case 'bad-condition': out.push({ code: 'SOP1015', span: problem.span, args: { text: problem.text } }); break;
        case 'unknown-fact': {
          const suggestion = suggestName(problem.fact, problem.known);
          out.push({
            code: 'SOP2022', span: problem.span,
            args: { fact: problem.fact, hint: suggestion ? `是不是「${suggestion}」？` : '', hintEn: suggestion ? ` Did you mean “${suggestion}”?` : '' },
          });
          break;
        }
        case 'bad-value': out.push({ code: 'SOP2023', span: problem.span, args: { fact: problem.fact, value: problem.value, expected: problem.expected } }); break;
      }
    }
    for (const gap of analysis.gaps) {
      out.push({
        code: 'SOP2020', span: table.keyword.span,
        args: {
          table: table.value.text, uncovered: gap.uncovered.join(list), rules: gap.rules.map((r) => r.label).join(and),
          context: gap.context ? `，且 ${gap.context}` : '', contextEn: gap.context ? `, with ${gap.context}` : '',
        },
        related: gap.rules.map((r) => ({ span: r.span, text: { 'zh-CN': `规则 ${r.label}：${r.outcome}`, en: `rule ${r.label}: ${r.outcome}` } })),
      });
    }
    for (const overlap of analysis.overlaps) {
      out.push({
        code: 'SOP2021', span: overlap.second.span,
        args: { first: overlap.first.label, second: overlap.second.label, witness: overlap.witness.join(and) },
        related: [{ span: overlap.first.span, text: { 'zh-CN': `规则 ${overlap.first.label}：${overlap.first.outcome}`, en: `rule ${overlap.first.label}: ${overlap.first.outcome}` } }],
      });
    }
  }
  return out;
};
