// One build job: load its plans (cached per process), render through its template (loaded once), write each format atomically.
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Env } from '../env.js';
import { displayPath } from '../load/discover.js';
import { buildDocument, writeFormats, type Rendered } from '../render/render-plan.js';
import { loadTemplate, type Template } from '../render/template.js';
import { checkFiles } from '../workspace/check-files.js';
import { Workspace, type WorkspaceFile } from '../workspace/workspace.js';
import { sha256 } from './manifest.js';
import type { PlanJob } from './jobs.js';

export interface JobResult {
  out: string;
  /** Written documents: path relative to the output folder, and hash. */
  outputs: { file: string; sha256: string }[];
  diagnostics: Diagnostic[];
  ms: number;
}

/** Per process (each worker has its own): templates by folder, loaded plans by path. */
export class RenderCache {
  private readonly templates = new Map<string, Promise<{ template?: Template; diagnostics: Diagnostic[] }>>();
  private readonly files = new Map<string, Promise<WorkspaceFile>>();

  constructor(readonly env: Env) {}

  template(dir: string): Promise<{ template?: Template; diagnostics: Diagnostic[] }> {
    let loaded = this.templates.get(dir);
    if (!loaded) this.templates.set(dir, (loaded = loadTemplate(this.env, dir)));
    return loaded;
  }

  uncached(path: string): Promise<WorkspaceFile> {
    return checkFiles(this.env, [{ path, file: displayPath(this.env, path), explicit: true }]).then((list) => list[0]!);
  }

  file(path: string): Promise<WorkspaceFile> {
    let file = this.files.get(path);
    if (!file) this.files.set(path, (file = this.uncached(path)));
    return file;
  }
}

/** Writes a rendered document in every format; returns the outputs, or the diagnostics that stopped it. */
export async function writeRendered(env: Env, rendered: Rendered, job: { out: string; formats: PlanJob['formats'] }, outDir: string): Promise<Omit<JobResult, 'ms' | 'out'>> {
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

export async function renderPlanJob(cache: RenderCache, job: PlanJob, outDir: string): Promise<JobResult> {
  const started = performance.now();
  const { template, diagnostics } = await cache.template(job.template);
  if (!template) return { out: job.out, outputs: [], diagnostics, ms: performance.now() - started };
  // The plan itself is read fresh and let go; only the plans it refers to (its NAP) stay cached, so a worker's
  // memory does not grow with the number of plans it renders.
  const [own, ...referred] = job.files;
  const files = [await cache.uncached(own!), ...(await Promise.all(referred.map((path) => cache.file(path))))];
  const ws = new Workspace(files);
  const plan = files[0]!.plan!;
  const rendered = buildDocument(cache.env, ws, plan, template, job.locale);
  const written = await writeRendered(cache.env, rendered, job, outDir);
  return { out: job.out, ...written, ms: performance.now() - started };
}
