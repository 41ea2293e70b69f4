// Turns a catalogue code and its arguments into a Diagnostic in the reader's language.
import type { Span } from '../ast/nodes.js';
import type { Language } from '../syntax/keywords.js';
import { catalogue, type DiagnosticCode } from './catalogue.js';
import { toTraditional, toTraditionalKeeping } from './traditional.js';
import type { LineMap } from './line-map.js';
import type { Diagnostic } from './types.js';

/** The language diagnostics are written in: zh-TW documents read the zh-CN messages. */
export type MessageLanguage = 'zh-CN' | 'en';

export function messageLanguage(language: Language): MessageLanguage {
  return language === 'en' ? 'en' : 'zh-CN';
}

/** How a document's messages are worded: their language, and in Traditional characters for zh-TW (see traditional.ts). */
export interface Wording {
  readonly language: MessageLanguage;
  readonly traditional: boolean;
}

/** The wording for a document in `document`'s language, unless the reader asked for `forced`. */
export function wordingFor(document: Language, forced?: Language): Wording {
  const chosen = forced ?? document;
  return { language: messageLanguage(chosen), traditional: chosen === 'zh-TW' };
}

export type MessageArgs = Readonly<Record<string, string | number>>;

/** A diagnostic before positions and wording are resolved: what phases produce. */
export interface PendingDiagnostic {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly args?: MessageArgs;
  readonly related?: readonly { readonly span: Span; readonly text: Readonly<Record<MessageLanguage, string>> }[];
  /** The edit that fixes it; `preferred` when it is the one confident answer (see `Fix.preferred`). */
  readonly fix?: { readonly span: Span; readonly newText: string; readonly preferred?: true };
}

/**
 * Fills a message template; in English, an argument `xEn` (when given) replaces `x`. An argument longer than a message
 * can usefully quote (a whole pasted paragraph) keeps its beginning and end around an ellipsis.
 */
export function formatMessage(code: DiagnosticCode, args: MessageArgs, language: MessageLanguage): string {
  return catalogue[code][language].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (language === 'en' ? args[`${name}En`] : undefined) ?? args[name];
    return value === undefined ? `{${name}}` : shortened(String(value));
  });
}

/** Longest argument quoted whole, and how much of a longer one is kept before and after the ellipsis. */
const longestArgument = 240;
const keptHead = 160;
const keptTail = 60;

function shortened(text: string): string {
  return text.length <= longestArgument ? text : `${text.slice(0, keptHead)}…${text.slice(-keptTail)}`;
}

/** Resolves pending diagnostics against a text's line map, in one message language. */
/** What a quick fix does, in a few words: delete, add the colon, insert a space, insert or change to. */
function fixTitle(fix: { readonly span: Span; readonly newText: string }, language: MessageLanguage): string {
  if (fix.newText === '') return language === 'en' ? 'Delete' : '删除';
  if (/^[:：]$/.test(fix.newText.trim())) return language === 'en' ? 'Add the colon' : '补上冒号';
  if (fix.newText.trim() === '') return language === 'en' ? 'Insert a space' : '插入空格';
  const words = shortened(fix.newText);
  if (fix.span.start === fix.span.end) return language === 'en' ? `Insert “${words}”` : `插入「${words}」`;
  return language === 'en' ? `Change to “${words}”` : `改为「${words}」`;
}

export function resolveDiagnostics(pending: readonly PendingDiagnostic[], lines: LineMap, language: MessageLanguage, traditional = false): Diagnostic[] {
  const words = traditional ? toTraditional : (text: string) => text;
  return pending.map((item) => {
    const range = lines.range(item.span);
    const diagnostic: Diagnostic = {
      code: item.code,
      severity: catalogue[item.code].severity,
      message: traditional ? traditionalMessage(item, range, lines) : formatMessage(item.code, item.args ?? {}, language),
      range,
      ...(item.related && {
        related: item.related.map((rel) => ({ message: words(rel.text[language]), range: lines.range(rel.span) })),
      }),
      ...(item.fix && {
        fix: {
          title: words(fixTitle(item.fix, language)),
          range: lines.range(item.fix.span),
          newText: item.fix.newText,
          preferred: item.fix.preferred === true,
        },
      }),
    };
    return diagnostic;
  });
}

/**
 * A zh-CN message in Traditional characters, except the arguments the diagnostic's own lines hold as written: a word the
 * trainer wrote in Simplified (`工作标准` in a zh-TW document, SOP1008) is quoted as written even where it is also one of
 * core's own runs, which the conversion would otherwise respell.
 */
function traditionalMessage(item: PendingDiagnostic, range: Diagnostic['range'], lines: LineMap): string {
  let written = '';
  for (let line = range.start.line; line <= Math.min(range.end.line, range.start.line + 20); line++) written += `${lines.lineText(line)}\n`;
  return toTraditionalKeeping((keep) => formatMessage(item.code, Object.fromEntries(Object.entries(item.args ?? {}).map(([name, value]) => {
    const text = shortened(String(value));
    return [name, /\p{Script=Han}/u.test(text) && written.includes(text) ? keep(text) : value];
  })), 'zh-CN'));
}

/** Orders diagnostics by position, then code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code));
}
