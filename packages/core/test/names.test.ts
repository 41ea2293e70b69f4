// Closest-name suggestions ("did you mean") for roles and the like, and the length of what a message quotes.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/index.js';
import { suggestName } from '../src/model/names.js';

describe('suggestName', () => {
  it('suggests a typo, and a name that contains the other', () => {
    expect(suggestName('服务工成师', ['信息员', '服务工程师'])).toBe('服务工程师');
    expect(suggestName('中心', ['信息员', '中心协调员'])).toBe('中心协调员');
  });

  it('does not suggest a whole pasted paragraph because it happens to contain the name', () => {
    expect(suggestName('甲', [`${'('.repeat(50_000)}甲`])).toBeUndefined();
    expect(suggestName('中心', ['本中心负责所有的客户回访、投诉处理、费用减免和备件申请审核'])).toBeUndefined();
  });
});

describe('formatMessage', () => {
  it('quotes a long argument by its beginning and end', () => {
    const long = `开头${'中'.repeat(10_000)}结尾`;
    const message = formatMessage('SOP2006', { role: long, hint: '', hintEn: '' }, 'zh-CN');
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('「开头中');
    expect(message).toContain('中…中');
    expect(message).toContain('结尾」');
  });
});
