// The schemas themselves: they compile in ajv's full strict mode, every property is described,
// and each closed kind-specific object lists every property of its shared base.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type AnySchemaObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'schemas');
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
const schemas = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as AnySchemaObject]));

function walk(value: unknown, visit: (schema: AnySchemaObject, pointer: string) => void, pointer = ''): void {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value)) visit(value as AnySchemaObject, pointer);
  for (const [key, child] of Object.entries(value)) walk(child, visit, `${pointer}/${key}`);
}

describe('schemas', () => {
  it('compile with ajv in full strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: true });
    for (const schema of Object.values(schemas)) ajv.addSchema(schema);
    for (const file of ['nap.schema.json', 'lap.schema.json']) expect(ajv.getSchema(schemas[file]!.$id as string)).toBeTypeOf('function');
  });

  it('have stable $ids and describe every property for editors', () => {
    const undescribed: string[] = [];
    for (const [file, schema] of Object.entries(schemas)) {
      expect(schema.$id).toBe(`https://wpsplan.org/schemas/v1/${file}`);
      walk(schema, (node, pointer) => {
        if (!node.properties || pointer.includes('/anyOf/') || pointer.includes('/if') || pointer.includes('/then') || pointer.includes('/else')) return;
        for (const [name, property] of Object.entries(node.properties as Record<string, unknown>)) {
          if (property !== true && !(property as AnySchemaObject).description) undescribed.push(`${file}#${pointer}/properties/${name}`);
        }
      });
    }
    expect(undescribed).toEqual([]);
  });

  it('close every object, and a closed object names every property of the base it refers to', () => {
    const problems: string[] = [];
    const common = schemas['common.schema.json']!.$defs as Record<string, AnySchemaObject>;
    for (const [file, schema] of Object.entries(schemas)) {
      walk(schema, (node, pointer) => {
        const ref = typeof node.$ref === 'string' ? /^common\.schema\.json#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1] : undefined;
        if (node.unevaluatedProperties === false && ref) {
          const base = common[ref]!;
          const own = Object.keys((node.properties ?? {}) as object);
          for (const name of Object.keys((base.properties ?? {}) as object)) if (!own.includes(name)) problems.push(`${file}#${pointer} misses ${name} of ${ref}`);
        }
        if (node.type === 'object' && node.properties && node.additionalProperties === undefined && node.unevaluatedProperties === undefined && !pointer.includes('/$defs/') ) {
          problems.push(`${file}#${pointer} is not closed`);
        }
      });
    }
    expect(problems).toEqual([]);
  });
});
