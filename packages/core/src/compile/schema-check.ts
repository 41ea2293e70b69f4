// Validates compiled output against the published JSON Schema with ajv; a mismatch is an internal error (SOP3001).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../schema/process.schema.json' with { type: 'json' };
import type { ProcessJson } from './process-json.js';

let validator: ValidateFunction | undefined;

/** The compiled schema validator (compiled once, on first use). */
export function processValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return validator;
}

/** Problems with a compiled document, as short readable strings; empty when it matches the schema. */
export function schemaProblems(doc: ProcessJson | unknown): string[] {
  const validate = processValidator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}

export { schema as processSchema };
