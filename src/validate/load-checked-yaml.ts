// A YAML file that is not a plan (the config, a template.yaml) → its data, checked against its schema with the usual diagnostics.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import { readData } from '../load/read-data.js';
import { YamlFile, type PlanObject } from '../load/plan.js';
import { readSource } from '../load/read-source.js';
import { Source } from '../load/source.js';
import { quickValidatorFor } from './quick-validators.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { validatorFor, type SchemaKey } from './schemas.js';

export interface CheckedYaml {
  /** The data, or an empty mapping when the file could not be read or parsed. */
  data: PlanObject;
  diagnostics: Diagnostic[];
  /** The text, for code frames; missing when the file could not be read. */
  source?: Source;
}

export async function loadCheckedYaml(env: Env, path: string, schema: SchemaKey): Promise<CheckedYaml> {
  const source = await readSource(env, { path, file: displayPath(env, path), explicit: true });
  if (!(source instanceof Source)) return { data: {}, diagnostics: [source] };
  // Each render worker reads its templates' locales: the fast path of plan files, the yaml library only if needed.
  const read = readData(source);
  if ('diagnostics' in read) return { data: {}, diagnostics: read.diagnostics, source };
  const data = (read.data ?? {}) as PlanObject;
  const diagnostics: Diagnostic[] = [];
  if (!quickValidatorFor(schema)?.(data)) {
    const validate = validatorFor(schema)!;
    if (!validate(data)) diagnostics.push(...schemaDiagnostics(new YamlFile(data, source, read.doc), validate.errors ?? []));
  }
  return { data, diagnostics, source };
}
