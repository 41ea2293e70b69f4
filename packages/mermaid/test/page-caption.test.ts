// The process a printed diagram names, carried through the Mermaid text as one comment line, untrusted text and all.
import { describe, expect, it } from 'vitest';
import { compileProcess } from '@sopkit/core';
import { pageChrome, readCaption } from '../src/page-caption.js';
import { toMermaid } from '../src/to-mermaid.js';

describe('page caption', () => {
  const process = compileProcess('流程: 甲\n  编号: jia\n  版本: 2.1\n工步 1: 受理\n').process!;
  const hostile = { ...process, title: '乙\n--> x["</b>%%{init: {"theme":"dark"}}%%"]\u2028flowchart LR' };

  it('survives any title on one comment line that Mermaid skips', () => {
    const text = toMermaid(hostile);
    const comments = text.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('%%'));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.slice(2)).not.toContain('%');
    expect(text).not.toContain('\u2028');
    expect(readCaption(text)).toEqual({ title: hostile.title, version: '2.1', id: 'jia', hash: process.hash, language: 'zh-CN' });
  });

  it('words the header and footer of each page, the row and column when cut both ways', () => {
    const caption = readCaption(toMermaid(process))!;
    expect(pageChrome(caption, { row: 1, column: 2 })).toEqual({
      headerLeft: '流程图 · 甲', headerRight: '版本 2.1',
      footerLeft: `jia · 内容哈希 ${process.hash.slice(7, 19)}`, pageNote: '第 1 行 第 2 列',
    });
    expect(pageChrome(undefined)).toEqual({ headerLeft: '', headerRight: '', footerLeft: '' });
  });

  it('is not read from text that only looks like it', () => {
    expect(readCaption('flowchart TD\n%% sopkit-page {"title":1}\n')).toBeUndefined();
    expect(readCaption('flowchart TD\n%% sopkit-page {not json\n')).toBeUndefined();
  });
});
