// The diagram settings of sopkit.yaml (`diagram:`), checked, with command-line flags on top.
import { defaultDiagramOptions, details, directions, layouts, type DiagramOptions } from '@sopkit/mermaid';

/** What a diagram can be written as: Mermaid text, or rendered. */
export type DiagramFormat = 'mmd' | 'svg' | 'png' | 'pdf';
export const diagramFormats: readonly DiagramFormat[] = ['mmd', 'svg', 'png', 'pdf'];

export interface DiagramSettings {
  readonly options: DiagramOptions;
  /** What `sop build` writes for every process. */
  readonly formats: readonly DiagramFormat[];
}

export interface SettingProblem {
  readonly key: string;
  readonly detail: string;
}

const oneOf = (values: readonly string[]) => `use one of ${values.join(', ')}`;

/** Reads `diagram:` from sopkit.yaml; unknown keys and bad values are problems, not silently ignored. */
export function diagramSettings(config: Readonly<Record<string, unknown>>): { settings: DiagramSettings } | { problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const options: { -readonly [K in keyof DiagramOptions]: DiagramOptions[K] } = { ...defaultDiagramOptions };
  let formats: readonly DiagramFormat[] = diagramFormats;
  const pick = <T extends string>(key: string, value: unknown, allowed: readonly T[]): T | undefined => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.push({ key, detail: oneOf(allowed) });
    return undefined;
  };
  for (const [key, value] of Object.entries(config)) {
    if (key === 'detail') options.detail = pick(key, value, details) ?? options.detail;
    else if (key === 'direction') options.direction = pick(key, value, directions) ?? options.direction;
    else if (key === 'layout') options.layout = pick(key, value, layouts) ?? options.layout;
    else if (key === 'legend') {
      if (typeof value === 'boolean') options.legend = value;
      else problems.push({ key, detail: 'use true or false' });
    } else if (key === 'formats') {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => (diagramFormats as readonly unknown[]).includes(v))) formats = value as DiagramFormat[];
      else problems.push({ key, detail: `a list of ${diagramFormats.join(', ')}` });
    } else {
      problems.push({ key, detail: 'unknown setting; use detail, direction, layout, legend or formats' });
    }
  }
  return problems.length > 0 ? { problems } : { settings: { options, formats } };
}

/** The format a file name asks for, by its extension. */
export function formatOfPath(path: string): DiagramFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === 'mermaid' ? 'mmd' : diagramFormats.find((f) => f === extension);
}
