// Decision tables drawn as decision diagrams: one diamond per rule in order, yes → outcome, no → next rule, ending in
// "no rule applies" with the values the checker found uncovered.
import { describe, expect, it } from 'vitest';
import { compileProcess } from '@sopkit/core';
import { buildGraph, defaultDiagramOptions, isGroupForTest, type GraphNode } from './graph-helpers.js';

const source = `流程: 政策
  编号: policy
工步 1: 受理
  工作标准: 审核小票
决策表: 退换货
  事实: 购买天数 = 天数
  事实: 质量问题 = 是/否
  规则 R3: 调换
    当 购买天数 > 15天
    当 购买天数 < 30天
    当 质量问题 = 是
  规则 R4: 免费维修
    当 购买天数 > 30天
    当 质量问题 = 是
    时间: 1周内
`;

describe('decision tables in diagrams', () => {
  const process = compileProcess(source).process!;
  const graph = buildGraph(process, { ...defaultDiagramOptions, legend: false });
  const frame = graph.items.filter(isGroupForTest).find((g) => g.items.some((i) => 'kind' in i && i.kind === 'decision'))!;
  const nodes = frame.items as GraphNode[];
  const text = (node: GraphNode) => node.lines.map((l) => l.text).join(' ');

  it('asks the rules in order, each with its conditions, and leads to its outcome', () => {
    expect(nodes.map((n) => n.kind)).toEqual(['terminal', 'decision', 'outcome', 'decision', 'outcome', 'note']);
    expect(text(nodes[0]!)).toBe('决策表：退换货');
    expect(text(nodes[1]!)).toContain('R3');
    expect(text(nodes[1]!).replace(/\s/g, '')).toContain('购买天数>15天且购买天数<30天且质量问题=是');
    expect(text(nodes[4]!)).toContain('1周内');
    const labelled = graph.edges.filter((e) => e.from === nodes[1]!.id).map((e) => [e.to, e.label]);
    expect(labelled).toEqual([[nodes[2]!.id, '是'], [nodes[3]!.id, '否']]);
  });

  it('hangs the table below the end of the flow (unconnected, ELK would lay it out beside the flow, first)', () => {
    expect(graph.edges.filter((e) => e.to === nodes[0]!.id)).toEqual([{ from: 'finish', to: nodes[0]!.id, kind: 'order' }]);
    const two = compileProcess(source.replace('决策表: 退换货', '决策表: 甲\n  规则 R0: 先问\n    当 质量问题 = 否\n决策表: 退换货')).process!;
    const drawn = buildGraph(two, { ...defaultDiagramOptions, legend: false });
    const [first, second] = drawn.items.filter(isGroupForTest).map((f) => f.items as GraphNode[]);
    expect(drawn.edges.filter((e) => e.kind === 'order' && (e.to === first![0]!.id || e.to === second![0]!.id))).toEqual([
      { from: 'finish', to: first![0]!.id, kind: 'order' },
      { from: first!.at(-1)!.id, to: second![0]!.id, kind: 'order' },
    ]);
  });

  it('ends in "no rule applies" with the uncovered values', () => {
    expect(text(nodes[5]!)).toBe('无规则适用 无规则覆盖： 购买天数 = 30天');
    expect(graph.edges.some((e) => e.from === nodes[3]!.id && e.to === nodes[5]!.id && e.label === '否')).toBe(true);
  });
});
