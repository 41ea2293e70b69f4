// docs/templates.md documents every helper, partial and label templates can use (derived from the code, so it cannot drift).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helperNames, keywordLabelKinds, labelsFor, loadTemplateLibrary } from '../src/index.js';
import { repoRoot } from './helpers.js';

const docs = readFileSync(`${repoRoot}docs/templates.md`, 'utf8');

describe('docs/templates.md', () => {
  it.each(helperNames)('documents the helper %s', (name) => expect(docs).toContain(`| \`${name}\` |`));

  it('documents every partial', async () => {
    const { partials } = await loadTemplateLibrary();
    for (const { name } of partials) expect(docs, name).toMatch(new RegExp(`[{>\\s\`]${name}[\\s\`}=,]`));
  });

  it('lists every label name: the fixed words, then the keyword names', () => {
    const list = (pattern: RegExp) => pattern.exec(docs)?.[1]?.replace(/\s+/g, ' ').replace(/\.$/, '').split(', ');
    const names = Object.keys(labelsFor('en'));
    expect(list(/`labels\.<name>`: ([^]*?)\n\n/)).toEqual(names.filter((n) => !(n in keywordLabelKinds)));
    expect(list(/language reference\): ([^]*?)\n\n/)).toEqual(names.filter((n) => n in keywordLabelKinds));
  });
});
