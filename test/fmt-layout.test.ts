// The formatter's layout rules on small inline documents: indentation from the tree, colons, blank lines, comments, bad lines, ranges.
import { describe, expect, it } from 'vitest';
import { format, formatEdits } from '../packages/core/src/format/index.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('format layout', () => {
  it('indents by the tree: header fields, step elements, remedies and “或” under problems, actions under remedies', () => {
    const input = lines(
      '流程:上门服务', '编号:  visit', '阶段: 接待', '工步 1:  接电话', '负责: 信息员', '工作标准: 复述', '- 姓名', '时间: 30秒内',
      '问题: 信息不详', '或: 电话错', '措施: 再核实', '上报: 调度', '判断: 能否维修?', '是: 继续', '否:  转到 工步 1',
    );
    expect(format(input)).toBe(lines(
      '流程: 上门服务', '  编号: visit', '', '阶段: 接待', '', '工步 1: 接电话', '  负责: 信息员', '  工作标准: 复述', '    - 姓名',
      '    时间: 30秒内', '  问题: 信息不详', '  或: 电话错', '    措施: 再核实', '      上报: 调度', '      判断: 能否维修?',
      '        是: 继续', '        否: 转到 工步 1',
    ));
  });

  it('puts single spaces between the parts of a keyword line', () => {
    expect(format(lines('工步8  :标题   ', '  转到   工步15'))).toBe(lines('工步 8: 标题', '  转到 工步 15'));
    expect(format(lines('Step 2:Title', 'Go  to step 2', 'Decision: ok?', 'When   it rains  :  End'))).toBe(lines(
      'Step 2: Title', '  Go  to step 2', '  Decision: ok?', '    When it rains: End',
    ));
  });

  it('keeps the majority colon, ties going to the first one', () => {
    expect(format(lines('流程：甲', '编号: a', '版本：1'))).toBe(lines('流程：甲', '  编号：a', '  版本：1'));
    expect(format(lines('流程: 甲', '编号：a'))).toBe(lines('流程: 甲', '  编号: a'));
    expect(format(lines('流程：甲', '编号: a'))).toBe(lines('流程：甲', '  编号：a'));
  });

  it('leaves colons inside free text alone', () => {
    expect(format(lines('工步 1: 客户信息包括:姓名：电话'))).toBe(lines('工步 1: 客户信息包括:姓名：电话'));
  });

  it('puts one blank line before each phase and step, before the comments directly above it, and collapses runs', () => {
    const input = lines('# 头', '流程: 甲', '', '', '', '  # 关于工步 1', '工步 1: 一', '  工作标准: 标准', '', '', '  问题: 问', '# 工步 2', '工步 2: 二', '', '');
    expect(format(input)).toBe(lines('# 头', '流程: 甲', '', '# 关于工步 1', '工步 1: 一', '  工作标准: 标准', '', '  问题: 问', '', '# 工步 2', '工步 2: 二'));
  });

  it('indents a comment like the keyword line below it, and keeps a comment followed by a blank line as written', () => {
    const input = lines('工步 1: 一', '# 说明问题', '      问题: 问', '        # 尾注', '', '工步 2: 二');
    expect(format(input)).toBe(lines('工步 1: 一', '  # 说明问题', '  问题: 问', '        # 尾注', '', '工步 2: 二'));
  });

  it('keeps unrecognised and misplaced lines exactly as written', () => {
    const input = lines('工步 1: 一', '   工做标准:  打错了', '      措施:   放错了', '工步 2:  二');
    expect(format(input)).toBe(lines('工步 1: 一', '   工做标准:  打错了', '      措施:   放错了', '', '工步 2: 二'));
  });

  it('keeps CRLF line ends and a byte-order mark, and ends with one line break', () => {
    expect(format('\uFEFF流程:甲\r\n编号:a')).toBe('\uFEFF流程: 甲\r\n  编号: a\r\n');
    expect(format('\n\n流程: 甲\n\n\n')).toBe('流程: 甲\n');
    expect(format('')).toBe('');
  });

  it('formats only the lines a range touches', () => {
    const input = lines('工步 1:一', '工作标准:甲', '工作标准:乙', '工作标准:丙');
    const start = input.indexOf('工作标准:乙');
    const edits = formatEdits(input, { range: { start, end: start + 3 } });
    expect(edits).toEqual([{ span: { start, end: start + '工作标准:乙\n'.length }, newText: '  工作标准: 乙\n' }]);
    expect(format(input, { range: { start, end: start } })).toBe(lines('工步 1:一', '工作标准:甲', '  工作标准: 乙', '工作标准:丙'));
  });

  it('is already canonical on its own output', () => {
    const input = lines('流程: 甲', '工步 1: 一', '  问题: 问', '    措施: 治');
    expect(formatEdits(format(input))).toEqual([]);
  });
});
