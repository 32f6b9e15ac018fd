// `wpsplan build`: every plan without errors to documents, plus a coverage report per NAP and a roll-up per NAP and report period; parallel, incremental, shardable.
import { join, resolve, sep } from 'node:path';
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { planJobs, sentJob, shardOf, type Job } from '../build/jobs.js';
import { MANIFEST, readManifest, sha256, writeManifest, type Manifest } from '../build/manifest.js';
import { Progress } from '../build/progress.js';
import { RENDER_LIMITS } from '../build/render-limits.js';
import type { JobResult } from '../build/render-job.js';
import { displayPath } from '../load/discover.js';
import type { PlanKind } from '../load/plan.js';
import { templateDir } from '../render/template-dir.js';
import { reporters } from '../report/index.js';
import { version } from '../version.js';
import { WorkerPool, workerExists } from '../worker-pool.js';
import type { Format } from '../write/index.js';
import { workspaceOptions, type WorkspaceOptions } from '../workspace/load-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';
import { validatePaths, type ValidationResult } from './validate.js';

export interface BuildOptions extends WorkspaceOptions {
  output: string;
  to: Format[];
  force: boolean;
  shard?: { index: number; count: number };
  format: 'text' | 'json';
  color: boolean;
}

/**
 * Plans each render worker starts with before the reports: the coverage report of 100 synthetic plans renders in
 * about half the time on a worker that has rendered a few plans (the 100-plan build: 6.2–6.6 s with the reports
 * first, 6.0–6.2 s after six plans a worker; the examples and 1,000 plans unchanged).
 */
const PLANS_BEFORE_REPORTS = 6;

const BUILT_IN: Record<PlanKind | 'coverage' | 'rollup', string> = { NationalActionPlan: 'nap', LocalActionPlan: 'lap', ProgressReport: 'progress', coverage: 'coverage', rollup: 'rollup' };
const RENDER_WORKER = new URL('../build/render-worker.js', import.meta.url);

interface Row {
  job: string;
  source: string;
  status: 'built' | 'unchanged' | 'failed' | 'not built: errors';
  outputs: string[];
  ms: number;
}

type RenderPool = WorkerPool<{ job: Job; outDir: string }, JobResult>;

export async function buildCommand(env: Env, paths: readonly string[], options: BuildOptions): Promise<ExitStatus> {
  // Even with --jobs 1 the documents render on a worker thread: only there can the heap be sized for them
  // (RENDER_LIMITS); without the built worker script (tests of the sources) they render on this thread.
  let pool: RenderPool | undefined;
  const workers = (): RenderPool | undefined => (pool ??= workerExists(RENDER_WORKER) ? new WorkerPool(RENDER_WORKER, options.jobs ?? env.parallelism, RENDER_LIMITS) : undefined);
  try {
    // A first or forced build renders every plan: its workers start at once and load the writers while the plans
    // are validated. Another build starts them only if something is left to render.
    const firstBuild = (await env.stat(join(resolve(env.cwd, options.output), MANIFEST)).catch(() => undefined)) === undefined;
    if (options.force || firstBuild) workers();
    return await build(env, paths, options, workers);
  } finally {
    await pool?.close();
  }
}

