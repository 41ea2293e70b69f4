// Message templates: placeholder declarations (`日 = 日期`), `{name}` uses in a body, and example values (`日=24；点=10`).

export type PlaceholderType = 'date' | 'time' | 'phone' | 'person' | 'part' | 'amount' | 'number' | 'text' | 'choice';

export interface Placeholder {
  readonly name: string;
  readonly type: PlaceholderType;
  /** The choices of a `choice` placeholder (`事业部/工贸`). */
  readonly options: readonly string[];
}

const typeWords: Record<string, PlaceholderType> = {
  日期: 'date', date: 'date', 时间: 'time', 時間: 'time', time: 'time', 电话: 'phone', 電話: 'phone', phone: 'phone',
  人员: 'person', 人員: 'person', 人: 'person', person: 'person', 备件: 'part', 備件: 'part', part: 'part',
  金额: 'amount', 金額: 'amount', amount: 'amount', 数字: 'number', 數字: 'number', number: 'number', 文本: 'text', 文字: 'text', text: 'text',
};

/** Reads `name = type`; `{ type: undefined }` for an unknown type word, undefined for a malformed line. */
export function parsePlaceholder(text: string): Placeholder | { name: string; type: undefined; word: string } | undefined {
  const match = /^(.+?)\s*(?:=|＝|:|：)\s*(.+)$/.exec(text.trim());
  if (!match) return undefined;
  const name = match[1]!.trim();
  const spec = match[2]!.trim();
  if (/[/／]/.test(spec)) return { name, type: 'choice', options: spec.split(/\s*[/／]\s*/).filter(Boolean) };
  const type = typeWords[spec.toLowerCase()];
  return type ? { name, type, options: [] } : { name, type: undefined, word: spec };
}

/** Offsets of the `{` in a body that no `}` closes before the next `{` or the end. */
export function unclosedPlaceholders(body: string): number[] {
  return [...body.matchAll(/\{[^{}]*(?=\{|$)/g)].map((m) => m.index);
}

/** The `{name}` uses in a body, with their offsets inside the text. */
export function placeholderUses(body: string): { name: string; index: number }[] {
  return [...body.matchAll(/\{([^{}]+)\}/g)].map((m) => ({ name: m[1]!.trim(), index: m.index }));
}

/** Reads example values `名=值；名=值` (also `,` `，` `;`). */
export function parseExample(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const part of text.split(/\s*[;；,，]\s*/)) {
    const match = /^(.+?)\s*(?:=|＝)\s*(.*)$/.exec(part.trim());
    if (match) values.set(match[1]!.trim(), match[2]!.trim());
  }
  return values;
}

/** Fills a body with values; unknown names stay as `{name}`. */
export function fillTemplate(body: string, values: ReadonlyMap<string, string>): string {
  return body.replace(/\{([^{}]+)\}/g, (whole, name: string) => values.get(name.trim()) ?? whole);
}
