// Text normalisation for comparing answers: two option texts that differ only in width, case, spaces or punctuation are the same option.

const ignorable = /[\s\p{P}\p{S}]/gu;

/** NFKC, lower case, without whitespace, punctuation or symbols. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(ignorable, '');
}
