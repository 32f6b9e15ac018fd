// One build job (a plan, a coverage report or a roll-up): render it through its template (loaded once per process), write each format atomically.
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { buildCoverageDocument, buildDocument, buildRollupDocument, type Rendered } from '../render/render-plan.js';
import { writers } from '../write/index.js';
import { loadTemplate, type Template } from '../render/template.js';
import { fromResult } from '../workspace/file-result.js';
import { Workspace, type WorkspaceFile } from '../workspace/workspace.js';
import { hashing } from './manifest.js';
import { readPlanFile, type Job, type PlanFile } from './jobs.js';

export interface JobResult {
  out: string;
  /** Written documents: path relative to the output folder, and hash. */
  outputs: { file: string; sha256: string }[];
  diagnostics: Diagnostic[];
  ms: number;
}

/** Per process (each worker has its own): templates by folder, and the national plans most jobs show. */
export class RenderCache {
  private readonly templates = new Map<string, Promise<{ template?: Template; diagnostics: Diagnostic[] }>>();
  private readonly naps = new Map<string, WorkspaceFile>();

  constructor(readonly env: Env) {}

  template(dir: string): Promise<{ template?: Template; diagnostics: Diagnostic[] }> {
    let loaded = this.templates.get(dir);
    if (!loaded) this.templates.set(dir, (loaded = loadTemplate(this.env, dir)));
    return loaded;
  }

  /** A plan file read again (`readPlanFile`); a national plan only once. */
  async plan(file: PlanFile): Promise<WorkspaceFile | Diagnostic> {
    const key = `${file.found.path}\0${file.hash}`;
    const known = this.naps.get(key);
    if (known) return known;
    const loaded = await readPlanFile(this.env, file);
    if ('found' in loaded && loaded.plan?.kind === 'NationalActionPlan') this.naps.set(key, loaded);
    return loaded;
  }
}

/**
 * Writes a rendered document in every format, each as its writer makes it (a long PDF's first pages are in its
 * temporary file before the last are painted); returns the outputs, or the diagnostics that stopped it.
 */
async function writeRendered(env: Env, rendered: Rendered, job: Pick<Job, 'out' | 'formats'>, outDir: string): Promise<Omit<JobResult, 'ms' | 'out'>> {
  const problems = rendered.diagnostics.filter((d) => d.severity === 'error');
  if (!rendered.document || problems.length > 0) return { outputs: [], diagnostics: rendered.diagnostics };
  const outputs: JobResult['outputs'] = [];
  for (const format of job.formats) {
    const file = `${job.out}.${format}`;
    const path = join(outDir, file);
    await env.makeDir(dirname(path));
    const written = hashing((await writers[format]())(rendered.document, rendered.theme));
    await env.writeFileAtomic(path, written.parts);
    outputs.push({ file, sha256: written.sha256() });
  }
  return { outputs, diagnostics: rendered.diagnostics };
}

/** Renders one job of any kind from what it carries (`sentJob`), on whichever thread runs it. */
export async function renderJob(cache: RenderCache, job: Job, outDir: string): Promise<JobResult> {
  const started = performance.now();
  const { template, diagnostics } = await cache.template(job.template);
  if (!template) return { out: job.out, outputs: [], diagnostics, ms: performance.now() - started };
  // A coverage report is sent its numbers: of the plans it counts, it reads only the NAP.
  const needed = job.type === 'coverage' ? job.files.filter((f) => f.found.path === job.napPath) : job.files;
  const files: WorkspaceFile[] = [];
  for (const file of needed) {
    const loaded = job.read?.found.path === file.found.path ? fromResult(job.read) : await cache.plan(file);
    if ('found' in loaded) files.push(loaded);
    else return { out: job.out, outputs: [], diagnostics: [loaded], ms: performance.now() - started };
  }
  const ws = new Workspace(files);
  const env = cache.env;
  let rendered: Rendered | undefined;
  if (job.type === 'plan') {
    rendered = buildDocument(env, ws, ws.files.find((f) => f.found.path === job.planPath)!.plan!, template, job.locale);
  } else if (job.type === 'coverage') {
    if (job.report) rendered = buildCoverageDocument(env, job.report, ws.plan(job.napId)!, template, job.locale, job.leftOut);
    // The numbers are in the document now: not held twice while it is written.
    delete job.report;
  } else {
    rendered = buildRollupDocument(env, ws, ws.plan(job.napId)!, job.period, template, job.locale, job.leftOut);
  }
  const written = rendered ? await writeRendered(env, rendered, job, outDir) : { outputs: [], diagnostics };
  return { out: job.out, ...written, ms: performance.now() - started };
}
