// A form field's text read as its label and its options: `新客户 [是/否]` → 新客户 with 是 and 否.

/** The label and options of a field, and where an options bracket is left open (an offset in the text). */
export interface FieldText {
  readonly label: string;
  readonly options: readonly string[];
  readonly unclosedAt?: number;
}

const withOptions = /^(.*?)\s*[[［【]([^\]］】]+)[\]］】]\s*$/;
const openBracket = /[[［【](?=[^\]］】]*$)/;

/** Reads `新客户 [是/否]`, `New customer [yes/no]` (also ［］ and 【】; options split at / ／ 、 , ，). */
export function readFieldText(text: string): FieldText {
  const options = withOptions.exec(text);
  if (options) return { label: options[1]!.trim(), options: options[2]!.split(/\s*[/／、,，]\s*/).filter(Boolean) };
  const open = openBracket.exec(text);
  return open ? { label: text, options: [], unclosedAt: open.index } : { label: text, options: [] };
}
