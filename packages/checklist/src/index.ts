// @sopkit/checklist: compiled processes → training checklists, audit sheets and pocket cards (Handlebars → HTML, Markdown; PDF via Chromium).
export { labelsFor, type LabelLanguage, type LabelName, type Labels } from './labels.js';
export { durationWords, timingWords } from './durations.js';
export { actionText, branchLabel, referenceText, stepHeading } from './actions.js';
export { parseStepSelection, type StepSelection } from './step-selection.js';
export { escapeMarkdown } from './markdown-escape.js';
export { checklistContext, problemGroups, type ChecklistContext, type ProblemGroup, type Section, type StepView } from './view-model.js';
export { helperNames } from './helpers.js';
export {
  builtinTemplates, builtinKey, loadTemplateLibrary, readTemplateFile, templatesFolder,
  type BuiltinTemplate, type TemplateFile, type TemplateFormat, type TemplateLibrary,
} from './template-files.js';
export { compileTemplate, type ChecklistTemplate } from './compile-template.js';
export type { TemplateProblem } from './template-problems.js';
export { renderChecklist, svgDataUri, type RenderOptions, type RenderOutcome } from './render-checklist.js';
export { checklistDiagnostic, type ChecklistCode } from './checklist-diagnostic.js';
export { pageChrome, escapeHtml, type PageChromeInfo } from './page-chrome.js';
export { createPdfPrinter, type PdfPrinter } from './print-pdf.js';
