// Compiles the annotation lines and trailing tags of an element into the common JSON fields.
import type { Annotation, Span, Tag } from '../ast/nodes.js';
import type { LineMap } from '../diagnostics/line-map.js';
import { parseTiming } from '../syntax/timing.js';
import { none, orNone } from './empty-list.js';
import type { AnnotationsJson, RangeJson, TimingJson } from './process-json.js';
import { append } from '../model/append.js';

export function rangeJson(lines: LineMap, span: Span): RangeJson {
  const start = lines.point(span.start);
  const end = lines.point(span.end);
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/**
 * The common fields of an element; empty ones are the shared empty list. Note: the builders of the many elements (steps,
 * standards, problems, remedies, decisions, branches, scenarios) copy them into their literal one by one; V8 spreads an
 * object into the middle of a literal about 8× slower, which showed at 10k steps.
 */
export function compileAnnotations(annotations: readonly Annotation[], ownTags: readonly Tag[], span: Span, lines: LineMap): AnnotationsJson {
  const range = rangeJson(lines, span);
  if (annotations.length === 0 && ownTags.length === 0) return { timings: none, references: none, notes: none, tags: none, uncertain: none, sources: none, range };
  const timings: TimingJson[] = [];
  const references: string[] = [];
  const notes: string[] = [];
  let tags = ownTags.map((t) => t.name);
  const uncertain: string[] = [];
  const sources: string[] = [];
  for (const annotation of annotations) {
    switch (annotation.type) {
      case 'timing': {
        const timing = parseTiming(annotation.value.text);
        if (timing) timings.push({ ...timing, text: annotation.value.text } satisfies TimingJson);
        break;
      }
      case 'reference': references.push(annotation.value.text); break;
      case 'note': notes.push(annotation.value.text); break;
      case 'uncertain': uncertain.push(annotation.value.text); break;
      case 'source': sources.push(annotation.value.text); break;
      case 'tags': append(tags, annotation.names.map((n) => n.name.replace(/^@/, ''))); break;
    }
    if (annotation.type !== 'tags') append(tags, annotation.value.tags.map((t) => t.name));
  }
  if (tags.length > 1) tags = [...new Set(tags)];
  return { timings: orNone(timings), references: orNone(references), notes: orNone(notes), tags: orNone(tags), uncertain: orNone(uncertain), sources: orNone(sources), range };
}
