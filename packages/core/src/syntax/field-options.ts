// A form field's text read as its label and its options: `新客户 [是/否]` → 新客户 with 是 and 否.

/** The label and options of a field, and an options bracket left open: its offset in the text and its closing partner. */
export interface FieldText {
  readonly label: string;
  readonly options: readonly string[];
  readonly unclosed?: { readonly at: number; readonly bracket: string; readonly closing: string };
}

const closing: Readonly<Record<string, string>> = { '[': ']', '［': '］', '【': '】' };

const withOptions = /^(.*?)\s*[[［【]([^\]］】]+)[\]］】]\s*$/;
const openBracket = /[[［【](?=[^\]］】]*$)/;

/** Reads `新客户 [是/否]`, `New customer [yes/no]` (also ［］ and 【】; options split at / ／ 、 , ，). */
export function readFieldText(text: string): FieldText {
  const options = withOptions.exec(text);
  if (options) return { label: options[1]!.trim(), options: options[2]!.split(/\s*[/／、,，]\s*/).filter(Boolean) };
  const open = openBracket.exec(text);
  return open ? { label: text, options: [], unclosed: { at: open.index, bracket: open[0], closing: closing[open[0]]! } } : { label: text, options: [] };
}
