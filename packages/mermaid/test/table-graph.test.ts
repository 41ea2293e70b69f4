// Decision tables drawn as tables: one row per rule (its name, its condition on each fact, its outcome and timings), the
// checker's gaps and overlaps under the rows, a column of conditions when a column per fact would be too wide, a long
// table in several boxes, hung below the end of the flow one under the other.
import { describe, expect, it } from 'vitest';
import { compileProcess } from '@sopkit/core';
import { buildGraph, defaultDiagramOptions, type GraphNode } from './graph-helpers.js';

const source = `流程: 政策
  编号: policy
工步 1: 受理
  工作标准: 审核小票
决策表: 退换货
  事实: 购买天数 = 天数
  事实: 质量问题 = 是/否
  规则 R1: 退货
    当 购买天数 <= 7天
  规则 R2: 予以退货
    当 购买天数 <= 15天
    当 质量问题 = 是
  规则 R3: 调换
    当 购买天数 > 15天
    当 购买天数 < 30天
    当 质量问题 = 是
  规则 R4: 免费维修
    当 购买天数 > 30天
    当 质量问题 = 是
    时间: 1周内
`;

/** The table boxes of a compiled process's diagram. */
function tableBoxes(text: string): { boxes: GraphNode[]; edges: ReturnType<typeof buildGraph>['edges'] } {
  const graph = buildGraph(compileProcess(text).process!, { ...defaultDiagramOptions, legend: false });
  return { boxes: graph.items.filter((item): item is GraphNode => 'kind' in item && item.kind === 'table'), edges: graph.edges };
}

const cells = (box: GraphNode) => box.table!.rows.map((row) => row.map((cell) => cell.map((line) => line.text).join(' / ')));

describe('decision tables in diagrams', () => {
  const { boxes, edges } = tableBoxes(source);

  it('draws the rules as rows: the rule, its condition under each fact (a dash where it tests none), its outcome and timings', () => {
    expect(boxes).toHaveLength(1);
    const [box] = boxes as [GraphNode];
    expect(box.lines).toEqual([{ text: '决策表：退换货', strong: true }]);
    expect(box.table!.columns).toEqual(['规则', '购买天数', '质量问题', '结果']);
    expect(cells(box)).toEqual([
      ['R1', '≤ 7天', '', '退货'],
      ['R2', '≤ 15天', '是', '予以退货'],
      ['R3', '> 15天 且 < 30天', '是', '调换'],
      ['R4', '> 30天', '是', '免费维修 / 1周内'],
    ]);
    expect(box.table!.rows[0]![0]).toEqual([{ text: 'R1', strong: true }]);
    expect(box.table!.wide).toBeUndefined();
  });

  it("writes the checker's gaps and overlaps under the rows", () => {
    expect(boxes[0]!.table!.notes.map((line) => line.text)).toEqual([
      '无规则覆盖：购买天数 = 30天（当 质量问题 = 是）',
      '规则 R1 与 R2 可能同时适用，例如 购买天数 = 7天、质量问题 = 是',
    ]);
  });

  it('hangs the tables below the end of the flow, one under the other (unconnected, ELK would lay them out beside the flow, first)', () => {
    const two = tableBoxes(source.replace('决策表: 退换货', '决策表: 甲\n  规则 R0: 先问\n    当 质量问题 = 否\n决策表: 退换货'));
    expect(two.boxes.map((box) => box.lines[0]!.text)).toEqual(['决策表：甲', '决策表：退换货']);
    expect(two.edges.filter((e) => two.boxes.some((box) => box.id === e.to))).toEqual([
      { from: 'finish', to: two.boxes[0]!.id, kind: 'order' },
      { from: two.boxes[0]!.id, to: two.boxes[1]!.id, kind: 'order' },
    ]);
    expect(edges.filter((e) => e.to === boxes[0]!.id)).toEqual([{ from: 'finish', to: boxes[0]!.id, kind: 'order' }]);
  });

  it('lists each rule\'s conditions in one wide column when a column per fact would be wider than a flow', () => {
    const facts = ['有明显的使用或加工痕迹', '为顾客定制、特别加工的商品', '原包装损坏或遗失', '因顾客原因造成商品损害', '特价品或赠品'];
    const table = `流程: 政策\n  编号: policy\n决策表: 恕不退换\n${facts.map((f) => `  事实: ${f} = 是/否`).join('\n')}\n${
      facts.map((f, i) => `  规则 X${i + 1}: 恕不退换\n    当 ${f} = 是`).join('\n')}\n`;
    const [box] = tableBoxes(table).boxes as [GraphNode];
    expect(box.table!.columns).toEqual(['规则', '条件', '结果']);
    expect(box.table!.wide).toBe(1);
    expect(cells(box)[1]).toEqual(['X2', '为顾客定制、特别加工的商品：是', '恕不退换']);
  });

  it('goes on in further boxes titled (续) when the rows would not fit half a printed page, every rule once', () => {
    const rules = Array.from({ length: 60 }, (_, i) => `  规则 D${i + 1}: 处理${i + 1}\n    当 天数 = ${i + 1}`).join('\n');
    const { boxes: long, edges: stacked } = tableBoxes(`流程: 长表\n  编号: long\n决策表: 按天数\n  事实: 天数 = 天数\n${rules}\n`);
    expect(long.length).toBeGreaterThan(1);
    expect(long.map((box) => box.lines[0]!.text)).toEqual(['决策表：按天数', ...long.slice(1).map(() => '决策表：按天数（续）')]);
    expect(long.flatMap((box) => cells(box).map((row) => row[0]))).toEqual(Array.from({ length: 60 }, (_, i) => `D${i + 1}`));
    for (const box of long) expect(box.table!.columns).toEqual(['规则', '天数', '结果']);
    expect(long.slice(0, -1).every((box) => box.table!.notes.length === 0)).toBe(true);
    for (const [above, below] of long.slice(0, -1).map((box, i) => [box, long[i + 1]!])) {
      expect(stacked).toContainEqual({ from: above!.id, to: below!.id, kind: 'order' });
    }
  });
});
