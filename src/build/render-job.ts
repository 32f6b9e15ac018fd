// One build job (a plan, a coverage report or a roll-up): render it through its template (loaded once per process), write each format atomically.
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { buildCoverageDocument, buildDocument, buildRollupDocument, writeFormats, type Rendered } from '../render/render-plan.js';
import { loadTemplate, type Template } from '../render/template.js';
import { fromResult } from '../workspace/file-result.js';
import { Workspace } from '../workspace/workspace.js';
import { sha256 } from './manifest.js';
import type { Job } from './jobs.js';

export interface JobResult {
  out: string;
  /** Written documents: path relative to the output folder, and hash. */
  outputs: { file: string; sha256: string }[];
  diagnostics: Diagnostic[];
  ms: number;
}

/** Per process (each worker has its own): templates by folder. */
export class RenderCache {
  private readonly templates = new Map<string, Promise<{ template?: Template; diagnostics: Diagnostic[] }>>();

  constructor(readonly env: Env) {}

  template(dir: string): Promise<{ template?: Template; diagnostics: Diagnostic[] }> {
    let loaded = this.templates.get(dir);
    if (!loaded) this.templates.set(dir, (loaded = loadTemplate(this.env, dir)));
    return loaded;
  }
}

/** Writes a rendered document in every format; returns the outputs, or the diagnostics that stopped it. */
async function writeRendered(env: Env, rendered: Rendered, job: Pick<Job, 'out' | 'formats'>, outDir: string): Promise<Omit<JobResult, 'ms' | 'out'>> {
  const problems = rendered.diagnostics.filter((d) => d.severity === 'error');
  if (!rendered.document || problems.length > 0) return { outputs: [], diagnostics: rendered.diagnostics };
  const outputs: JobResult['outputs'] = [];
  for (const { format, bytes } of await writeFormats(rendered.document, rendered.theme, job.formats)) {
    const file = `${job.out}.${format}`;
    const path = join(outDir, file);
    await env.makeDir(dirname(path));
    await env.writeFileAtomic(path, bytes);
    outputs.push({ file, sha256: sha256(bytes) });
  }
  return { outputs, diagnostics: rendered.diagnostics };
}

/** Renders one job of any kind from what it carries (`sentJob`), on whichever thread runs it. */
export async function renderJob(cache: RenderCache, job: Job, outDir: string): Promise<JobResult> {
  const started = performance.now();
  const { template, diagnostics } = await cache.template(job.template);
  if (!template) return { out: job.out, outputs: [], diagnostics, ms: performance.now() - started };
  const ws = new Workspace(job.files.map(fromResult));
  const env = cache.env;
  let rendered: Rendered | undefined;
  if (job.type === 'plan') {
    rendered = buildDocument(env, ws, ws.files.find((f) => f.found.path === job.planPath)!.plan!, template, job.locale);
  } else if (job.type === 'coverage') {
    if (job.report) rendered = buildCoverageDocument(env, job.report, ws.plan(job.napId)!, template, job.locale, job.leftOut);
  } else {
    rendered = buildRollupDocument(env, ws, ws.plan(job.napId)!, job.period, template, job.locale, job.leftOut);
  }
  const written = rendered ? await writeRendered(env, rendered, job, outDir) : { outputs: [], diagnostics };
  return { out: job.out, ...written, ms: performance.now() - started };
}
