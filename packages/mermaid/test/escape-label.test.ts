// Label escaping: no SOP text can end a label, open a directive or comment, start markdown or maths, or break a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLabel } from '../src/escape-label.js';

describe('escapeLabel', () => {
  it('writes Mermaid entities for the characters Mermaid would read, # first', () => {
    expect(escapeLabel('a "b" #1 <i> `c` & d')).toBe('a #quot;b#quot; #35;1 #lt;i#gt; #96;c#96; #amp; d');
    expect(escapeLabel('%%{init: {"theme":"dark"}}%%')).toBe('#37;#37;#123;init#58; #123;#quot;theme#quot;#58;#quot;dark#quot;#125;#125;#37;#37;');
    expect(escapeLabel('#quot;')).toBe('#35;quot;');
  });

  it('keeps $$ from starting maths and fa:fa- from becoming an icon with an invisible word joiner', () => {
    expect(escapeLabel('$$x^2$$')).toBe('#36;\u2060#36;x^2#36;\u2060#36;');
    expect(escapeLabel('fa:fa-car fab:fa-x sofa:fa-y')).toBe('fa#58;\u2060fa-car fab#58;\u2060fa-x sofa#58;\u2060fa-y');
  });

  it('turns line breaks and control characters into spaces', () => {
    expect(escapeLabel('one\ntwo\r\nthree\u2028four\tfive')).toBe('one two three four five');
  });

  it('keeps Chinese, emoji and ordinary punctuation as they are', () => {
    expect(escapeLabel('客户恼怒，拒绝上门！😀 (ok) end')).toBe('客户恼怒，拒绝上门！😀 (ok) end');
  });

  it('never leaves a character that could break out of a quoted label, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const escaped = escapeLabel(text);
      expect(escaped).not.toMatch(/["`<>%$:{}[\]|\\\n\r&]/);
      expect(escaped.replace(/#(?:\d+|quot|lt|gt|amp);/g, '')).not.toContain('#');
    }));
  });
});
