// Large workspaces through the built binary: worker threads check files as one thread does, --jobs does not change
// the report, and --cache reuses results for unchanged files, notices changed ones and survives an unwritable location.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the generator is plain JavaScript without type declarations.
import { generateWorkspace } from '../bench/generate.js';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist', 'bin.js');
const dir = mkdtempSync(join(tmpdir(), 'wpsplan-scale-'));
const plans = join(dir, 'plans');

function wpsplan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  (generateWorkspace as (dir: string, options: { laps: number; seed: number }) => unknown)(plans, { laps: 60, seed: 7 });
  // One broken plan, so the reports have diagnostics (and located ones) to compare.
  const broken = join(plans, 'lap-0003.lap.yaml');
  writeFileSync(broken, readFileSync(broken, 'utf8').replace(/implements: "([^"]+)"/, 'implements: "9.9.9"').replace('wpsplan: 1', 'wpsplan: 1\nbogus: true'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a workspace of 61 plans', () => {
  it('is checked by worker threads exactly as by one thread', async () => {
    // Only the built JavaScript has the worker script; the command line uses workers from 1,000 files on.
    const dist = (path: string) => import(pathToFileURL(join(repo, 'dist', path)).href);
    const { checkInParallel } = await dist('workspace/check-in-parallel.js');
    const { checkFiles } = await dist('workspace/check-files.js');
    const { toResult } = await dist('workspace/file-result.js');
    const { candidatesBeside } = await dist('load/discover.js');
    const { nodeEnv } = await dist('env.js');
    const env = nodeEnv({ cwd: dir });
    const found = await candidatesBeside(env, plans);
    expect(found).toHaveLength(61);
    const one = (await checkFiles(env, found)).map(toResult);
    const two = (await checkInParallel(found, 2)).map(toResult);
    expect(two).toEqual(one);
    expect(one.find((f: { found: { file: string } }) => f.found.file.endsWith('lap-0003.lap.yaml')).own.map((d: { code: string }) => d.code)).toEqual(['schema/additional-property']);
  });

  it('gives the same report, byte for byte, with --jobs 2 and --jobs 1', () => {
    const one = wpsplan('validate', '--jobs', '1', '--format', 'json', 'plans');
    const two = wpsplan('validate', '--jobs', '2', '--format', 'json', 'plans');
    expect(one.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as { diagnostics: { code: string; file: string; range?: unknown }[] };
    expect(report.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['schema/additional-property', 'plans/lap-0003.lap.yaml'],
      ['xref/unknown-reference', 'plans/lap-0003.lap.yaml'],
    ]);
    expect(report.diagnostics.every((d) => d.range)).toBe(true);
  });

  it('--cache gives the same report from a warm cache, and rechecks a changed file', () => {
    const cold = wpsplan('validate', '--cache', '--format', 'json', 'plans');
    expect(existsSync(join(dir, '.wpsplan-cache'))).toBe(true);
    const warm = wpsplan('validate', '--cache', '--format', 'json', 'plans');
    expect(warm.stdout).toBe(cold.stdout);
    const file = join(plans, 'lap-0005.lap.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('wpsplan: 1', 'wpsplan: 1\nstatuss: draft'));
    const changed = wpsplan('validate', '--cache', 'plans');
    expect(changed.stdout).toMatch(/^plans\/lap-0005\.lap\.yaml:\d+:1 error schema\/additional-property unknown property "statuss"$/m);
    expect(changed.status).toBe(1);
  });

  it('a cache location that cannot be written (its folder does not exist) is a warning, not a failure', () => {
    const result = wpsplan('validate', '--cache-location', join(dir, 'no-such-folder', 'cache'), 'plans/nap.nap.yaml');
    expect(result.stderr).toMatch(/^wpsplan: warning: could not write the cache .*no-such-folder\/cache \(ENOENT\); the next run will check every file again$/m);
    expect(result.status).toBe(0);
  });
});
