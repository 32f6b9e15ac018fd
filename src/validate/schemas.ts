// The JSON Schemas of the plan kinds, loaded and compiled once per process with ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv2020, AnySchemaObject, ValidateFunction } from 'ajv/dist/2020.js';
import { packageRoot } from '../package-root.js';
import type { PlanKind } from '../load/plan.js';

type Ajv = Ajv2020;

/** What a schema validates: a plan kind, the config file, a template's template.yaml or one of its locales. */
export type SchemaKey = PlanKind | 'config' | 'template' | 'locale';

/** Schema file of each plan kind that has one, and of the config file, in `schemas/`. */
export const SCHEMA_FILES: Partial<Record<SchemaKey, string>> = {
  NationalActionPlan: 'nap.schema.json',
  LocalActionPlan: 'lap.schema.json',
  ProgressReport: 'report.schema.json',
  config: 'config.schema.json',
  template: 'template.schema.json',
  locale: 'locale.schema.json',
};

const SHARED_FILES = ['common.schema.json'];

interface Registry {
  ajv: Ajv;
  /** `$id` of each schema file. */
  ids: Map<string, string>;
  /** Where each schema object sits: its file's `$id` and its JSON pointer there, so `$ref`s and branches can be followed. */
  placeOf: WeakMap<object, { base: string; pointer: string }>;
}

let registry: Registry | undefined;
const compiled = new Map<SchemaKey, ValidateFunction>();

export function readSchema(file: string): AnySchemaObject {
  return JSON.parse(readFileSync(join(packageRoot(), 'schemas', file), 'utf8')) as AnySchemaObject;
}

function schemaRegistry(): Registry {
  if (registry) return registry;
  // ajv itself loads here, on the first file its precompiled validator refuses (or the first config or template
  // checked from the sources): a run over valid plans never loads it.
  const { Ajv2020: AjvClass } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // strictTypes is off because anyOf branches are compiled on their own to explain errors; the schema test runs fully strict.
  const ajv = new AjvClass({ allErrors: true, strict: true, strictTypes: false, verbose: true, unicodeRegExp: true });
  const ids = new Map<string, string>();
  const placeOf = new WeakMap<object, { base: string; pointer: string }>();
  for (const file of [...SHARED_FILES, ...Object.values(SCHEMA_FILES)]) {
    const schema = readSchema(file);
    const id = schema.$id as string;
    ids.set(file, id);
    markPlaces(schema, id, '', placeOf);
    ajv.addSchema(schema);
  }
  registry = { ajv, ids, placeOf };
  return registry;
}

function markPlaces(value: unknown, base: string, pointer: string, placeOf: Registry['placeOf']): void {
  if (value === null || typeof value !== 'object') return;
  placeOf.set(value, { base, pointer });
  for (const [key, child] of Object.entries(value)) {
    markPlaces(child, base, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, placeOf);
  }
}

/** The compiled validator of a plan kind or the config, or undefined for a kind without a schema yet. */
export function validatorFor(kind: SchemaKey): ValidateFunction | undefined {
  const file = SCHEMA_FILES[kind];
  if (!file) return undefined;
  let validate = compiled.get(kind);
  if (!validate) {
    const { ajv, ids } = schemaRegistry();
    validate = ajv.getSchema(ids.get(file)!);
    if (!validate) throw new Error(`wpsplan: schema ${file} did not compile`);
    compiled.set(kind, validate);
  }
  return validate;
}

/** Follows a `$ref` written in `from` (a schema object of one of our files). */
export function resolveRef(ref: string, from: object): AnySchemaObject | undefined {
  const { ajv, placeOf } = schemaRegistry();
  const base = placeOf.get(from)?.base;
  const url = base ? new URL(ref, base).href : ref;
  return ajv.getSchema(url)?.schema as AnySchemaObject | undefined;
}

/** A compiled validator for one part of one of our schemas (an `anyOf` branch), or undefined. */
export function validatorAt(schema: object, suffix: string): ValidateFunction | undefined {
  const { ajv, placeOf } = schemaRegistry();
  const place = placeOf.get(schema);
  return place ? ajv.getSchema(`${place.base}#${place.pointer}${suffix}`) : undefined;
}
