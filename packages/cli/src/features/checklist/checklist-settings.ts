// The `checklist:` section of sopkit.yaml (checked against the config schema when it is loaded), with its defaults.
import { builtinTemplates, type BuiltinTemplate } from '@sopkit/checklist';

export type BuildFormat = 'html' | 'md' | 'pdf';

export interface ChecklistSettings {
  readonly templates: readonly BuiltinTemplate[];
  readonly formats: readonly BuildFormat[];
  readonly embedDiagram: boolean;
}

/** The settings, defaulting to every built-in template as HTML, Markdown and PDF, without the diagram. */
export function checklistSettings(section: Partial<ChecklistSettings>): ChecklistSettings {
  return {
    templates: section.templates ?? builtinTemplates,
    formats: section.formats ?? ['html', 'md', 'pdf'],
    embedDiagram: section.embedDiagram ?? false,
  };
}
