// Reads sopkit.yaml from the project root (yaml + ajv); mistakes become positioned diagnostics like any other.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { formatMessage, LineMap, type Diagnostic, type Language, type MessageLanguage } from '@sopkit/core/check';
import type { Document, Node as YamlNode } from 'yaml';
import { isOutside, leadsTo } from '../io/sources.js';
import schema from './sopkit.schema.json' with { type: 'json' };

export interface SopkitConfig {
  sources: string[];
  out: string;
  language?: Language;
  chromium?: string;
  diagram: Record<string, unknown>;
  checklist: Record<string, unknown>;
}

export interface LoadedConfig {
  readonly config: SopkitConfig;
  /** The config file that was read, if any. */
  readonly path: string | undefined;
  readonly text: string;
  readonly lines: LineMap | undefined;
  readonly diagnostics: Diagnostic[];
}

export const configFileName = 'sopkit.yaml';
const defaults: SopkitConfig = { sources: ['processes'], out: 'out', diagram: {}, checklist: {} };

export async function loadConfig(root: string, language: MessageLanguage): Promise<LoadedConfig> {
  const path = join(root, configFileName);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { config: { ...defaults }, path: undefined, text: '', lines: undefined, diagnostics: [] };
  }
  // Loaded only when a config file exists, so commands start fast without one.
  const [yaml, ajv] = await Promise.all([import('yaml'), import('ajv/dist/2020.js')]);
  const { parseDocument, isNode } = commonJs(yaml, 'parseDocument');
  const { Ajv2020 } = commonJs(ajv, 'Ajv2020');
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  const lines = new LineMap(text);
  const doc = parseDocument(text, { prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((error) => ({
    code: 'SOP4004', severity: 'error',
    message: formatMessage('SOP4004', { detail: error.message.split('\n')[0]! }, language),
    range: lines.range({ start: error.pos[0], end: error.pos[1] }),
  }));
  if (diagnostics.length > 0) return { config: { ...defaults }, path, text, lines, diagnostics };
  const data: unknown = doc.toJS() ?? {};
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      const segments = error.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const extra = error.keyword === 'additionalProperties' ? String((error.params as { additionalProperty: string }).additionalProperty) : undefined;
      const span = locate(doc, extra ? [...segments, extra] : segments, extra !== undefined, isNode);
      diagnostics.push({
        code: 'SOP4005', severity: 'error',
        message: formatMessage('SOP4005', { path: [...segments, ...(extra ? [extra] : [])].join('.') || '/', detail: explain(error, language) }, language),
        range: lines.range(span),
      });
    }
    return { config: { ...defaults }, path, text, lines, diagnostics: byPosition(diagnostics) };
  }
  const config = { ...defaults, ...(data as Partial<SopkitConfig>) };
  // A project's own file names folders inside the project (also where a link leads); a folder elsewhere is named on the
  // command line.
  const realRoot = await leadsTo(root);
  const folders: [(string | number)[], string][] = [[['out'], config.out], ...config.sources.map((s, i): [(string | number)[], string] => [['sources', i], s])];
  for (const [at, folder] of folders) {
    if (isAbsolute(folder) || isOutside(root, resolve(root, folder)) || isOutside(realRoot, await leadsTo(resolve(root, folder)))) {
      diagnostics.push({
        code: 'SOP4005', severity: 'error',
        message: formatMessage('SOP4005', { path: at.join('.'), detail: language === 'en'
          ? 'must be a folder inside the project (name a folder elsewhere on the command line)'
          : '应为项目内的文件夹（项目外的文件夹请在命令行中指定）' }, language),
        range: lines.range(locate(doc, at, false, isNode)),
      });
    }
  }
  // The program sopkit starts to render: never one the project brings along (a cloned project must not run code).
  if (config.chromium !== undefined && (!isAbsolute(config.chromium) || !isOutside(realRoot, await leadsTo(config.chromium)))) {
    diagnostics.push({
      code: 'SOP4005', severity: 'error',
      message: formatMessage('SOP4005', { path: 'chromium', detail: language === 'en'
        ? 'must be the absolute path of a program outside the project, e.g. /usr/bin/chromium (a project cannot bring the program sopkit runs)'
        : '应为项目外程序的绝对路径，如 /usr/bin/chromium（项目不能自带 sopkit 要运行的程序）' }, language),
      range: lines.range(locate(doc, ['chromium'], false, isNode)),
    });
  }
  if (diagnostics.length > 0) return { config: { ...defaults }, path, text, lines, diagnostics: byPosition(diagnostics) };
  return { config, path, text, lines, diagnostics };
}

function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** What each JSON type is called in a type mistake, with how to write it in YAML. */
const typeWords: Record<string, Record<'zh-CN' | 'en', string>> = {
  array: { 'zh-CN': '应为列表，例如 [processes, more]', en: 'must be a list, e.g. [processes, more]' },
  object: { 'zh-CN': '应为一组设置（每行「名称: 值」，向右缩进）', en: 'must be a group of settings (indented `name: value` lines)' },
  string: { 'zh-CN': '应为文字', en: 'must be text' },
  boolean: { 'zh-CN': '应为 true 或 false', en: 'must be true or false' },
  number: { 'zh-CN': '应为数字', en: 'must be a number' },
  integer: { 'zh-CN': '应为整数', en: 'must be a whole number' },
};

/** Words an ajv error for a trainer, in the message language. */
function explain(error: { keyword: string; message?: string; params: Record<string, unknown> }, language: MessageLanguage): string {
  const zh = language !== 'en';
  switch (error.keyword) {
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).join(', ');
      return zh ? `应为以下之一：${allowed}` : `use one of: ${allowed}`;
    }
    case 'additionalProperties': return zh ? '没有这个设置' : 'no such setting';
    case 'type': {
      const kind = typeWords[String(error.params['type'])];
      return kind ? kind[zh ? 'zh-CN' : 'en'] : zh ? `应为 ${String(error.params['type'])}` : `must be ${String(error.params['type'])}`;
    }
    case 'minItems': return zh ? '列表不能为空' : 'the list must not be empty';
    case 'minLength': return zh ? '不能为空' : 'must not be empty';
    case 'uniqueItems': return zh ? '列表中有重复项' : 'the list has duplicates';
    default: return error.message ?? error.keyword;
  }
}

/** Note: yaml and ajv are CommonJS; through the bundler's dynamic import their exports may sit on `default`. */
function commonJs<T extends object>(mod: T, key: keyof T): T {
  return mod[key] !== undefined ? mod : (mod as unknown as { default: T }).default;
}

/** The source span of a value (or of its key) at a path in the YAML document. */
function locate(doc: Document, path: (string | number)[], key: boolean, isNode: (value: unknown) => value is YamlNode): { start: number; end: number } {
  if (key) {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (isNode(parent) && 'items' in parent) {
      for (const pair of (parent as { items: { key: unknown }[] }).items) {
        if (isNode(pair.key) && String((pair.key as { value?: unknown }).value) === String(path[path.length - 1]) && pair.key.range) {
          return { start: pair.key.range[0], end: pair.key.range[1] };
        }
      }
    }
  }
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isNode(node) && node.range) return { start: node.range[0], end: node.range[1] };
  return { start: 0, end: 0 };
}
