// What a build has to do: one job per plan without errors, a coverage report per NAP, a roll-up per NAP and report period; fingerprints and shards.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import type { FoundFile } from '../load/discover.js';
import { loadFile } from '../load/load-files.js';
import type { Plan, PlanKind } from '../load/plan.js';
import { readSource } from '../load/read-source.js';
import { Source } from '../load/source.js';
import { version } from '../version.js';
import type { Format } from '../write/index.js';
import { toResult, type FileResult } from '../workspace/file-result.js';
import { refsOf } from '../workspace/references.js';
import { Workspace, type WorkspaceFile } from '../workspace/workspace.js';
import { coverageOf } from '../coverage/coverage.js';
import { shownCoverage, type ShownCoverage } from '../render/view/coverage-view.js';

/**
 * A plan file a job renders from, as the main thread checked it. It is read and parsed again when the job is sent
 * (`withPlanRead`) or by the worker, and rendered only if its text is the one checked: the main thread need not hold
 * every plan while the documents are rendered.
 */
export interface PlanFile {
  found: FoundFile;
  /** `textHash` of the text that was checked. */
  hash: string;
  /** Its length in characters: how long the job is likely to take. */
  size: number;
}

/** What every job has: what it renders from, where it writes, through which template. */
interface JobBase {
  /** Output path without extension, relative to the output folder (forward slashes). */
  out: string;
  /** The plans the document shows, in workspace order. */
  files: PlanFile[];
  /**
   * A plan's own file, read again and parsed on the main thread as the job is sent (`withPlanRead`): the worker then
   * parses only the NAP, once. A synthetic LAP takes about 1.1 ms to parse and 0.2 ms to receive as data.
   */
  read?: FileResult;
  template: string;
  locale: string;
  formats: Format[];
  /** Hash of everything the output depends on. */
  inputs: string;
}

export interface PlanJob extends JobBase {
  type: 'plan';
  planPath: string;
}

/** A plan named in a report document as left out for its errors. */
export interface LeftOut {
  id: string;
  file: string;
}

/** A document about a NAP and its local plans: `files` holds the plans counted. */
interface NapJob extends JobBase {
  napPath: string;
  napId: string;
  /** Plans left out for their errors: local plans (coverage), or the period's reports and those on local plans with errors (roll-up). */
  leftOut: LeftOut[];
}

export interface CoverageJob extends NapJob {
  type: 'coverage';
  /**
   * What the report shows, computed on the main thread (`withReport`) from the plans it counts, so that the worker
   * rendering the build's longest document is given its numbers and the NAP, not every plan; let go once sent.
   */
  report?: ShownCoverage;
}

export interface RollupJob extends NapJob {
  type: 'rollup';
  /** The reporting period rolled up (years). */
  period: { start: number; end: number };
}

export type Job = PlanJob | CoverageJob | RollupJob;

export interface Skipped {
  plan: Plan;
  /** Why it is not built: its own errors, or those of a plan it refers to. */
  because: string[];
}

export interface Templates {
  /** A template folder for a plan kind (and the coverage report and roll-up), with its locale override. */
  of(kind: PlanKind | 'coverage' | 'rollup'): { dir: string; locale?: string } | undefined;
}

