// Markdown escaping: SOP text can never become a link, an image, HTML, emphasis, a heading, a list or a table cell break.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/index.js';

describe('escapeMarkdown', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](x)', '!\\[img\\](x)'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ `code` ~~del~~', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~'],
    ['&amp; #1', '\\&amp; \\#1'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['> quote', '\\> quote'],
    ['two\nlines', 'two lines'],
  ])('%j', (input, output) => expect(escapeMarkdown(input)).toBe(output));

  it('leaves ordinary text and numbers readable', () => {
    expect(escapeMarkdown('按门铃一下,等待30秒后无人应答再按;')).toBe('按门铃一下,等待30秒后无人应答再按;');
    expect(escapeMarkdown('1.0')).toBe('1.0');
    expect(escapeMarkdown('home-service-visit')).toBe('home-service-visit');
  });
});
