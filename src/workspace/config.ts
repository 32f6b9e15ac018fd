// wpsplan.config.yaml: found in the current folder or above (or named with --config), checked against its schema.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import type { Source } from '../load/source.js';
import { asArray } from '../validate/elements.js';
import { loadCheckedYaml } from '../validate/load-checked-yaml.js';

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
  const { data, diagnostics, source } = await loadCheckedYaml(env, path, 'config');
  const include = asArray(data.include).filter((g): g is string => typeof g === 'string' && g.length > 0);
  return { path, include: diagnostics.length > 0 ? [] : include, diagnostics, ...(source ? { source } : {}) };
}
