// Where a template lives, without loading the template engine: the build's main thread only names templates.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Env } from '../env.js';
import { packageRoot } from '../package-root.js';

/** Where a template lives: a built-in name (`lap`, `nap`) or a path to the user's own folder. */
export function templateDir(env: Env, spec: string): string {
  const builtIn = join(packageRoot(), 'templates', spec);
  return /^[a-z][a-z0-9-]*$/.test(spec) && isFolder(builtIn) ? builtIn : resolve(env.cwd, spec);
}

export const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
