// The characters a rendered diagram shows, for cutting a font down to them.

/** The characters an SVG shows: its text without tags, styles and character references' syntax. */
export function svgText(svg: string): string {
  return svg
    .replace(/<style\b[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(x[\da-f]+|\d+);/gi, (_, code: string) => String.fromCodePoint(Number(code[0] === 'x' || code[0] === 'X' ? `0${code}` : code)));
}
