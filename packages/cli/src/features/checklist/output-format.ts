// What `-o` asks for, read from the file name: HTML, Markdown or PDF.

export type OutputFormat = 'html' | 'markdown' | 'pdf';

/** The output format of a file name, or undefined when its extension is not one we write. */
export function outputFormat(path: string): OutputFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'pdf') return 'pdf';
  return undefined;
}
