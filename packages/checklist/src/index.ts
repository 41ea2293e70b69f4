// @sopkit/checklist: compiled processes → training checklists, audit sheets and pocket cards (Handlebars → HTML, Markdown; PDF via Chromium).
export { keywordLabelKinds, labelsFor, type LabelLanguage, type LabelName, type Labels } from './labels.js';
export { actionText, branchLabel, referenceText, stepHeading } from './actions.js';
export { parseStepSelection, type StepSelection } from './step-selection.js';
export { escapeMarkdown } from './markdown-escape.js';
export { checklistContext, problemGroups, type ChecklistContext, type ProblemGroup, type Section, type StepView, type Totals } from './view-model.js';
export { conditionWords, tableView, type RuleCell, type RuleRow, type TableFinding, type TableView } from './decision-table-view.js';
export { messageTemplateView, placeholderTypeWords, type MessageTemplateView, type PlaceholderView, type TextPart } from './message-template-view.js';
export { placeBlocks, profileView, type ProfileView, type SectionBlocks } from './sheet-blocks.js';
export { helperNames } from './helpers.js';
export { maxPrintedLength, tooLargeToPrint } from './print-limit.js';
export {
  builtinTemplates, builtinKey, loadTemplateLibrary, readTemplateFile, templatesFolder,
  type BuiltinTemplate, type TemplateFile, type TemplateFormat, type TemplateLibrary,
} from './template-files.js';
export { compileTemplate, type ChecklistTemplate } from './compile-template.js';
export type { TemplateProblem } from './template-problems.js';
export { renderChecklist, svgDataUri, type RenderOptions, type RenderOutcome } from './render-checklist.js';
export { checklistDiagnostic, type ChecklistCode } from './checklist-diagnostic.js';
export { pageChrome, type PageChromeInfo } from './page-chrome.js';
export { createPdfPrinter, type PdfPrinter } from './print-pdf.js';
