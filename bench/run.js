// Benchmarks: cold-process times of the CLI, each against a baseline measured in the same run.
// `npm run bench` (builds first). BENCH_LAPS (default 1000) sizes the synthetic workspace; BENCH_RUNS the repetitions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspace } from './generate.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'bin.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const laps = Number(process.env.BENCH_LAPS ?? 1000);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time in ms of `node args…` run `times` times; `ok` lists the exit statuses that are not failures. */
function time(args, { times = runs, cwd = root, ok = [0] } = {}) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!ok.includes(result.status)) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return median(samples);
}

const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
const line = (name, value, ...notes) => console.log(`${name.padEnd(46)} ${ms(value)}  ${notes.join('  ')}`);
let over = false;
const budget = (value, limit) => {
  over ||= value > limit;
  return `budget ${limit} ms ${value <= limit ? 'ok' : 'OVER'}`;
};

console.log(`${process.platform} ${process.arch}, node ${process.version}, ${availableParallelism()} cores; medians of ${runs} runs (workspace: 3)`);
console.log('\nStart-up (examples/)');
const node = time(['-e', '']);
line("baseline: node -e ''", node);
const version = time([bin, '--version']);
line('wpsplan --version', version, `${(version / node).toFixed(2)}× baseline`, budget(version, 150));
const examples = time([bin, 'validate', 'examples']);
line('wpsplan validate examples/', examples, `${(examples / node).toFixed(2)}× baseline`, budget(examples, 500));

console.log(`\nWorkspace: 1 NAP + ${laps} LAPs (bench/generate.js)`);
const dir = mkdtempSync(join(tmpdir(), 'wpsplan-bench-'));
try {
  const { bytes } = generateWorkspace(dir, { laps, seed: 1 });
  console.log(`${laps + 1} files, ${(bytes / 1e6).toFixed(1)} MB`);
  const w = { times: 3, cwd: dir };
  const floor = (threads, parser) => time([join(root, 'bench', 'parse-floor.js'), dir, String(threads), parser], w);
  const mbps = (value) => `${(bytes / 1e6 / (value / 1000)).toFixed(1)} MB/s`;
  const yaml1 = floor(1, 'yaml');
  const yaml2 = floor(2, 'yaml');
  line('baseline: bare yaml parse, 1 thread', yaml1, mbps(yaml1));
  line('baseline: bare yaml parse, 2 threads', yaml2, `${(yaml1 / yaml2).toFixed(2)}× faster than 1 thread`);
  const floor1 = floor(1, 'js-yaml');
  const floor2 = floor(2, 'js-yaml');
  line('baseline: bare js-yaml events, 1 thread', floor1, mbps(floor1), `${(yaml1 / floor1).toFixed(2)}× faster than yaml`);
  line('baseline: bare js-yaml events, 2 threads', floor2, `${(floor1 / floor2).toFixed(2)}× faster than 1 thread`);
  const ajv = time(
    [join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '--spec=draft2020', '--strict=false', '-s', join(root, 'schemas', 'lap.schema.json'), '-r', join(root, 'schemas', 'common.schema.json'), '-d', `${dir}/*.lap.yaml`],
    { ...w, ok: [0, 1] },
  );
  line('baseline: ajv-cli (js-yaml 3, schema only)', ajv);
  const cold = time([bin, 'validate', '.'], w);
  line('wpsplan validate, cold', cold, `${(cold / floor2).toFixed(2)}× js-yaml floor, ${(cold / yaml2).toFixed(2)}× yaml floor (2 threads)`, `${(cold / ajv).toFixed(2)}× ajv-cli`, budget(cold, 4500));
  const one = time([bin, 'validate', '--jobs', '1', '.'], w);
  line('wpsplan validate --jobs 1, cold', one, `${(one / floor1).toFixed(2)}× js-yaml floor, ${(one / yaml1).toFixed(2)}× yaml floor (1 thread)`);
  time([bin, 'validate', '--cache', '.'], { ...w, times: 1 });
  const cached = time([bin, 'validate', '--cache', '.'], w);
  line('wpsplan validate --cache, nothing changed', cached, `${(cached / cold).toFixed(2)}× cold`, budget(cached, 1000));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = over ? 1 : 0;
