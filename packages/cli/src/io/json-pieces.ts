// JSON text of a compiled process in pieces, so that an output larger than the longest string V8 can hold is still written.

/**
 * `JSON.stringify(value, null, 2)` cut into pieces whose concatenation is exactly that text: containers down to `depth`
 * levels are written piece by piece, anything below as one piece each. A 100 MB source compiles to more JSON than one
 * string may hold (2^29 characters); one step's JSON never comes near it.
 */
export function jsonPieces(value: unknown, depth = 4): string[] {
  const pieces: string[] = [];
  write(value, '', depth, pieces);
  return pieces;
}

function write(value: unknown, indent: string, depth: number, pieces: string[]): void {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    pieces.push(indented(JSON.stringify(value, null, 2) ?? 'null', indent));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      pieces.push('[]');
      return;
    }
    pieces.push('[');
    value.forEach((item, index) => {
      pieces.push(`${index === 0 ? '' : ','}\n${inner}`);
      write(skipped(item) ? null : item, inner, depth - 1, pieces);
    });
    pieces.push(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => !skipped(item));
  if (entries.length === 0) {
    pieces.push('{}');
    return;
  }
  pieces.push('{');
  entries.forEach(([key, item], index) => {
    pieces.push(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    write(item, inner, depth - 1, pieces);
  });
  pieces.push(`\n${indent}}`);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A nested value's own text shifted right to where it sits (JSON strings hold no raw line breaks, so every one is structure). */
function indented(text: string, indent: string): string {
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
