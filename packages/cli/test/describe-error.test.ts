// A failed read or write is described by its errno in the reader's words, and otherwise by the error's own message.
import { describe as suite, expect, it } from 'vitest';
import { describe } from '../src/io/sources.js';

suite('describe', () => {
  it('words an errno code, and falls back to the message when code is not an errno string (puppeteer sets code: undefined)', () => {
    expect(describe(Object.assign(new Error('x'), { code: 'EACCES' }), 'zh-CN')).toBe('没有权限');
    expect(describe(Object.assign(new Error('Protocol error: Target closed'), { code: undefined }))).toBe('Protocol error: Target closed');
    expect(describe(Object.assign(new Error('odd'), { code: 42 }))).toBe('odd');
  });
});
