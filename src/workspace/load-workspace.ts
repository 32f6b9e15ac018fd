// Command line + config → the workspace of a run: every plan loaded once and checked on its own.
import { dirname, resolve } from 'node:path';
import type { Env } from '../env.js';
import { candidatesBeside, discover, type FoundFile } from '../load/discover.js';
import { decode, MAX_FILE_BYTES } from '../load/decode.js';
import { CheckCache, hashOf } from './cache.js';
import { checkFiles } from './check-files.js';
import { fromResult, toResult } from './file-result.js';
import { canRunInParallel, checkInParallel, PARALLEL_THRESHOLD } from './check-in-parallel.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { refsOf } from './references.js';
import { Workspace, type WorkspaceFile } from './workspace.js';

export interface WorkspaceOptions {
  /** --config: a config file to use instead of looking for wpsplan.config.yaml. */
  config?: string;
  /** --jobs: threads checking files at once; default the environment's parallelism. */
  jobs?: number;
  /** --cache: where to keep each file's own results between runs; no cache when undefined. */
  cache?: string;
}

/** The workspace options among a command's options (leaving out those not given). */
export function workspaceOptions(options: WorkspaceOptions): WorkspaceOptions {
  return {
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.cache !== undefined ? { cache: options.cache } : {}),
  };
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
  const jobs = options.jobs ?? env.parallelism;
  const cache = options.cache !== undefined ? await CheckCache.open(env, resolve(env.cwd, options.cache)) : undefined;
  const check = (list: readonly FoundFile[]): Promise<WorkspaceFile[]> => checkAll(env, list, jobs, cache);
  const files = await check([...found.values()]);
  await addSiblings(files, found, (dir) => candidatesBeside(env, dir), check);
  if (cache) {
    await cache.save(env).catch((error: NodeJS.ErrnoException) => {
      env.stderr.write(`wpsplan: warning: could not write the cache ${options.cache} (${error.code ?? error.message}); the next run will check every file again\n`);
    });
  }
  files.sort((a, b) => (a.found.file < b.found.file ? -1 : a.found.file > b.found.file ? 1 : 0));
  return { ws: new Workspace(files), ...(config ? { config } : {}), missing, empty: named.empty };
}

/** Checks files, in worker threads when there are many, reusing the cache's results for unchanged files. */
async function checkAll(env: Env, files: readonly FoundFile[], jobs: number, cache: CheckCache | undefined): Promise<WorkspaceFile[]> {
  const check = (list: readonly FoundFile[]): Promise<WorkspaceFile[]> =>
    jobs > 1 && list.length >= PARALLEL_THRESHOLD && canRunInParallel() ? checkInParallel(list, jobs) : checkFiles(env, list);
  if (!cache) return check(files);
  const kept: WorkspaceFile[] = [];
  const misses: FoundFile[] = [];
  const hashes = new Map<string, string>();
  const contents = await mapLimited(files, 32, (found) => readSmall(env, found.path));
  for (const [i, found] of files.entries()) {
    const bytes = contents[i];
    if (!bytes) {
      misses.push(found);
      continue;
    }
    const hash = hashOf(bytes);
    hashes.set(found.path, hash);
    const hit = cache.lookup(found.path, found.file, hash);
    const decoded = hit ? decode(bytes, found.file) : undefined;
    if (hit && decoded && 'text' in decoded) kept.push(fromResult({ found, text: decoded.text, ...hit }));
    else misses.push(found);
  }
  const checked = await check(misses);
  for (const file of checked) {
    const hash = hashes.get(file.found.path);
    if (hash && file.source) cache.store(file.found.path, hash, toResult(file));
  }
  return [...kept, ...checked];
}

/** `fn` over `items` with at most `limit` calls under way: reading files one by one leaves the disk idle. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** A file's bytes when it can be read and is within the size limit (else the checker reports why). */
async function readSmall(env: Env, path: string): Promise<Uint8Array | undefined> {
  const info = await env.stat(path).catch(() => undefined);
  if (!info || info.size > MAX_FILE_BYTES) return undefined;
  return env.readFile(path).catch(() => undefined);
}

/**
 * A plan referring to a plan not in the workspace gets the plan candidates of its own folder
 * loaded too (not recursively), so `wpsplan validate tuzla.lap.yaml` finds the NAP beside it.
 */
async function addSiblings(
  files: WorkspaceFile[],
  found: Map<string, FoundFile>,
  beside: (dir: string) => Promise<FoundFile[]>,
  check: (list: readonly FoundFile[]) => Promise<WorkspaceFile[]>,
): Promise<void> {
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
      for (const file of await beside(folder)) {
        if (found.has(file.path)) continue;
        found.set(file.path, file);
        fresh.push(file);
      }
    }
    if (fresh.length === 0) return;
    files.push(...(await check(fresh)));
  }
}