const hash = (...parts: (string | Uint8Array)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** The hash of a plan's text, by which a worker knows the file it reads is the one checked. */
export const textHash = (text: string): string => hash(text);

const folderHashes = new Map<string, string>();

/** A template folder's content, so that editing a template rebuilds what it rendered. */
function folderHash(dir: string): string {
  let known = folderHashes.get(dir);
  if (known) return known;
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  known = hash(...files.flatMap((f) => [relative(dir, f), readFileSync(f)]));
  folderHashes.set(dir, known);
  return known;
}

/** The common folder of all plan files: outputs mirror the plan folders below it. */
export function commonBase(paths: readonly string[]): string {
  if (paths.length === 0) return '.';
  let base = dirname(paths[0]!);
  for (const p of paths) while (!`${p}${sep}`.startsWith(`${base}${sep}`) && dirname(base) !== base) base = dirname(base);
  return base;
}

export function planJobs(ws: Workspace, errors: readonly Diagnostic[], templates: Templates, formats: Format[]): { jobs: Job[]; skipped: Skipped[] } {
  const withErrors = new Set(errors.filter((d) => d.severity === 'error').map((d) => d.file));
  const reported = ws.files.filter((f) => !f.found.sibling && f.plan).map((f) => f.plan!);
  const base = commonBase(reported.map((p) => p.source.path));
  const outOf = (plan: Plan, suffix = ''): string => relative(base, join(dirname(plan.source.path), basename(plan.source.path).replace(/(\.(nap|lap|report))?\.ya?ml$/i, '') + suffix)).split(sep).join('/');
  const tool = `wpsplan ${version()}`;
  const jobs: Job[] = [];
  const skipped: Skipped[] = [];
  // Every job showing a NAP needs its hash: each text is hashed once.
  const hashes = new Map<Plan, string>();
  const hashOf = (plan: Plan): string => {
    let known = hashes.get(plan);
    if (known === undefined) hashes.set(plan, (known = textHash(plan.source.text)));
    return known;
  };
  const filesOf = (plans: ReadonlySet<Plan>): PlanFile[] =>
    ws.files.filter((f) => f.plan && plans.has(f.plan)).map((f) => ({ found: f.found, hash: hashOf(f.plan!), size: f.plan!.source.text.length }));

  for (const plan of reported) {
    const template = templates.of(plan.kind);
    if (!template) continue;
    // What the document shows of other plans: a LAP's NAP, a report's plan (and that plan's NAP).
    const direct = [plan.data.parent, plan.data.plan, ...refsOf(plan).map((r) => (r.explicit ? r.planId : undefined))];
    const subject = typeof plan.data.plan === 'string' ? ws.plan(plan.data.plan) : undefined;
    const referred = [...direct, subject?.data.parent]
      .filter((id): id is string => typeof id === 'string')
      .map((id) => ws.plan(id))
      .filter((p): p is Plan => p !== undefined && p !== plan);
    const blocked = [plan, ...referred].filter((p) => withErrors.has(p.file)).map((p) => p.file);
    if (blocked.length > 0) {
      skipped.push({ plan, because: blocked });
      continue;
    }
    const unique = [...new Set(referred)];
    const locale = template.locale ?? (typeof plan.data.language === 'string' ? plan.data.language : 'en');
    jobs.push({
      type: 'plan',
      out: outOf(plan),
      files: filesOf(new Set([plan, ...unique])),
      planPath: plan.source.path,
      template: template.dir,
      locale,
      formats,
      inputs: hash(tool, formats.join(','), folderHash(template.dir), locale, hashOf(plan), ...unique.map(hashOf)),
    });
  }

  const coverage = templates.of('coverage');
  for (const nap of reported) {
    if (!coverage || nap.kind !== 'NationalActionPlan' || ws.plan(nap.id) !== nap || withErrors.has(nap.file)) continue;
    const laps = ws.lapsOf(nap);
    if (laps.length === 0) continue;
    const locale = coverage.locale ?? (typeof nap.data.language === 'string' ? nap.data.language : 'en');
    // Local plans with errors are left out of the numbers, and named as left out.
    const counted = new Set([nap, ...laps.filter((l) => !withErrors.has(l.file))]);
    jobs.push({
      type: 'coverage',
      out: outOf(nap, '.coverage'),
      napPath: nap.source.path,
      napId: nap.id,
      files: filesOf(counted),
      leftOut: laps.filter((l) => withErrors.has(l.file)).map((l) => ({ id: l.id, file: l.file })),
      template: coverage.dir,
      locale,
      formats,
      // A local plan's errors change the report too: it is then left out.
      inputs: hash(tool, formats.join(','), folderHash(coverage.dir), locale, hashOf(nap), ...laps.flatMap((l) => [hashOf(l), String(withErrors.has(l.file))])),
    });
  }
  const rollup = templates.of('rollup');
  for (const nap of reported) {
    if (!rollup || nap.kind !== 'NationalActionPlan' || ws.plan(nap.id) !== nap || withErrors.has(nap.file)) continue;
    const laps = ws.lapsOf(nap);
    const ids = new Set(laps.map((l) => l.id));
    const reports = ws.plans.filter((p) => p.kind === 'ProgressReport' && typeof p.data.plan === 'string' && ids.has(p.data.plan));
    const locale = rollup.locale ?? (typeof nap.data.language === 'string' ? nap.data.language : 'en');
    // A report with errors, or on a local plan with errors, is left out: its local plan then shows as not reported, and the report is named.
    const leftOut = reports.filter((r) => withErrors.has(r.file) || withErrors.has(ws.plan(String(r.data.plan))!.file));
    const counted = new Set([nap, ...laps, ...reports.filter((r) => !leftOut.includes(r))]);
    for (const period of periodsOf(reports)) {
      const name = period.start === period.end ? `${period.start}` : `${period.start}-${period.end}`;
      jobs.push({
        type: 'rollup',
        out: outOf(nap, `.rollup-${name}`),
        napPath: nap.source.path,
        napId: nap.id,
        period,
        files: filesOf(counted),
        leftOut: leftOut.filter((r) => isPeriod(r, period)).map((r) => ({ id: r.id, file: r.file })),
        template: rollup.dir,
        locale,
        formats,
        // Any local plan or report may change which report counts for the period, or be left out for its errors.
        inputs: hash(tool, formats.join(','), folderHash(rollup.dir), locale, name, hashOf(nap), ...[...laps, ...reports].flatMap((p) => [hashOf(p), String(withErrors.has(p.file))])),
      });
    }
  }
  jobs.sort((a, b) => (a.out < b.out ? -1 : a.out > b.out ? 1 : 0));
  return { jobs, skipped };
}

/**
 * A plan file read and parsed again, or why it cannot be rendered: it can no longer be read, or it is not the text
 * that was checked (someone saved it while the build ran).
 */
export async function readPlanFile(env: Env, file: PlanFile): Promise<WorkspaceFile | Diagnostic> {
  const read = await readSource(env, file.found);
  if (!(read instanceof Source)) return read;
  if (textHash(read.text) !== file.hash) {
    return diagnostic('io/changed', {
      file: file.found.file,
      message: 'the file changed while the build ran; the documents that show it are not built',
      hint: 'run wpsplan build again once the file is saved: it checks the new text first',
    });
  }
  return { ...loadFile(file.found, read), own: [] };
}

/** A plan job with its own file read again (`read`), when it can be; other jobs, and a file that cannot, as they are. */
export async function withPlanRead(env: Env, job: Job): Promise<Job> {
  if (job.type !== 'plan') return job;
  const file = job.files.find((f) => f.found.path === job.planPath);
  const read = file ? await readPlanFile(env, file) : undefined;
  // A file that cannot be read is left to the worker, which reports why.
  return read && 'found' in read ? { ...job, read: toResult(read) } : job;
}

/** A coverage job with its numbers, computed from the workspace's plans it counts; other jobs as they are. */
export function withReport(ws: Workspace, job: Job): Job {
  if (job.type !== 'coverage') return job;
  const counted = new Set(job.files.map((f) => f.found.path));
  const report = coverageOf(new Workspace(ws.files.filter((f) => counted.has(f.found.path))), []).naps.find((n) => n.nap.id === job.napId);
  return { ...job, ...(report ? { report: shownCoverage(report) } : {}) };
}

/**
 * A job as it is handed to be rendered: a coverage job's numbers go with it and are let go here (the job itself is
 * kept to the end of the build).
 */
export function handOver(job: Job): Job {
  if (job.type !== 'coverage' || !job.report) return job;
  const sent = { ...job };
  delete job.report;
  return sent;
}

const isPeriod = (report: Plan, period: { start: number; end: number }): boolean => {
  const p = report.data.period as { start?: unknown; end?: unknown } | undefined;
  return p?.start === period.start && p.end === period.end;
};

/** The distinct whole-year periods the reports cover, in order: a roll-up is built for each. */
function periodsOf(reports: readonly Plan[]): { start: number; end: number }[] {
  const seen = new Map<string, { start: number; end: number }>();
  for (const r of reports) {
    const p = r.data.period as { start?: unknown; end?: unknown } | undefined;
    if (typeof p?.start === 'number' && typeof p.end === 'number' && p.start <= p.end) seen.set(`${p.start}-${p.end}`, { start: p.start, end: p.end });
  }
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Shard i of n (1-based): every n-th job of the sorted list, so n shards build everything exactly once. */
export function shardOf<T>(jobs: readonly T[], shard: { index: number; count: number } | undefined): T[] {
  return shard ? jobs.filter((_, i) => i % shard.count === shard.index - 1) : [...jobs];
}
