// Reading the free text of a line: trimming, trailing `@tags`, comma lists and step references, each with exact spans.
import type { Name, Span, StepRef, Tag, TextValue } from '../ast/nodes.js';
import { asciiDigits, digit } from './digits.js';
import { allWords } from './keywords.js';

const noTags: readonly Tag[] = Object.freeze([]);
/** What ends a tag's name. */
const notInTag = /[\s@#]/;

/** Trims a raw text and splits off the `@tags` at its end. */
export function readText(raw: string, start: number): TextValue {
  let end = raw.length;
  while (end > 0 && isSpace(raw.charCodeAt(end - 1))) end--;
  let begin = 0;
  while (begin < end && isSpace(raw.charCodeAt(begin))) begin++;
  // Note: most lines carry no tag; they skip the scan and share one empty list.
  if (raw.indexOf('@') === -1) {
    return { text: begin === 0 && end === raw.length ? raw : raw.slice(begin, end), span: { start: start + begin, end: start + end }, tags: noTags };
  }
  // Tags are read from the end, one `␠@name` at a time (each character looked at once, however many tags).
  const tags: Tag[] = [];
  let cut = end;
  for (;;) {
    let nameEnd = cut;
    while (nameEnd > 0 && isSpace(raw.charCodeAt(nameEnd - 1))) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > 0 && !notInTag.test(raw[nameStart - 1]!)) nameStart--;
    const at = nameStart - 1;
    if (nameStart === nameEnd || at < 0 || raw.charCodeAt(at) !== 64 /* @ */ || (at > 0 && !isSpace(raw.charCodeAt(at - 1)))) break;
    tags.push({ name: raw.slice(nameStart, nameEnd), span: { start: start + at, end: start + nameEnd } });
    cut = Math.max(0, at - 1);
  }
  tags.reverse();
  let bodyEnd = cut;
  while (bodyEnd > begin && isSpace(raw.charCodeAt(bodyEnd - 1))) bodyEnd--;
  const text = bodyEnd > begin ? raw.slice(begin, bodyEnd) : '';
  const spanStart = start + Math.min(begin, bodyEnd);
  return { text, span: { start: spanStart, end: start + Math.max(bodyEnd, begin) }, tags };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000;
}

const separators = new Set([',', '，', '、', ';', '；']);
const openers = new Set(['(', '（', '[', '【', '「', '“']);
const closers = new Set([')', '）', ']', '】', '」', '”']);

/**
 * Splits `a、b，c` into names, ignoring separators inside brackets (`服务工程师（含外包, 兼职）` is one name). A bracket
 * that is never closed is taken as a typo, not as swallowing the rest of the list.
 */
export function readList(value: TextValue): Name[] {
  return splitList(value, true) ?? splitList(value, false)!;
}

/** The names, or undefined when `inBrackets` is asked for and a bracket stays open. */
function splitList(value: TextValue, inBrackets: boolean): Name[] | undefined {
  const names: Name[] = [];
  const text = value.text;
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const piece = readText(text.slice(from, to), value.span.start + from);
    if (piece.text) names.push({ name: piece.text, span: piece.span });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inBrackets && openers.has(ch)) depth++;
    else if (inBrackets && closers.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.has(ch)) {
      push(i);
      from = i + 1;
    }
  }
  if (depth > 0) return undefined;
  // Note: a full stop closing the list (`上报: 中心。`) is not part of its last name.
  push(/[。.！!]$/.test(text) ? text.length - 1 : text.length);
  return names;
}

const stepWord = allWords('step')
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const stepRefHead = new RegExp(`^(?:(?:${stepWord})[ \\t\\u3000]*)?(${digit}+(?:\\.${digit}+)*)`, 'i');
/** The marks that may close an action written as a sentence (`转到 工步 2。`, `继续；`), as a regex character class. */
export const closingMark = '[。；;，,！!]';
const closing = new RegExp(`^[ \\t\\u3000]*${closingMark}?[ \\t\\u3000]*$`);

/**
 * Reads `工步 15`, `step 15` or `15` (a closing full stop allowed) as a step reference; words after the number are
 * returned as `extra` (the reference still counts).
 */
export function readStepRef(value: TextValue): { ref: StepRef; extra?: TextValue } | undefined {
  const match = stepRefHead.exec(value.text);
  if (!match) return undefined;
  const ref = { number: asciiDigits(match[1]!), span: { start: value.span.start, end: value.span.start + match[0].length } };
  const after = value.text.slice(match[0].length);
  if (closing.test(after)) return { ref };
  return { ref, extra: readText(after, ref.span.end) };
}

/** Converts tags to their names. */
export function tagNames(tags: readonly Tag[]): string[] {
  return tags.map((tag) => tag.name);
}
