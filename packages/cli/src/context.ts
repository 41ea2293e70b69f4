// Options shared by every command: message language, output format, project root and configuration.
import { messageLanguage, toTraditional, type Language, type MessageLanguage } from '@sopkit/core/check';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { expandInputs, FileProblem } from './io/sources.js';
import { fileProblemDiagnostic } from './report/file-problem.js';
import { configFileName, loadConfig, type LoadedConfig } from './config/load-config.js';
import { Reporter, type OutputFormat } from './report/reporter.js';

/** Exit codes: 0 fine (warnings allowed), 1 errors in the input, 2 usage or file-system problems. */
export const exitCodes = { ok: 0, inputErrors: 1, usage: 2 } as const;

export interface CommonOptions {
  lang?: Language;
  format?: OutputFormat;
}

export interface CommandContext {
  readonly root: string;
  readonly config: LoadedConfig;
  /** The language forced by --lang or the config, if any. */
  readonly forcedLanguage: MessageLanguage | undefined;
  /** The same, as core takes it for a document's messages: `zh-TW` from the config words them in Traditional characters. */
  readonly forcedWording: Language | undefined;
  /** The language of the CLI's own lines. */
  readonly language: MessageLanguage;
  readonly reporter: Reporter;
}

/**
 * The language of a command's own lines (summaries): forced by --lang or the config, else the documents' — English only
 * when every document is English.
 */
export function summaryLanguage(ctx: CommandContext, documents: readonly { language: string }[]): MessageLanguage {
  if (ctx.forcedLanguage) return ctx.forcedLanguage;
  if (documents.length === 0) return ctx.language;
  return documents.every((d) => d.language === 'en') ? 'en' : 'zh-CN';
}

/**
 * A command's own line (a summary) as the documents read it: in Traditional characters when zh-TW is forced, or when
 * nothing is forced and every document is zh-TW.
 */
export function summaryWords(ctx: CommandContext, documents: readonly { language: string }[], line: string): string {
  return summaryWording(ctx, documents, summaryLanguage(ctx, documents)) === 'zh-TW' ? toTraditional(line) : line;
}

/**
 * `language` (a command's line language), or zh-TW where the CLI words its lines in Traditional characters: zh-TW forced,
 * or nothing forced and every document zh-TW.
 */
export function summaryWording(ctx: CommandContext, documents: readonly { language: string }[], language: MessageLanguage): Language {
  const traditional = ctx.forcedWording === 'zh-TW' || (!ctx.forcedWording && documents.length > 0 && documents.every((d) => d.language === 'zh-TW'));
  return traditional && language === 'zh-CN' ? 'zh-TW' : language;
}

/** The language of the user's locale, in POSIX order (LC_ALL, then LC_MESSAGES, then LANG): Chinese or else English. */
export function localeLanguage(env: NodeJS.ProcessEnv): MessageLanguage {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export async function commandContext(options: CommonOptions): Promise<CommandContext> {
  const root = process.cwd();
  const guess: MessageLanguage = options.lang ? messageLanguage(options.lang) : localeLanguage(process.env);
  const config = await loadConfig(root, guess);
  const forcedWording: Language | undefined = options.lang ?? config.config.language;
  const forcedLanguage = forcedWording && messageLanguage(forcedWording);
  const language = forcedLanguage ?? guess;
  const reporter = new Reporter(options.format ?? 'text', language);
  if (config.diagnostics.length > 0) reporter.report(config.path ? relative(root, config.path) || configFileName : configFileName, config.diagnostics, config.lines);
  return { root, config, forcedLanguage, forcedWording, language, reporter };
}

/**
 * The .sop files a command works on: the inputs (or the configured sources), expanded; a missing path or an empty
 * folder is reported and makes `usage` true (exit code 2).
 */
export async function inputPaths(ctx: CommandContext, inputs: readonly string[]): Promise<{ paths: string[]; usage: boolean }> {
  const { paths, problems, skipped } = inputs.length > 0 ? await expandInputs(inputs) : await expandSources(ctx);
  for (const problem of [...problems, ...skipped]) ctx.reporter.report(problem.path, [fileProblemDiagnostic(problem, ctx.language)], undefined);
  return { paths, usage: problems.length > 0 };
}

/** The .sop files of the source folders sopkit.yaml names (default `processes`); a missing one is SOP4012, which says where to run. */
export async function expandSources(ctx: CommandContext): ReturnType<typeof expandInputs> {
  const sources = ctx.config.config.sources;
  const missing = sources.filter((source) => !existsSync(resolve(ctx.root, source)));
  const found = await expandInputs(sources.filter((source) => !missing.includes(source)));
  return { ...found, problems: [...missing.map((source) => new FileProblem('SOP4012', source, '')), ...found.problems] };
}
