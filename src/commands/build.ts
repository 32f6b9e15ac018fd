// `wpsplan build`: every plan without errors to documents, plus a coverage report per NAP and a roll-up per NAP and report period; parallel, incremental, shardable.
import { join, resolve, sep } from 'node:path';
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { handOver, planJobs, shardOf, withPlanRead, withReport, type Job } from '../build/jobs.js';
import { MANIFEST, readManifest, sha256, writeManifest, type Manifest } from '../build/manifest.js';
import { Progress } from '../build/progress.js';
import { RENDER_LIMITS } from '../build/render-limits.js';
import type { JobResult } from '../build/render-job.js';
import { collectGarbage } from '../heap.js';
import { displayPath } from '../load/discover.js';
import type { PlanKind } from '../load/plan.js';
import { readSource } from '../load/read-source.js';
import { Source } from '../load/source.js';
import { templateDir } from '../render/template-dir.js';
import { reporters } from '../report/index.js';
import type { FileSummary } from '../report/reporter.js';
import { version } from '../version.js';
import { WorkerPool, workerExists } from '../worker-pool.js';
import type { Format } from '../write/index.js';
import { workspaceOptions, type WorkspaceOptions } from '../workspace/load-workspace.js';
import { ExitStatus, usageError } from './exit-status.js';
import { validatePaths } from './validate.js';

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
  // Interrupted, the workers stop first, so that none starts a file after the temporary ones are removed.
  const outDir = resolve(env.cwd, options.output);
  const stopped = env.onInterrupt(async () => {
    await pool?.close();
    await env.removeTemporaryFiles(outDir);
    env.stderr.write('\nwpsplan: interrupted; the documents written are whole, and the next build renders the rest\n');
  });
  try {
    // A first or forced build renders every plan: its workers start at once and load the writers while the plans
    // are validated. Another build starts them only if something is left to render.
    const firstBuild = (await env.stat(join(outDir, MANIFEST)).catch(() => undefined)) === undefined;
    if (options.force || firstBuild) workers();
    return await build(env, paths, options, workers);
  } finally {
    stopped();
    await pool?.close();
  }
}

/**
 * What a build keeps of the checked workspace once it knows its jobs: not the plans. Each is read again as its job is
 * sent or rendered, so the plans are not all held here for the length of the build (at 1,000 local plans, some
 * 120 MB of text and data on this thread).
 */
interface Planned {
  outDir: string;
  manifestPath: string;
  previous: Manifest;
  /** The jobs to render, coverage jobs with their numbers. */
  todo: Job[];
  /** The rows of the jobs left as they are. */
  rows: Row[];
  /** Plans not built, and the files whose errors stop them. */
  skipped: { file: string; because: string[] }[];
  /** The errors that stop them. */
  errors: Diagnostic[];
  files: FileSummary[];
  /** The texts of the files those errors are in, and of the config, for the report's code frames. */
  sources: Map<string, Source>;
}

async function build(env: Env, paths: readonly string[], options: BuildOptions, workers: () => RenderPool | undefined): Promise<ExitStatus> {
  const planned = await planBuild(env, paths, options);
  if (typeof planned === 'number') return planned;
  const { outDir, manifestPath, previous, todo, rows, skipped, errors } = planned;
  // What a build killed outright left (an interrupted one removes its own), once the folder is accepted as the
  // output and before any document is written to it.
  await env.removeTemporaryFiles(outDir);
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
      // The checked plans are garbage once the coverage numbers made from them are sent (at 1,000 local plans, some
      // 150 MB on this thread): they are collected then, while the workers render, not when V8 would (seconds later).
      let reports = ordered.filter((j) => j.type === 'coverage' && j.report).length;
      const running = pool.run(ordered.map((job) => ({ job, outDir })), done, async (task) => {
        const job = handOver(task.job);
        if (job !== task.job && --reports === 0) setImmediate(() => collectGarbage(true));
        return { ...task, job: await withPlanRead(env, job) };
      });
      if (reports === 0) collectGarbage(true);
      await running;
    } else {
      // The renderers load on this thread only here: a build's main thread otherwise never needs them.
      const { RenderCache, renderJob } = await import('../build/render-job.js');
      const cache = new RenderCache(env);
      for (const job of ordered) done(await renderJob(cache, handOver(job), outDir));
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
  for (const s of skipped) rows.push({ job: s.file, source: s.file, status: 'not built: errors', outputs: [], ms: 0 });
  await writeManifest(env, manifestPath, manifest);

  rows.sort((a, b) => (a.job < b.job ? -1 : a.job > b.job ? 1 : 0));
  const shown = [...errors, ...diagnostics];
  const sources = await withSources(env, planned.sources, shown);
  report(env, options, rows, shown, { files: planned.files, lineText: (file, line) => sources.get(file)?.lineText(line) }, outDir);
  return rows.some((r) => r.status === 'failed' || r.status === 'not built: errors') ? ExitStatus.Problems : ExitStatus.Clean;
}

/** Checks the workspace and plans the build: the jobs, those left as they are, the plans not built and why. */
async function planBuild(env: Env, paths: readonly string[], options: BuildOptions): Promise<Planned | ExitStatus> {
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

  const errors = result.all.filter((d) => d.severity === 'error' && skipped.some((s) => s.because.includes(d.file)));
  const sources = new Map<string, Source>();
  for (const f of ws.files) if (f.source && errors.some((d) => d.file === f.found.file)) sources.set(f.found.file, f.source);
  if (result.config?.source) sources.set(result.config.source.file, result.config.source);
  return {
    outDir,
    manifestPath,
    previous,
    todo: todo.map((job) => withReport(ws, job)),
    rows,
    skipped: shardOf(skipped, options.shard).map((s) => ({ file: s.plan.file, because: s.because })),
    errors,
    files: result.files,
    sources,
  };
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
  job.files.reduce((sum, f) => sum + (job.type !== 'plan' || f.found.path === job.planPath ? f.size : 0), 0);

const sourceOf = (env: Env, job: Job): string => displayPath(env, job.type === 'plan' ? job.planPath : job.napPath);

/** The sources the report shows code from, with those of the files the rendering found problems in read again. */
async function withSources(env: Env, known: ReadonlyMap<string, Source>, diagnostics: readonly Diagnostic[]): Promise<Map<string, Source>> {
  const sources = new Map(known);
  for (const file of new Set(diagnostics.filter((d) => d.range).map((d) => d.file))) {
    if (sources.has(file)) continue;
    const read = await readSource(env, { path: resolve(env.cwd, file), file, explicit: false });
    if (read instanceof Source) sources.set(file, read);
  }
  return sources;
}

function report(env: Env, options: BuildOptions, rows: Row[], diagnostics: Diagnostic[], result: { files: readonly FileSummary[]; lineText: (file: string, line: number) => string | undefined }, outDir: string): void {
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

