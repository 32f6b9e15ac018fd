// Build benchmark: synthetic LAPs to .docx + .pdf with `wpsplan build`, one thread against two, and how time and
// memory grow with the number of plans. BENCH_BUILD_LAPS lists the sizes (default "100,1000").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate.js';

const root = join(import.meta.dirname, '..');
const sizes = (process.env.BENCH_BUILD_LAPS ?? '100,1000').split(',').map(Number);

function build(dir, jobs) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, 'bench', 'measure.js'), 'build', dir, '-o', join(dir, 'out'), '--force', '--jobs', String(jobs), '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`build exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const built = (JSON.parse(r.stdout).jobs ?? []).filter((j) => j.status === 'built').length;
  return { ms, rss, built };
}

console.log(`wpsplan build, .docx + .pdf, cold (--force); wall time and peak memory of the whole process`);
/** Peak memory with --jobs 2 by number of LAPs, to show how it grows. */
const peaks = [];
for (const laps of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'wpsplan-build-bench-'));
  try {
    generateWorkspace(dir, { laps, seed: 1 });
    const runs = laps <= 100 ? [1, 2] : [2];
    // Small sizes are built three times, alternating the thread counts, and the median run is reported: this
    // machine's speed drifts from minute to minute.
    const repeats = laps <= 100 ? 3 : 1;
    const all = Object.fromEntries(runs.map((jobs) => [jobs, []]));
    for (let i = 0; i < repeats; i++) for (const jobs of runs) all[jobs].push(build(dir, jobs));
    const results = Object.fromEntries(runs.map((jobs) => [jobs, [...all[jobs]].sort((a, b) => a.ms - b.ms)[Math.floor(repeats / 2)]]));
    for (const jobs of runs) {
      const r = results[jobs];
      const spread = repeats > 1 ? ` (median of ${repeats}: ${all[jobs].map((x) => (x.ms / 1000).toFixed(1)).join(', ')})` : '';
      console.log(
        `${String(laps).padStart(5)} LAPs, --jobs ${jobs}: ${(r.ms / 1000).toFixed(1).padStart(6)} s${spread}, ${(r.ms / r.built).toFixed(0)} ms per document set, peak ${r.rss.toFixed(0)} MB, ${r.built} built`,
      );
    }
    if (results[2]) peaks.push({ laps, rss: results[2].rss });
    if (results[1] && results[2]) console.log(`${' '.repeat(6)} speed-up of --jobs 2 over --jobs 1: ${(results[1].ms / results[2].ms).toFixed(2)}×${laps === 100 ? `; budget 6 s for 100 LAPs: ${results[2].ms <= 6000 ? 'ok' : 'OVER'}` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
// Flat would be about 1×: the plans render in the same memory whatever their number; the coverage report is one
// document of all of them and grows with them.
for (let i = 1; i < peaks.length; i++) {
  const [a, b] = [peaks[i - 1], peaks[i]];
  console.log(`peak memory, ${b.laps} LAPs against ${a.laps} (--jobs 2): ${(b.rss / a.rss).toFixed(2)}× for ${(b.laps / a.laps).toFixed(0)}× the plans`);
}
