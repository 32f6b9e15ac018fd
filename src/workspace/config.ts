// wpsplan.config.yaml: found in the current folder or above (or named with --config), checked against its schema.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import type { PlanKind } from '../load/plan.js';
import { YamlFile } from '../load/plan.js';
import type { Source } from '../load/source.js';
import { asArray, asObject } from '../validate/elements.js';
import { loadCheckedYaml } from '../validate/load-checked-yaml.js';

export const CONFIG_NAME = 'wpsplan.config.yaml';

export interface Waiver {
  code: string;
  plan: string;
  element?: string;
  reason: string;
  /** YYYY-MM-DD: the last day the waiver silences its finding. */
  until?: string;
  /** Its place in the config's `waivers` list. */
  index: number;
}

export interface Config {
  /** Absolute path of the config file. */
  path: string;
  /** `include` globs, relative to the config file's folder. */
  include: string[];
  /** Code → its severity, or `off`. */
  rules: Record<string, Severity | 'off'>;
  /** Template (a built-in name, or an absolute folder) and locale per plan kind. */
  templates: Partial<Record<PlanKind, { template?: string; locale?: string }>>;
  waivers: Waiver[];
  diagnostics: Diagnostic[];
  /** The file, for locating problems in it and for code frames; missing when it could not be read. */
  file?: YamlFile;
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
  const ok = diagnostics.length === 0;
  const rules = ok ? (asObject(data.rules) as Config['rules'] | undefined) ?? {} : {};
  const templates: Config['templates'] = {};
  for (const [kind, value] of Object.entries((ok && asObject(data.templates)) || {})) {
    const entry = asObject(value) ?? {};
    const template = typeof entry.template === 'string' ? entry.template : undefined;
    templates[kind as PlanKind] = {
      // A folder is relative to the config file; a bare name is a built-in template.
      ...(template ? { template: /^[a-z][a-z0-9-]*$/.test(template) ? template : resolve(dirname(path), template) } : {}),
      ...(typeof entry.locale === 'string' ? { locale: entry.locale } : {}),
    };
  }
  const waivers: Waiver[] = ok
    ? asArray(data.waivers).map((w, index) => {
        const o = asObject(w) ?? {};
        return {
          code: String(o.code),
          plan: String(o.plan),
          ...(o.element !== undefined ? { element: String(o.element) } : {}),
          reason: String(o.reason),
          ...(typeof o.until === 'string' ? { until: o.until } : {}),
          index,
        };
      })
    : [];
  return {
    path,
    include: ok ? asArray(data.include).filter((g): g is string => typeof g === 'string' && g.length > 0) : [],
    rules,
    templates,
    waivers,
    diagnostics,
    ...(source ? { source, file: new YamlFile(data, source) } : {}),
  };
}
