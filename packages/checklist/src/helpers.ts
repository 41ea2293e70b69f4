// The Handlebars helpers templates may use. Each returns plain text or data (never pre-escaped markup), so output stays escaped.
import { durationWords, timingWords } from '@sopkit/core';
import { actionText, branchLabel, listWords, referenceText, stepHeading } from './actions.js';
import { elementKinds, extraFields, type ElementKind } from './extra-fields.js';
import type { LabelLanguage } from './labels.js';

/** Where Handlebars says a helper was called (1-based lines, 0-based columns). */
export interface TemplateLoc {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

/** What Handlebars passes as a helper's last argument (the parts we use). */
interface HelperCall {
  readonly loc?: TemplateLoc;
  readonly hash?: Record<string, unknown>;
  readonly data?: { readonly root?: { readonly language?: LabelLanguage } };
}

/** A helper used the wrong way; carries the place in the template. */
export class HelperMisuse extends Error {
  constructor(message: string, readonly loc: TemplateLoc | undefined, readonly helper: string) {
    super(message);
  }
}

type Helper = (args: unknown[], language: LabelLanguage, hash: Record<string, unknown>) => unknown;

function record(value: unknown, what: string): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new TypeError(`expects ${what}, got ${describe(value)}`);
}

function text(value: unknown, what: string): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new TypeError(`expects ${what}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} “${String(value)}”`;
}

/** Helper name → implementation; the documentation in docs/templates.md follows this list. */
const helpers: Record<string, Helper> = {
  timing: ([t], language) => {
    const timing = record(t, 'a timing (an entry of `timings`)');
    return timingWords({ kind: text(timing['kind'], 'a timing kind') as never, duration: text(timing['duration'], 'a duration'),
      ...(typeof timing['durationMax'] === 'string' && { durationMax: timing['durationMax'] }),
      ...(typeof timing['time'] === 'string' && { time: timing['time'] }),
      ...(typeof timing['count'] === 'number' && { count: timing['count'] }),
      ...(timing['workingDays'] === true && { workingDays: true }),
      ...(typeof timing['text'] === 'string' && { text: timing['text'] }) }, language);
  },
  duration: ([iso], language) => durationWords(text(iso, 'an ISO 8601 duration such as PT30S'), language),
  action: ([a], language, hash) => actionText(record(a, 'an action (an entry of `actions`)') as never, language, hash['brief'] === true),
  branch: ([b], language) => {
    const branch = record(b, 'a decision branch');
    return branchLabel({ kind: text(branch['kind'], 'a branch kind') as never, condition: typeof branch['condition'] === 'string' ? branch['condition'] : null }, language);
  },
  reference: ([r], language) => referenceText(text(r, 'a reference (an entry of `references`)'), language),
  stepHeading: ([s], language) => {
    const step = record(s, 'a step');
    return stepHeading({ number: text(step['number'], 'a step number'), title: text(step['title'], 'a step title') }, language);
  },
  inc: ([n]) => Number(text(n, 'a number such as @index')) + 1,
  itemNumber: ([prefix, index]) => `${text(prefix, 'a step number')}.${Number(text(index, 'an index such as @index')) + 1}`,
  join: ([list, separator], language) => {
    if (!Array.isArray(list)) throw new TypeError(`expects a list, got ${describe(list)}`);
    const items = list.map((item) => text(item, 'a list of texts'));
    return typeof separator === 'string' ? items.join(separator) : listWords(items, language);
  },
  shortHash: ([hash]) => text(hash, 'the process hash').replace(/^sha256:/, '').slice(0, 12),
  eq: ([a, b]) => a === b,
  or: (args) => args.find(Boolean) ?? args[args.length - 1],
  extras: ([element, kind], language) => {
    const k = text(kind, `an element kind (${elementKinds.join(', ')})`);
    if (!elementKinds.includes(k as ElementKind)) throw new TypeError(`expects an element kind (${elementKinds.join(', ')}), got “${k}”`);
    return extraFields(record(element, 'an element of the process'), k as ElementKind, language);
  },
};

/** The names of all helpers (for "did you mean" and the docs test). */
export const helperNames: readonly string[] = Object.keys(helpers);

/** Registers every helper on a Handlebars environment; misuse becomes a HelperMisuse naming the helper and its place. */
export function registerHelpers(env: { registerHelper(name: string, fn: (...args: unknown[]) => unknown): void }): void {
  for (const [name, helper] of Object.entries(helpers)) {
    env.registerHelper(name, (...args: unknown[]) => {
      const options = args.pop() as HelperCall;
      try {
        return helper(args, options.data?.root?.language ?? 'en', options.hash ?? {});
      } catch (error) {
        throw new HelperMisuse(`${name} ${error instanceof Error ? error.message : String(error)}`, options.loc, name);
      }
    });
  }
}
