// Compiles a checklist template in Handlebars strict mode, with our helpers and the built-in partials, refusing unescaped output.
import type { MessageLanguage } from '@sopkit/core';
import Handlebars from 'handlebars';
import { helperNames, registerHelpers } from './helpers.js';
import { escapeMarkdownDeep } from './markdown-escape.js';
import type { TemplateFile, TemplateFormat, TemplateLibrary } from './template-files.js';
import { runProblem, staticProblems, syntaxProblem, type TemplateProblem } from './template-problems.js';
import type { ChecklistContext } from './view-model.js';

/** A template ready to run: `render` returns the text, or the problem that stopped it. */
export interface ChecklistTemplate {
  readonly file: TemplateFile;
  readonly format: TemplateFormat;
  render(context: ChecklistContext, language: MessageLanguage): { text: string } | { problem: TemplateProblem };
}

/** An error raised while partials ran, with the partials it passed through, innermost first. */
class PartialFailure extends Error {
  constructor(readonly error: unknown, readonly files: TemplateFile[]) {
    super(error instanceof Error ? error.message : String(error));
  }
}

type Environment = ReturnType<typeof Handlebars.create>;

const environments = new WeakMap<TemplateLibrary, Map<TemplateFormat, Environment>>();

/** One Handlebars environment per library and format: helpers plus every partial, compiled strict. */
function environment(library: TemplateLibrary, format: TemplateFormat): Environment {
  let byFormat = environments.get(library);
  if (!byFormat) environments.set(library, (byFormat = new Map()));
  const existing = byFormat.get(format);
  if (existing) return existing;
  const env = Handlebars.create();
  registerHelpers(env as never);
  for (const partial of library.partials) {
    const compiled = env.compile(partial.text, { strict: true, noEscape: format === 'markdown' });
    env.registerPartial(partial.name, ((context: unknown, options: Handlebars.RuntimeOptions) => {
      try {
        return compiled(context, options);
      } catch (error) {
        if (error instanceof PartialFailure) {
          error.files.push(partial);
          throw error;
        }
        throw new PartialFailure(error, [partial]);
      }
    }) as unknown as Handlebars.Template);
  }
  byFormat.set(format, env);
  return env;
}

/** Checks the library's partials once (syntax, no unescaped output). */
const checkedLibraries = new WeakMap<TemplateLibrary, TemplateProblem | null>();

function libraryProblem(library: TemplateLibrary, language: MessageLanguage): TemplateProblem | undefined {
  if (!checkedLibraries.has(library)) {
    const known = { helpers: helperNames, partials: library.partials.map((p) => p.name) };
    checkedLibraries.set(library, library.partials.map((p) => staticProblems(p, known, language)).find((p) => p !== undefined) ?? null);
  }
  return checkedLibraries.get(library) ?? undefined;
}

/**
 * Compiles a template. Markdown templates receive their data already escaped for Markdown (and are compiled without HTML
 * escaping); HTML templates receive the raw data and Handlebars escapes every `{{…}}`.
 */
export function compileTemplate(
  file: TemplateFile,
  format: TemplateFormat,
  library: TemplateLibrary,
  language: MessageLanguage,
): { template: ChecklistTemplate } | { problem: TemplateProblem } {
  const partialNames = library.partials.map((p) => p.name);
  const problem = staticProblems(file, { helpers: helperNames, partials: partialNames }, language) ?? libraryProblem(library, language);
  if (problem) return { problem };
  const env = environment(library, format);
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = env.compile(file.text, { strict: true, noEscape: format === 'markdown' });
  } catch (error) {
    return { problem: syntaxProblem(file, error, language) };
  }
  return {
    template: {
      file,
      format,
      render(context, messageLanguage) {
        const data = format === 'markdown' ? escapeMarkdownDeep(context) : context;
        try {
          return { text: compiled(data) };
        } catch (error) {
          const failure = error instanceof PartialFailure ? { error: error.error, files: [...error.files, file] } : { error, files: [file] };
          return { problem: runProblem({ ...failure, context, partials: partialNames }, messageLanguage) };
        }
      },
    },
  };
}
