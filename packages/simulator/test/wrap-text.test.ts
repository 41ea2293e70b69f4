// Wrapping by display width with the CJK line-breaking rule: no line starts with closing punctuation or ends with an opening one.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { wrapText } from '../src/ui/wrap-text.js';
import { realProcesses } from './helpers.js';

const closing = /^[。，、；：？！）」』】〕〉》”’…．,.;:?!)\]}%％]/u;
const opening = /[（「『【〔〈《“‘(\[{]$/u;

describe('wrapText', () => {
  it('pulls the last character down with a full stop that would start a line', () => {
    expect(wrapText('等客户吃完饭再上门服务。', 22)).toEqual(['等客户吃完饭再上门服', '务。']);
    expect(wrapText('等客户吃完饭再上门服务。', 24)).toEqual(['等客户吃完饭再上门服务。']);
  });

  it('keeps runs of closing marks and ASCII commas after Chinese with the character before them', () => {
    expect(wrapText('请对方马上联系客户确认」。', 22)).toEqual(['请对方马上联系客户确', '认」。']);
    expect(wrapText('道歉取得客户的谅解,再上门', 18)).toEqual(['道歉取得客户的谅', '解,再上门']);
    expect(wrapText('检查,保证:(详见规范)', 11)).toEqual(['检查,保', '证:(详见规', '范)']);
  });

  it('keeps an opening bracket with what follows it', () => {
    expect(wrapText('不能以服务客户太多为（理由）', 22)).toEqual(['不能以服务客户太多为', '（理由）']);
    expect(wrapText('客户说“马上来”', 8)).toEqual(['客户说', '“马上来”']);
  });

  it('never starts a line with closing punctuation or ends one with an opening bracket, and loses no text, in every text of processes/', () => {
    const texts = realProcesses().flatMap((p) => p.steps.flatMap((s) => [s.title, ...s.standards.map((w) => w.text), ...s.problems.flatMap((q) => [q.text, ...q.remedies.map((r) => r.text)])]));
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) {
      for (let width = 8; width <= 40; width += 3) {
        const lines = wrapText(text, width);
        for (const line of lines) {
          expect(stringWidth(line), line).toBeLessThanOrEqual(width);
          expect(line, `${width}: ${text}`).not.toMatch(closing);
          expect(line, `${width}: ${text}`).not.toMatch(opening);
        }
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }
    }
  });
});
