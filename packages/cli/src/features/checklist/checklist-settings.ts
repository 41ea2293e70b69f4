// The `checklist:` section of sopkit.yaml: which built-in templates and formats `sop build` writes, and whether to embed the diagram.
import { formatMessage, type Diagnostic, type MessageLanguage } from '@sopkit/core';
import { builtinTemplates, type BuiltinTemplate } from '@sopkit/checklist';

export type BuildFormat = 'html' | 'md' | 'pdf';

export interface ChecklistSettings {
  readonly templates: readonly BuiltinTemplate[];
  readonly formats: readonly BuildFormat[];
  readonly embedDiagram: boolean;
}

const formats: readonly BuildFormat[] = ['html', 'md', 'pdf'];
const origin = { line: 1, column: 1, offset: 0 };

/** Reads the settings (defaults: every built-in template, as HTML, Markdown and PDF, no diagram) and what is wrong with them. */
export function checklistSettings(section: Record<string, unknown>, language: MessageLanguage): { settings: ChecklistSettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const invalid = (path: string, detail: string) => diagnostics.push({
    code: 'SOP4005', severity: 'error', message: formatMessage('SOP4005', { path: `checklist.${path}`, detail }, language), range: { start: origin, end: origin },
  });
  const list = <T extends string>(key: string, allowed: readonly T[], fallback: readonly T[]): readonly T[] => {
    const value = section[key];
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || value.some((v) => !allowed.includes(v as T))) {
      invalid(key, `${language === 'en' ? 'a list of' : '应为以下值的列表：'} ${allowed.join(', ')}`);
      return fallback;
    }
    return value as T[];
  };
  const settings = {
    templates: list('templates', builtinTemplates, builtinTemplates),
    formats: list('formats', formats, formats),
    embedDiagram: section['embedDiagram'] === true,
  };
  if (section['embedDiagram'] !== undefined && typeof section['embedDiagram'] !== 'boolean') invalid('embedDiagram', 'true / false');
  for (const key of Object.keys(section)) {
    if (!['templates', 'formats', 'embedDiagram'].includes(key)) invalid(key, language === 'en' ? 'unknown setting (templates, formats, embedDiagram)' : '没有这个设置（可用：templates、formats、embedDiagram）');
  }
  return { settings, diagnostics };
}
