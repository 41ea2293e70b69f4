// Test helpers: compile a .sop fixture and render it with a built-in or inline template.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '@sopkit/browser';
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { afterAll, beforeAll } from 'vitest';
import {
  builtinKey, compileTemplate, createPdfPrinter, loadTemplateLibrary, renderChecklist,
  type BuiltinTemplate, type PdfPrinter, type RenderOptions, type TemplateFormat, type TemplateProblem,
} from '../src/index.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Compiles a .sop file (path relative to the repository root or absolute); fails the test on errors. */
export function compileFile(path: string): ProcessJson {
  const absolute = path.startsWith('/') ? path : `${repoRoot}${path}`;
  const result = compileProcess(readFileSync(absolute, 'utf8'), { uri: path });
  if (!result.process) throw new Error(`${path} does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.process;
}

/** Renders a process with a built-in template; fails the test on any problem. */
export async function renderBuiltin(process: ProcessJson, name: BuiltinTemplate, format: TemplateFormat, options: RenderOptions = {}): Promise<string> {
  const library = await loadTemplateLibrary();
  const compiled = compileTemplate(library.builtins.get(builtinKey(name, format))!, format, library, 'en');
  if ('problem' in compiled) throw new Error(JSON.stringify(compiled.problem.diagnostics));
  const rendered = renderChecklist(process, compiled.template, options);
  if (!('text' in rendered)) throw new Error(JSON.stringify(rendered));
  return rendered.text;
}

/** Compiles and runs an inline custom template; returns its text or its problem. */
export async function renderInline(process: ProcessJson, text: string, format: TemplateFormat = 'html', options: RenderOptions = {}):
  Promise<{ text: string } | { problem: TemplateProblem } | { other: unknown }> {
  const library = await loadTemplateLibrary();
  const compiled = compileTemplate({ name: 'mine.hbs', path: '/tmp/mine.hbs', text }, format, library, 'en');
  if ('problem' in compiled) return compiled;
  const rendered = renderChecklist(process, compiled.template, { messageLanguage: 'en', ...options });
  if ('diagnostic' in rendered) return { other: rendered.diagnostic };
  return rendered;
}

/** One real Chromium PDF printer for the tests of the enclosing suite (launched before them, closed after); call it inside a test. */
export function sharedPrinter(): () => PdfPrinter {
  let shared: Awaited<ReturnType<typeof launchBrowser>>;
  let printer: PdfPrinter;
  beforeAll(async () => {
    shared = await launchBrowser();
    printer = createPdfPrinter(shared.browser);
  });
  afterAll(async () => {
    await printer.close();
    await shared.close();
  });
  return () => printer;
}
