// renderChecklist(): one process through one template to HTML or Markdown text (pure: the template and diagram come in as data).
import { messageLanguage, type Diagnostic, type MessageLanguage, type ProcessJson } from '@sopkit/core';
import { checklistDiagnostic } from './checklist-diagnostic.js';
import type { ChecklistTemplate } from './compile-template.js';
import type { LabelLanguage } from './labels.js';
import { parseStepSelection } from './step-selection.js';
import type { TemplateProblem } from './template-problems.js';
import { checklistContext } from './view-model.js';

export interface RenderOptions {
  /** Label language; default: the document's own. */
  readonly language?: LabelLanguage;
  /** Language of diagnostics; default: follows the labels (zh-TW reads zh-CN messages). */
  readonly messageLanguage?: MessageLanguage;
  /** A step selection such as `8-12` (already checked with parseStepSelection). */
  readonly steps?: string;
  /** The process diagram as SVG text, to embed as an image. */
  readonly diagramSvg?: string;
}

export type RenderOutcome =
  | { readonly text: string }
  | { readonly problem: TemplateProblem }
  | { readonly diagnostic: Diagnostic };

/** The template name shown to templates: the built-in's name, or the custom file's name. */
function templateName(template: ChecklistTemplate): string {
  return template.file.name.replace(/\.(html|md)$/, '').replace(/\.hbs$/, '');
}

/** An SVG as a data URI for `<img src>`: an image cannot run scripts or load anything, whatever the SVG holds. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** Renders one process with a compiled template. */
export function renderChecklist(process: ProcessJson, template: ChecklistTemplate, options: RenderOptions = {}): RenderOutcome {
  const language = options.language ?? process.language;
  const messages = options.messageLanguage ?? messageLanguage(language);
  let includeStep: ((number: string) => boolean) | undefined;
  if (options.steps !== undefined) {
    const selection = parseStepSelection(options.steps);
    if (!selection.ok) throw new RangeError(`not a step selection: ${options.steps}`);
    includeStep = (n) => selection.includes(n);
    if (!process.steps.some((s) => includeStep!(s.number))) {
      const available = process.steps.map((s) => s.number).join(', ');
      return { diagnostic: checklistDiagnostic('SOP3106', { selection: options.steps, available }, messages) };
    }
  }
  const context = checklistContext(process, {
    template: templateName(template),
    language,
    ...(includeStep && { includeStep, selection: options.steps }),
    ...(options.diagramSvg !== undefined && { diagram: svgDataUri(options.diagramSvg) }),
  });
  return template.render(context, messages);
}
