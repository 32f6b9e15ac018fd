// What an object schema allows: its properties (through $ref and allOf) and their descriptions.
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import { resolveRef } from './schemas.js';

/** Property name → its schema, for an object schema and everything it pulls in by `$ref` or `allOf`. */
export function propertiesOf(schema: AnySchemaObject | undefined, seen = new Set<object>()): Map<string, AnySchemaObject> {
  const out = new Map<string, AnySchemaObject>();
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return out;
  seen.add(schema);
  for (const [name, value] of Object.entries((schema.properties ?? {}) as Record<string, AnySchemaObject>)) out.set(name, value);
  const parts: (AnySchemaObject | undefined)[] = [];
  if (typeof schema.$ref === 'string') parts.push(resolveRef(schema.$ref, schema));
  for (const part of (schema.allOf ?? []) as AnySchemaObject[]) parts.push(part);
  for (const part of parts) for (const [name, value] of propertiesOf(part, seen)) if (!out.has(name)) out.set(name, value);
  return out;
}

/** A schema's own description, or the one of the schema its `$ref` names. */
export function describeSchema(schema: AnySchemaObject | undefined): { title?: string; description?: string } {
  if (!schema) return {};
  const target = typeof schema.$ref === 'string' ? resolveRef(schema.$ref, schema) : undefined;
  const title = (schema.title ?? target?.title) as string | undefined;
  const description = (schema.description ?? target?.description) as string | undefined;
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
