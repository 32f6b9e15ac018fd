// Command-line paths, folders and globs → the plan files of a run (spec section 1).
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Env } from '../env.js';

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the current folder, with forward slashes. */
  file: string;
  /** Named on the command line: a file that is not a plan is an error, not skipped. */
  explicit: boolean;
  /** Loaded only because a plan refers to a plan beside it: used to resolve references, not reported on. */
  sibling?: boolean;
}

export interface Discovery {
  files: FoundFile[];
  /** Command-line paths that do not exist. */
  missing: string[];
  /** Folders and globs that held no plan candidate. */
  empty: string[];
}

const PLAN_NAME = /\.(nap|lap|report)\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;
const TOP_LEVEL_WPSPLAN = /^wpsplan\s*:/m;

/** Files whose name marks them as plans, or YAML files whose top level has a `wpsplan:` line. */
export async function isCandidate(env: Env, path: string): Promise<boolean> {
  if (PLAN_NAME.test(path)) return true;
  if (!YAML_NAME.test(path)) return false;
  try {
    const head = new TextDecoder().decode(await env.readFile(path));
    return TOP_LEVEL_WPSPLAN.test(head);
  } catch {
    // An unreadable file met while scanning is reported when it is loaded, if it is a candidate by name.
    return false;
  }
}

export function displayPath(env: Env, path: string): string {
  const rel = relative(env.cwd, path);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

/** Paths and globs are relative to `base` (default: the current folder); config `include` globs use the config's folder. */
export async function discover(env: Env, args: readonly string[], base = env.cwd): Promise<Discovery> {
  const found = new Map<string, FoundFile>();
  const missing: string[] = [];
  const empty: string[] = [];

  const add = async (path: string, explicit: boolean): Promise<void> => {
    let real: string;
    try {
      real = await env.realPath(path);
    } catch {
      real = path;
    }
    const existing = found.get(real);
    if (existing) existing.explicit ||= explicit;
    else found.set(real, { path, file: displayPath(env, path), explicit });
  };

  for (const arg of args) {
    const before = found.size;
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd: base,
        absolute: true,
        dot: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**'],
      });
      for (const match of matches.sort()) if (await isCandidate(env, match)) await add(resolve(match), false);
      if (found.size === before) empty.push(arg);
      continue;
    }
    const path = resolve(base, arg);
    const info = await env.stat(path);
    if (!info) {
      missing.push(arg);
    } else if (info.isDirectory) {
      for (const file of await walk(env, path)) if (await isCandidate(env, file)) await add(file, false);
      if (found.size === before) empty.push(arg);
    } else {
      await add(path, true);
    }
  }

  const files = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, missing, empty };
}

/** Plan candidates directly in a folder, not below it: where a referenced plan is looked for. */
export async function candidatesBeside(env: Env, dir: string): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  for (const file of await walk(env, dir, false)) {
    if (await isCandidate(env, file)) out.push({ path: file, file: displayPath(env, file), explicit: false, sibling: true });
  }
  return out;
}

/** Every file below a folder; hidden folders and node_modules skipped, symbolic links not followed. */
async function walk(env: Env, dir: string, recursive = true): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await env.readDir(dir)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) {
      if (!recursive || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      out.push(...(await walk(env, path)));
    } else if (entry.isFile) {
      out.push(path);
    }
  }
  return out;
}
