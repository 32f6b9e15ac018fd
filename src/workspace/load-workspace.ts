// Command line + config → the workspace of a run: every plan loaded once and checked on its own.
import { dirname } from 'node:path';
import type { Env } from '../env.js';
import { candidatesBeside, discover, type FoundFile } from '../load/discover.js';
import { checkFiles } from './check-files.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { refsOf } from './references.js';
import { Workspace, type WorkspaceFile } from './workspace.js';

export interface WorkspaceOptions {
  /** --config: a config file to use instead of looking for wpsplan.config.yaml. */
  config?: string;
}

export interface LoadedWorkspace {
  ws: Workspace;
  /** The config file used, with its problems. */
  config?: Config;
  /** Command-line paths that do not exist (and a --config that does not). */
  missing: string[];
  /** Command-line folders and globs without a plan candidate. */
  empty: string[];
}

export async function loadWorkspace(env: Env, paths: readonly string[], options: WorkspaceOptions = {}): Promise<LoadedWorkspace> {
  const missing: string[] = [];
  const configPath = await findConfig(env, options.config);
  let config: Config | undefined;
  const fromConfig: FoundFile[] = [];
  if (configPath && options.config !== undefined && !(await env.stat(configPath))) {
    missing.push(options.config);
  } else if (configPath) {
    config = await loadConfig(env, configPath);
    if (config.include.length > 0) fromConfig.push(...(await discover(env, config.include, dirname(configPath))).files);
  }
  // Without paths, the config's include globs are the workspace; without those either, the current folder.
  const args = paths.length > 0 || fromConfig.length > 0 ? paths : ['.'];
  const named = await discover(env, args);
  missing.push(...named.missing);

  const found = new Map<string, FoundFile>();
  for (const file of [...named.files, ...fromConfig]) if (!found.has(file.path)) found.set(file.path, file);
  const files = await checkFiles(env, [...found.values()]);
  await addSiblings(env, files, found);
  files.sort((a, b) => (a.found.file < b.found.file ? -1 : a.found.file > b.found.file ? 1 : 0));
  return { ws: new Workspace(files), ...(config ? { config } : {}), missing, empty: named.empty };
}

/**
 * A plan referring to a plan not in the workspace gets the plan candidates of its own folder
 * loaded too (not recursively), so `wpsplan validate tuzla.lap.yaml` finds the NAP beside it.
 */
async function addSiblings(env: Env, files: WorkspaceFile[], found: Map<string, FoundFile>): Promise<void> {
  const searched = new Set<string>();
  for (;;) {
    const ids = new Set(files.flatMap((f) => (f.plan?.id ? [f.plan.id] : [])));
    const folders = new Set<string>();
    for (const { plan } of files) {
      if (!plan) continue;
      const wanted = [plan.data.parent, plan.data.plan, ...refsOf(plan).map((r) => (r.explicit ? r.planId : undefined))];
      if (wanted.some((id) => typeof id === 'string' && !ids.has(id))) folders.add(dirname(plan.source.path));
    }
    const fresh: FoundFile[] = [];
    for (const folder of folders) {
      if (searched.has(folder)) continue;
      searched.add(folder);
      for (const file of await candidatesBeside(env, folder)) {
        if (found.has(file.path)) continue;
        found.set(file.path, file);
        fresh.push(file);
      }
    }
    if (fresh.length === 0) return;
    files.push(...(await checkFiles(env, fresh)));
  }
}
