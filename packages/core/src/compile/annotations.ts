// Compiles the annotation lines and trailing tags of an element into the common JSON fields.
import type { Annotation, Span, Tag } from '../ast/nodes.js';
import type { LineMap } from '../diagnostics/line-map.js';
import { parseTiming } from '../syntax/timing.js';
import type { AnnotationsJson, RangeJson, TimingJson } from './process-json.js';

export function rangeJson(lines: LineMap, span: Span): RangeJson {
  const start = lines.point(span.start);
  const end = lines.point(span.end);
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}

/**
 * The common fields of an element. Note: the builders of the many elements (steps, standards, problems, remedies,
 * decisions, branches, scenarios) copy them into their literal one by one; V8 spreads an object into the middle of a
 * literal about 8× slower, which showed at 10k steps.
 */
export function compileAnnotations(annotations: readonly Annotation[], ownTags: readonly Tag[], span: Span, lines: LineMap): AnnotationsJson {
  const out: AnnotationsJson = { timings: [], references: [], notes: [], tags: ownTags.map((t) => t.name), uncertain: [], sources: [], range: rangeJson(lines, span) };
  for (const annotation of annotations) {
    switch (annotation.type) {
      case 'timing': {
        const timing = parseTiming(annotation.value.text);
        if (timing) out.timings.push({ ...timing, text: annotation.value.text } satisfies TimingJson);
        break;
      }
      case 'reference': out.references.push(annotation.value.text); break;
      case 'note': out.notes.push(annotation.value.text); break;
      case 'uncertain': out.uncertain.push(annotation.value.text); break;
      case 'source': out.sources.push(annotation.value.text); break;
      case 'tags': out.tags.push(...annotation.names.map((n) => n.name.replace(/^@/, ''))); break;
    }
    if (annotation.type !== 'tags') out.tags.push(...annotation.value.tags.map((t) => t.name));
  }
  if (out.tags.length > 1) out.tags = [...new Set(out.tags)];
  return out;
}
