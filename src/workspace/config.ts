// wpsplan.config.yaml: found in the current folder or above (or named with --config), checked against its schema.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import { parseYaml } from '../load/parse-yaml.js';
import { YamlFile, type PlanObject } from '../load/plan.js';
import { readSource } from '../load/read-source.js';
import { Source } from '../load/source.js';
import { toData } from '../load/to-data.js';
import { asArray } from '../validate/elements.js';
import { schemaDiagnostics } from '../validate/schema-diagnostics.js';
import { quickValidatorFor } from '../validate/quick-validators.js';
import { validatorFor } from '../validate/schemas.js';

export const CONFIG_NAME = 'wpsplan.config.yaml';

export interface Config {
  /** Absolute path of the config file. */
  path: string;
  /** `include` globs, relative to the config file's folder. */
  include: string[];
  diagnostics: Diagnostic[];
  /** The text, for code frames; missing when the file could not be read. */
  source?: Source;
}

/** The config file to use: the one named, else the nearest wpsplan.config.yaml from the current folder up. */
export async function findConfig(env: Env, named?: string): Promise<string | undefined> {
  if (named !== undefined) return resolve(env.cwd, named);
  for (let dir = env.cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    if ((await env.stat(candidate))?.isFile) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export async function loadConfig(env: Env, path: string): Promise<Config> {
  const source = await readSource(env, { path, file: displayPath(env, path), explicit: true });
  if (!(source instanceof Source)) return { path, include: [], diagnostics: [source] };
  const parsed = parseYaml(source);
  if (parsed.diagnostics.length > 0) return { path, include: [], diagnostics: parsed.diagnostics, source };
  const raw = toData(parsed.doc, source.text).data;
  const data = (raw ?? {}) as PlanObject;
  const file = new YamlFile(data, source, parsed.doc);
  const diagnostics: Diagnostic[] = [];
  if (!quickValidatorFor('config')?.(data)) {
    const validate = validatorFor('config')!;
    if (!validate(data)) diagnostics.push(...schemaDiagnostics(file, validate.errors ?? []));
  }
  const include = asArray(data.include).filter((g): g is string => typeof g === 'string' && g.length > 0);
  return { path, include: diagnostics.length > 0 ? [] : include, diagnostics, source };
}
