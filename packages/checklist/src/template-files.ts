// Reading template files: the built-in templates and partials shipped in packages/checklist/templates/, and a trainer's own .hbs file.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** The built-in templates. */
export const builtinTemplates = ['training', 'audit', 'card'] as const;
export type BuiltinTemplate = (typeof builtinTemplates)[number];

/** What a template produces: HTML (also printed to PDF) or Markdown. */
export type TemplateFormat = 'html' | 'markdown';

/** A template's text and where it came from (for diagnostics). */
export interface TemplateFile {
  /** The name used in messages and as the partial name (e.g. `training.html`, `sheet-header`, `my-sheet.hbs`). */
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** The built-in templates by name and format, and the partials every template may use. */
export interface TemplateLibrary {
  readonly builtins: ReadonlyMap<string, TemplateFile>;
  readonly partials: readonly TemplateFile[];
}

const extensions: Record<TemplateFormat, string> = { html: 'html', markdown: 'md' };

/** The folder of the built-in templates (resolved through the package, so it also works from the bundled CLI). */
export function templatesFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sopkit/checklist/package.json')), 'templates');
}

/** The library key of a built-in template. */
export function builtinKey(name: BuiltinTemplate, format: TemplateFormat): string {
  return `${name}.${extensions[format]}`;
}

let cached: Promise<TemplateLibrary> | undefined;

/** Reads the built-in templates and partials once per process. */
export function loadTemplateLibrary(): Promise<TemplateLibrary> {
  cached ??= readLibrary(templatesFolder());
  return cached;
}

async function readLibrary(folder: string): Promise<TemplateLibrary> {
  const builtins = new Map<string, TemplateFile>();
  for (const name of builtinTemplates) {
    for (const format of ['html', 'markdown'] as const) {
      const path = join(folder, `${builtinKey(name, format)}.hbs`);
      builtins.set(builtinKey(name, format), { name: builtinKey(name, format), path, text: await readFile(path, 'utf8') });
    }
  }
  const partialFolder = join(folder, 'partials');
  const partials = await Promise.all((await readdir(partialFolder)).filter((f) => f.endsWith('.hbs')).sort().map(async (file) => {
    const path = join(partialFolder, file);
    return { name: basename(file, '.hbs'), path, text: await readFile(path, 'utf8') };
  }));
  return { builtins, partials };
}

/** Reads a trainer's own template; errors propagate (the caller reports them as file problems). */
export async function readTemplateFile(path: string): Promise<TemplateFile> {
  return { name: basename(path), path, text: await readFile(path, 'utf8') };
}
