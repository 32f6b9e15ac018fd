// `wpsplan schema [nap|lap|report|config|template]`: one JSON Schema, with the shared definitions bundled in, for editors and tools.
import type { AnySchemaObject } from 'ajv/dist/2020.js';
import type { Env } from '../env.js';
import { readSchema } from '../validate/schemas.js';
import { ExitStatus, usageError } from './exit-status.js';

export const SCHEMA_NAMES = { nap: 'nap.schema.json', lap: 'lap.schema.json', report: 'report.schema.json', config: 'config.schema.json', template: 'template.schema.json' } as const;
export type SchemaName = keyof typeof SCHEMA_NAMES;

/**
 * The schema with `common.schema.json`'s definitions copied in under `$defs` and its references made local,
 * so a tool that reads one file needs nothing else.
 */
export function bundledSchema(name: SchemaName): AnySchemaObject {
  const schema = readSchema(SCHEMA_NAMES[name]);
  const text = JSON.stringify(schema);
  if (!text.includes('common.schema.json#')) return schema;
  const common = readSchema('common.schema.json');
  const own = (schema.$defs ?? {}) as Record<string, unknown>;
  const shared = (common.$defs ?? {}) as Record<string, unknown>;
  const rename = (key: string): string => (key in own ? `common-${key}` : key);
  const local = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value).replace(/"(?:common\.schema\.json)?#\/\$defs\/([A-Za-z0-9_-]+)"/g, (match, key: string) =>
        match.startsWith('"common') ? `"#/$defs/${rename(key)}"` : match,
      ),
    );
  // Inside common's own definitions, a local "#/$defs/x" meant common's x.
  const sharedLocal = JSON.parse(JSON.stringify(shared).replace(/"#\/\$defs\/([A-Za-z0-9_-]+)"/g, (_m, key: string) => `"#/$defs/${rename(key)}"`)) as Record<string, unknown>;
  const bundled = local(schema) as AnySchemaObject;
  bundled.$defs = { ...(bundled.$defs as object), ...Object.fromEntries(Object.entries(sharedLocal).map(([k, v]) => [rename(k), v])) };
  return bundled;
}

export function schemaCommand(env: Env, name: string | undefined): ExitStatus {
  const key = (name ?? 'lap') as SchemaName;
  if (!(key in SCHEMA_NAMES)) {
    usageError(env, `unknown schema "${name}"`, `choose one of ${Object.keys(SCHEMA_NAMES).join(', ')}`);
    return ExitStatus.Usage;
  }
  env.stdout.write(`${JSON.stringify(bundledSchema(key), null, 2)}\n`);
  return ExitStatus.Clean;
}