async function build(env: Env, paths: readonly string[], options: BuildOptions, workers: () => RenderPool | undefined): Promise<ExitStatus> {
  const result = await validatePaths(env, paths, workspaceOptions(options));
  if (!result) return ExitStatus.Usage;
  if (result.usageProblem) return ExitStatus.Usage;
  const { ws } = result;
  const outDir = resolve(env.cwd, options.output);
  const inputs = ws.files.map((f) => f.found.path).filter((p) => p === outDir || p.startsWith(`${outDir}${sep}`));
  if (inputs.length > 0) {
    usageError(env, `the output folder ${options.output} holds plan files (${displayPath(env, inputs[0]!)}); wpsplan never writes among its inputs`, 'choose an output folder of its own, e.g. -o dist');
    return ExitStatus.Usage;
  }
  const manifestPath = join(outDir, MANIFEST);
  const previous = await readManifest(env, manifestPath);
  try {
    // Writing the manifest back first tells at once whether the folder can be written.
    await env.makeDir(outDir);
    await writeManifest(env, manifestPath, previous);
  } catch (error) {
    usageError(env, `cannot write to the output folder ${options.output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'choose a folder you may write to with -o');
    return ExitStatus.Usage;
  }

  const templates = {
    of: (kind: PlanKind | 'coverage' | 'rollup') => {
      const configured = kind === 'coverage' || kind === 'rollup' ? undefined : result.config?.templates[kind];
      const spec = configured?.template ?? BUILT_IN[kind];
      return spec ? { dir: templateDir(env, spec), ...(configured?.locale ? { locale: configured.locale } : {}) } : undefined;
    },
  };
  const { jobs: all, skipped } = planJobs(ws, result.all, templates, options.to);
  const jobs = shardOf(all, options.shard);
  const unchanged = (job: Job): boolean =>
    !options.force &&
    previous.inputs[job.out] === job.inputs &&
    job.formats.every((format) => previous.outputs.some((o) => o.file === `${job.out}.${format}`));
  const todo = jobs.filter((j) => !unchanged(j));
  const onDisk = await verified(env, outDir, previous, jobs.filter(unchanged));
  const rows: Row[] = [];
  for (const job of jobs) {
    if (!todo.includes(job) && onDisk.has(job.out)) rows.push({ job: job.out, source: sourceOf(env, job), status: 'unchanged', outputs: job.formats.map((f) => `${job.out}.${f}`), ms: 0 });
  }
  // An output someone deleted or changed is built again, whatever the manifest says.
  for (const job of jobs) if (!todo.includes(job) && !onDisk.has(job.out)) todo.push(job);

  const progress = new Progress(env, options.format === 'text', todo.length, options.color);
  const results = new Map<string, JobResult>();
  // Longest first, so that the last jobs to start are short ones and the workers finish together: the coverage
  // reports and roll-ups (whose length grows with all the plans they count), then the plans by size. But each worker
  // renders a few plans before any report, so that the long reports run on code V8 has compiled by then.
  const sorted = [...todo].sort((a, b) => weight(b) - weight(a));
  const first = new Set<Job>(sorted.filter((j) => j.type === 'plan').slice(0, PLANS_BEFORE_REPORTS * (options.jobs ?? env.parallelism)));
  const ordered = [...first, ...sorted.filter((j) => !first.has(j))];
  try {
    const done = (r: JobResult): void => {
      results.set(r.out, r);
      progress.tick(r.out, r.outputs.length > 0 ? 'built' : 'failed', r.ms);
    };
    const pool = ordered.length > 0 ? workers() : undefined;
    if (pool) {
      await pool.run(ordered.map((job) => ({ job, outDir })), done, (task) => ({ ...task, job: sentJob(task.job) }));
    } else {
      // The renderers load on this thread only here: a build's main thread otherwise never needs them.
      const { RenderCache, renderJob } = await import('../build/render-job.js');
      const cache = new RenderCache(env);
      for (const job of ordered) done(await renderJob(cache, sentJob(job), outDir));
    }
  } finally {
    progress.stop();
  }

  const manifest: Manifest = { tool: `wpsplan ${version()}`, outputs: [...previous.outputs], inputs: { ...previous.inputs } };
  const diagnostics: Diagnostic[] = [];
  for (const job of todo) {
    const r = results.get(job.out)!;
    diagnostics.push(...r.diagnostics);
    manifest.outputs = manifest.outputs.filter((o) => !o.file.startsWith(`${job.out}.`) || o.file.slice(job.out.length + 1).includes('.'));
    if (r.outputs.length === 0) {
      delete manifest.inputs[job.out];
      rows.push({ job: job.out, source: sourceOf(env, job), status: 'failed', outputs: [], ms: r.ms });
      continue;
    }
    manifest.inputs[job.out] = job.inputs;
    manifest.outputs.push(...r.outputs.map((o) => ({ file: o.file, source: sourceOf(env, job), sha256: o.sha256 })));
    rows.push({ job: job.out, source: sourceOf(env, job), status: 'built', outputs: r.outputs.map((o) => o.file), ms: r.ms });
  }
  for (const s of shardOf(skipped, options.shard)) rows.push({ job: s.plan.file, source: s.plan.file, status: 'not built: errors', outputs: [], ms: 0 });
  await writeManifest(env, manifestPath, manifest);

  rows.sort((a, b) => (a.job < b.job ? -1 : a.job > b.job ? 1 : 0));
  const errors = result.all.filter((d) => d.severity === 'error' && skipped.some((s) => s.because.includes(d.file)));
  report(env, options, rows, [...errors, ...diagnostics], result, outDir);
  return rows.some((r) => r.status === 'failed' || r.status === 'not built: errors') ? ExitStatus.Problems : ExitStatus.Clean;
}

/** Jobs whose outputs are on disk exactly as the manifest recorded them. */
async function verified(env: Env, outDir: string, manifest: Manifest, jobs: Job[]): Promise<Set<string>> {
  const ok = new Set<string>();
  for (const job of jobs) {
    let good = true;
    for (const format of job.formats) {
      const entry = manifest.outputs.find((o) => o.file === `${job.out}.${format}`);
      const bytes = entry ? await env.readFile(join(outDir, entry.file)).catch(() => undefined) : undefined;
      if (!bytes || sha256(bytes) !== entry!.sha256) good = false;
    }
    if (good) ok.add(job.out);
  }
  return ok;
}

/** How long a job is likely to take, in characters of YAML: the plan's own text, or all the plans a report counts. */
const weight = (job: Job): number =>
  job.files.reduce((sum, f) => sum + (job.type !== 'plan' || f.found.path === job.planPath ? (f.text?.length ?? 0) : 0), 0);

const sourceOf = (env: Env, job: Job): string => displayPath(env, job.type === 'plan' ? job.planPath : job.napPath);

function report(env: Env, options: BuildOptions, rows: Row[], diagnostics: Diagnostic[], result: ValidationResult, outDir: string): void {
  if (options.format === 'json') {
    env.stdout.write(`${JSON.stringify({ output: displayPath(env, outDir), jobs: rows, diagnostics }, null, 2)}\n`);
    return;
  }
  if (diagnostics.length > 0) {
    env.stdout.write(reporters.stylish({ diagnostics, totals: countBySeverity(diagnostics), files: result.files, lineText: result.lineText, color: options.color, verbose: false }));
    env.stdout.write('\n');
  }
  const width = Math.min(64, Math.max(4, ...rows.map((r) => r.job.length)));
  const lines = rows.map((r) => `${r.job.padEnd(width)}  ${r.status.padEnd(17)}  ${(r.outputs.map((o) => o.slice(o.lastIndexOf('.') + 1)).join(', ') || '—').padEnd(15)}  ${r.ms ? `${Math.round(r.ms)} ms` : ''}`.trimEnd());
  const count = (status: Row['status']): number => rows.filter((r) => r.status === status).length;
  env.stdout.write(`${'document'.padEnd(width)}  ${'status'.padEnd(17)}  ${'formats'.padEnd(15)}  time\n${lines.join('\n')}\n\n`);
  env.stdout.write(
    `${count('built')} built, ${count('unchanged')} unchanged, ${count('not built: errors')} not built because of errors, ${count('failed')} failed — documents in ${displayPath(env, outDir)}${options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : ''}\n`,
  );
}

