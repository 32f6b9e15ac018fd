// Build jobs carry plan files by path and hash, not their data: a worker reads each again and renders only the text
// that was checked; a coverage job carries its numbers and gives them up once handed over.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handOver, planJobs, textHash, withPlanRead, withReport, type Job, type PlanJob } from '../../src/build/jobs.js';
import { RenderCache, renderJob } from '../../src/build/render-job.js';
import { coverageOf } from '../../src/coverage/coverage.js';
import { nodeEnv } from '../../src/env.js';
import { templateDir } from '../../src/render/template-dir.js';
import { shownCoverage } from '../../src/render/view/coverage-view.js';
import { loadWorkspace } from '../../src/workspace/load-workspace.js';

const repo = join(import.meta.dirname, '..', '..');
const examples = join(repo, 'examples', 'bosnia-and-herzegovina');
const BUILT_IN = { NationalActionPlan: 'nap', LocalActionPlan: 'lap', ProgressReport: 'progress', coverage: 'coverage', rollup: 'rollup' } as const;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the Bosnian examples, so a test may change a plan in it. */
function copyOfExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wpsplan-jobs-'));
  dirs.push(dir);
  for (const name of readdirSync(examples)) if (name.endsWith('.yaml')) copyFileSync(join(examples, name), join(dir, name));
  return dir;
}

async function plan(dir: string) {
  const env = nodeEnv({ cwd: repo });
  const { ws } = await loadWorkspace(env, [dir]);
  const { jobs } = planJobs(ws, [], { of: (kind) => ({ dir: templateDir(env, BUILT_IN[kind]) }) }, ['docx']);
  return { env, ws, jobs };
}

const tuzlaJob = (jobs: Job[]): PlanJob => jobs.find((j): j is PlanJob => j.type === 'plan' && j.planPath.endsWith('tuzla.lap.yaml'))!;

describe('build jobs', () => {
  it('name each plan file by path, with the hash and length of the text checked', async () => {
    const { ws, jobs } = await plan(examples);
    const job = tuzlaJob(jobs);
    const lap = ws.files.find((f) => f.found.path === job.planPath)!;
    // The LAP and the NAP it localizes, and nothing of their data.
    expect(job.files.map((f) => f.found.file.split('/').pop()).sort()).toEqual(['ba-nap-2018-2022.nap.yaml', 'tuzla.lap.yaml']);
    const file = job.files.find((f) => f.found.path === lap.found.path)!;
    expect(file).toEqual({ found: lap.found, hash: textHash(lap.source!.text), size: lap.source!.text.length });
  });

  it('give a coverage job the numbers of the plans it counts, and let them go when it is handed over', async () => {
    const { ws, jobs } = await plan(examples);
    const coverage = jobs.find((j) => j.type === 'coverage')!;
    expect(coverage.files.length).toBeGreaterThan(2);
    const withNumbers = withReport(ws, coverage);
    if (withNumbers.type !== 'coverage') throw new Error('not a coverage job');
    expect(withNumbers.report).toEqual(shownCoverage(coverageOf(ws, []).naps.find((n) => n.nap.id === coverage.napId)!));
    expect(withNumbers.report!.laps.length).toBe(coverage.files.length - 1);
    // Of the local actions, only a mark per local plan, read by hand from the `implements` of each LAP: Bijeljina
    // names 1.1.1 and 1.1.3; Doboj 1.1.3, and the outcome 1.1; Konjic 1.1.3; Maglaj 1.1.1 and the outcome 1.1;
    // Prijedor the objective 1; Tuzla 1.1.1, 1.1.3 and the outcome 1.1.
    const report = withNumbers.report!;
    expect(report.laps.map((l) => l.lap.id)).toEqual(['BA-BN-LAP-2019-2022', 'BA-DOB-LAP-2019-2022', 'BA-KO-LAP-2021-2022', 'BA-MGL-LAP-2020-2022', 'BA-PD-LAP-2020-2022', 'BA-TZ-LAP-2019-2022']);
    const marks = Object.fromEntries(report.actions.map((a) => [a.id, a.marks]));
    expect([marks['1.1.1'], marks['1.1.2'], marks['1.1.3']]).toEqual(['di-did', '-i-iii', 'dddiid']);
    expect(report.actions.every((a) => !('localizedBy' in a))).toBe(true);

    const sent = handOver(withNumbers);
    expect(sent.type === 'coverage' && sent.report).toBeTruthy();
    expect(withNumbers.report).toBeUndefined();

    const planJob = jobs.find((j) => j.type === 'plan')!;
    expect(withReport(ws, planJob)).toBe(planJob);
    expect(handOver(planJob)).toBe(planJob);
  });

  it("read a plan job's own file again as it is sent, unless it changed since it was checked", async () => {
    const dir = copyOfExamples();
    const { env, ws, jobs } = await plan(dir);
    const job = tuzlaJob(jobs);
    const sent = await withPlanRead(env, job);
    expect(sent.read?.found.path).toBe(job.planPath);
    expect(sent.read?.plan?.data).toEqual(ws.files.find((f) => f.found.path === job.planPath)!.plan!.data);
    // The NAP is left to the worker, which parses it once.
    expect(sent.files).toHaveLength(2);

    writeFileSync(job.planPath, '# saved while the build ran\n', { flag: 'a' });
    expect((await withPlanRead(env, job)).read).toBeUndefined();
  });

  it('render from the files read again, and not a plan saved after it was checked', async () => {
    const dir = copyOfExamples();
    const { env, jobs } = await plan(dir);
    const job = tuzlaJob(jobs);
    const out = join(dir, 'out');
    const cache = new RenderCache(env);

    const built = await renderJob(cache, job, out);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.outputs.map((o) => o.file)).toEqual([`${job.out}.docx`]);

    writeFileSync(job.planPath, '# saved while the build ran\n', { flag: 'a' });
    const changed = await renderJob(cache, job, out);
    expect(changed.outputs).toEqual([]);
    expect(changed.diagnostics).toHaveLength(1);
    expect(changed.diagnostics[0]).toMatchObject({ code: 'io/changed', severity: 'error', file: job.files.find((f) => f.found.path === job.planPath)!.found.file });
    expect(changed.diagnostics[0]!.hint).toMatch(/run wpsplan build again/);

    rmSync(job.planPath);
    const gone = await renderJob(cache, job, out);
    expect(gone.outputs).toEqual([]);
    expect(gone.diagnostics[0]).toMatchObject({ code: 'io/read', severity: 'error' });
  });
});
