// Error baselines (as in the TypeScript compiler's tests): the diagnostics list, then the source with ~~~ under each range.
import type { LineMap } from './line-map.js';
import type { Diagnostic } from './types.js';

/** Terminal width of a string: East Asian wide and full-width characters count two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += isWide(code) ? 2 : code < 32 ? 0 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** The baseline text of a file's diagnostics. */
export function formatBaseline(name: string, lines: LineMap, diagnostics: readonly Diagnostic[]): string {
  const out: string[] = [];
  for (const d of diagnostics) out.push(`${name}(${d.range.start.line},${d.range.start.column}): ${d.severity} ${d.code}: ${d.message}`);
  out.push('', `==== ${name} (${diagnostics.length} diagnostic${diagnostics.length === 1 ? '' : 's'}) ====`);
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    out.push(`    ${text}`);
    for (const d of diagnostics) {
      const { start, end } = d.range;
      if (line < start.line || line > end.line) continue;
      const from = line === start.line ? start.column - 1 : 0;
      const to = line === end.line ? end.column - 1 : text.length;
      const pad = displayWidth(text.slice(0, from));
      const width = Math.max(1, displayWidth(text.slice(from, Math.max(from, to))));
      out.push(`    ${' '.repeat(pad)}${'~'.repeat(width)}`);
      if (line === start.line) out.push(`!!! ${d.severity} ${d.code}: ${d.message}`);
    }
  }
  return `${out.join('\n')}\n`;
}
