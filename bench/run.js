// Benchmarks: cold-process times of the CLI against bare Node start-up measured in the same run.
// Run with `npm run bench` (builds first). Prints medians in ms and the ratio to the baseline.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'bin.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return median(samples);
}

const cases = [
  { name: 'wpsplan --version', args: [bin, '--version'], budget: 150 },
  { name: 'wpsplan validate examples/', args: [bin, 'validate', 'examples'], budget: 500 },
];

const baseline = time(['-e', '']);
console.log(`cold process, median of ${runs} runs on ${process.platform} ${process.arch}, node ${process.version}`);
console.log(`baseline  node -e ''                       ${baseline.toFixed(0).padStart(5)} ms`);
let over = false;
for (const c of cases) {
  const ms = time(c.args);
  const ok = ms <= c.budget;
  over ||= !ok;
  console.log(`${c.name.padEnd(41)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / baseline).toFixed(2)}× baseline  budget ${c.budget} ms ${ok ? 'ok' : 'OVER'}`);
}
process.exitCode = over ? 1 : 0;
