// Core's messages in Taiwan-standard Traditional Chinese for zh-TW documents, from a table generated from its own sources.
import { traditionalChars, traditionalRuns } from './traditional-table.js';

/**
 * A zh-CN message in Traditional characters. Core's own words are converted run by run (a run core's sources hold whole
 * takes its phrase-level spelling: 文件 → 檔案); text in 「」 or “” quotes is the document's own and stays as written,
 * unless it is a run of core's (a keyword or a hint quoted by a message).
 */
export function toTraditional(message: string): string {
  let quoted = 0;
  return message.replace(/\p{Script=Han}+|[「」“”]/gu, (piece) => {
    if (piece === '「' || piece === '“') quoted++;
    else if (piece === '」' || piece === '”') quoted = Math.max(0, quoted - 1);
    else {
      const run = traditionalRuns[piece];
      if (run !== undefined) return run;
      if (quoted === 0) return [...piece].map((char) => traditionalChars[char] ?? char).join('');
    }
    return piece;
  });
}

/**
 * Text made of one's own words and a document's: `build` marks each piece of the document's text with `keep`, and the
 * result is converted to Traditional characters except those pieces, which stay as written (converting a document's
 * text would respell it: 公里 → 公裡, or a Simplified word the trainer wrote into one of core's runs).
 */
export function toTraditionalKeeping(build: (keep: (piece: string) => string) => string): string {
  const kept: string[] = [];
  const text = build((piece) => `\uE000${kept.push(piece) - 1}\uE001`);
  return toTraditional(text).replace(/\uE000(\d+)\uE001/g, (_, index: string) => kept[Number(index)]!);
}
