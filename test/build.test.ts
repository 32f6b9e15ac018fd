// wpsplan build: everything without errors is built, nothing twice, only what changed, split exactly into shards,
// the same bytes in parallel as on one thread, never among its inputs; the coverage report carries the hand-counted numbers.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, pdfText } from './helpers/document-text.js';
import { run } from './helpers/run.js';

const repo = join(import.meta.dirname, '..');
const root = mkdtempSync(join(tmpdir(), 'wpsplan-build-'));
const plans = join(root, 'plans');
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => cpSync(join(repo, 'examples'), plans, { recursive: true }));

type Summary = { jobs: { job: string; status: string; outputs: string[] }[] };
const build = async (...args: string[]): Promise<{ status: number; summary: Summary; stderr: string }> => {
  const r = await run(['build', 'plans', '--format', 'json', ...args], root);
  return { status: r.status, summary: JSON.parse(r.stdout) as Summary, stderr: r.stderr };
};
const statuses = (s: Summary): Record<string, string> => Object.fromEntries(s.jobs.map((j) => [j.job, j.status]));

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** The text of a built document's .docx (its XML without tags) and of its PDF, whitespace collapsed. */
async function wordAndPdfText(name: string, folder = 'bosnia-and-herzegovina'): Promise<string[]> {
  const dir = join(root, 'seq', folder);
  // Tags become spaces, so that table cells stay apart.
  const docx = docxParts(readFileSync(join(dir, `${name}.docx`)))['word/document.xml']!.replace(/<[^>]+>/g, ' ');
  const pdf = await pdfText(readFileSync(join(dir, `${name}.pdf`)));
  return [docx, pdf].map((text) => text.replace(/\s+/g, ' '));
}

describe('wpsplan build', () => {
  it('builds every plan and report, a coverage report per national plan and a roll-up per report year, then nothing when nothing changed', async () => {
    const first = await build('-o', 'dist');
    expect(first.status).toBe(0);
    expect(Object.values(statuses(first.summary)).every((s) => s === 'built')).toBe(true);
    expect(first.summary.jobs.map((j) => j.job)).toEqual([
      'bosnia-and-herzegovina/ba-nap-2018-2022',
      'bosnia-and-herzegovina/ba-nap-2018-2022.coverage',
      'bosnia-and-herzegovina/ba-nap-2018-2022.rollup-2019',
      'bosnia-and-herzegovina/ba-nap-2018-2022.rollup-2020',
      'bosnia-and-herzegovina/bijeljina',
      'bosnia-and-herzegovina/bijeljina-2019',
      'bosnia-and-herzegovina/bijeljina-2020',
      'bosnia-and-herzegovina/doboj',
      'bosnia-and-herzegovina/doboj-2019',
      'bosnia-and-herzegovina/doboj-2020',
      'bosnia-and-herzegovina/konjic',
      'bosnia-and-herzegovina/maglaj',
      'bosnia-and-herzegovina/prijedor',
      'bosnia-and-herzegovina/tuzla',
      'bosnia-and-herzegovina/tuzla-2019',
      'bosnia-and-herzegovina/tuzla-2020',
      'colombia/cauca',
      'ukraine/ua-nap-2021-2025',
      'ukraine/ua-nap-2021-2025.coverage',
      'ukraine/vinnytsia-hromada',
    ]);
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'manifest.json'), 'utf8')) as { outputs: { file: string; source: string; sha256: string }[] };
    expect(manifest.outputs).toHaveLength(40);
    expect(manifest.outputs.find((o) => o.file === 'bosnia-and-herzegovina/tuzla.pdf')?.source).toBe('plans/bosnia-and-herzegovina/tuzla.lap.yaml');
    const again = await build('-o', 'dist');
    expect(Object.values(statuses(again.summary)).every((s) => s === 'unchanged')).toBe(true);
  });

  it('after one LAP changes, renders only it, its reports and its national plan\'s coverage report and roll-ups', async () => {
    const tuzla = join(plans, 'bosnia-and-herzegovina', 'tuzla.lap.yaml');
    writeFileSync(tuzla, `${readFileSync(tuzla, 'utf8')}\n# a comment changes the file\n`);
    const r = await build('-o', 'dist');
    const built = r.summary.jobs.filter((j) => j.status === 'built').map((j) => j.job);
    // Its progress reports show the plan's actions and indicators, so they are rendered again too.
    expect(built).toEqual([
      'bosnia-and-herzegovina/ba-nap-2018-2022.coverage',
      'bosnia-and-herzegovina/ba-nap-2018-2022.rollup-2019',
      'bosnia-and-herzegovina/ba-nap-2018-2022.rollup-2020',
      'bosnia-and-herzegovina/tuzla', 'bosnia-and-herzegovina/tuzla-2019', 'bosnia-and-herzegovina/tuzla-2020']);
  });

  it('removes what a build killed outright left in the output folder: temporary files of processes that ended', async () => {
    // A process id past the kernel's limit (2^22) never runs; the test runner's own does.
    const ended = join(root, 'dist', 'colombia', `.cauca.pdf.${2 ** 22 + 1}.wpsplan.tmp`);
    const running = join(root, 'dist', `.manifest.json.${process.ppid}.wpsplan.tmp`);
    writeFileSync(ended, '%PDF-1.7 half a file');
    writeFileSync(running, '{');
    const r = await build('-o', 'dist');
    expect(r.status).toBe(0);
    expect(existsSync(ended)).toBe(false);
    expect(existsSync(running)).toBe(true);
    rmSync(running);
  });

  it('rebuilds a document deleted from the output folder, and everything with --force', async () => {
    rmSync(join(root, 'dist', 'colombia', 'cauca.pdf'));
    const r = await build('-o', 'dist');
    expect(r.summary.jobs.filter((j) => j.status === 'built').map((j) => j.job)).toEqual(['colombia/cauca']);
    const forced = await build('-o', 'dist', '--force', '--to', 'html');
    expect(forced.summary.jobs.every((j) => j.status === 'built')).toBe(true);
  });

  it('a broken LAP and its reports are not built and are named; the others are; the exit status is 1', async () => {
    const broken = join(root, 'broken');
    cpSync(plans, broken, { recursive: true });
    const doboj = join(broken, 'bosnia-and-herzegovina', 'doboj.lap.yaml');
    writeFileSync(doboj, readFileSync(doboj, 'utf8').replace(/^period:.*$/m, 'period: { start: 2022, end: 2019 }'));
    const r = await run(['build', 'broken', '-o', 'dist-broken', '--to', 'html'], root);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/broken\/bosnia-and-herzegovina\/doboj\.lap\.yaml:\d+:\d+ error plan\/period-reversed/);
    // With the line it points at, though the build lets the checked plans go before it renders.
    expect(r.stdout).toMatch(/\d+ \| period: \{ start: 2022, end: 2019 \}/);
    expect(r.stdout).toMatch(/^broken\/bosnia-and-herzegovina\/doboj\.lap\.yaml +not built: errors/m);
    expect(r.stdout).toMatch(/^broken\/bosnia-and-herzegovina\/doboj-2019\.report\.yaml +not built: errors/m);
    expect(r.stdout).toContain('17 built, 0 unchanged, 3 not built because of errors, 0 failed');
    expect(existsSync(join(root, 'dist-broken', 'bosnia-and-herzegovina', 'tuzla.html'))).toBe(true);
    // The coverage report leaves the broken plan out and names it.
    const coverage = readFileSync(join(root, 'dist-broken', 'bosnia-and-herzegovina', 'ba-nap-2018-2022.coverage.html'), 'utf8');
    expect(coverage).toContain('BA-DOB-LAP-2019-2022 (broken/bosnia-and-herzegovina/doboj.lap.yaml)');
    // The roll-up leaves the broken plan's report out, names it, and shows Doboj as not reported.
    const rollup = readFileSync(join(root, 'dist-broken', 'bosnia-and-herzegovina', 'ba-nap-2018-2022.rollup-2020.html'), 'utf8');
    expect(rollup).toContain('BA-DOB-PR-2020 (broken/bosnia-and-herzegovina/doboj-2020.report.yaml)');
    expect(rollup).toMatch(/Not reported for this period:<\/strong> Doboj, Konjic/);
  });

  it('a template that is not valid Handlebars fails the plans it renders, pointing at its line; the exit status is 1', async () => {
    const dir = join(root, 'custom-template');
    cpSync(join(plans, 'bosnia-and-herzegovina'), dir, { recursive: true });
    cpSync(join(repo, 'templates', 'lap'), join(dir, 'broken-lap'), { recursive: true });
    const entry = join(dir, 'broken-lap', 'document.hbs');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}\n{{#each actions}}never closed\n`);
    writeFileSync(join(dir, 'wpsplan.config.yaml'), 'templates:\n  LocalActionPlan:\n    template: ./broken-lap\n');
    const r = await run(['build', '.', '-o', join(root, 'dist-custom'), '--to', 'html'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/broken-lap\/document\.hbs:\d+:\d+ error template\/syntax/);
    // The template's line is shown under the message: the build reads it for the report.
    expect(r.stdout).toMatch(/\d+ \| \{\{#each actions\}\}never closed/);
    expect(r.stdout).toMatch(/^tuzla +failed/m);
    expect(r.stdout).toMatch(/^ba-nap-2018-2022 +built/m);
  });

  it('--shard 1/2 and 2/2 together build everything exactly once', async () => {
    const one = await build('-o', 'shard1', '--shard', '1/2', '--to', 'html');
    const two = await build('-o', 'shard2', '--shard', '2/2', '--to', 'html');
    const a = one.summary.jobs.map((j) => j.job);
    const b = two.summary.jobs.map((j) => j.job);
    expect(a.filter((j) => b.includes(j))).toEqual([]);
    expect([...a, ...b].sort()).toHaveLength(20);
    expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(1);
  });

  it('refuses an output folder that holds input plans, or that cannot be written, and writes into one that is a link to a folder', async () => {
    const inside = await run(['build', 'plans', '-o', 'plans/bosnia-and-herzegovina'], root);
    expect(inside.stderr).toContain('wpsplan never writes among its inputs');
    expect(inside.status).toBe(2);
    writeFileSync(join(root, 'a-file'), 'not a folder');
    const unwritable = await run(['build', 'plans', '-o', 'a-file/dist'], root);
    expect(unwritable.stderr).toContain('cannot write to the output folder a-file/dist');
    expect(unwritable.status).toBe(2);
    // An output folder that is a link to a folder is written into, not refused.
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'linked'));
    const linked = await run(['build', 'plans/colombia', '-o', 'linked/dist'], root);
    expect(linked.status).toBe(0);
    expect(existsSync(join(root, 'elsewhere', 'dist', 'cauca.pdf'))).toBe(true);
    const intoLink = await run(['build', 'plans/colombia', '-o', 'linked'], root);
    expect(intoLink.status).toBe(0);
    expect(existsSync(join(root, 'elsewhere', 'cauca.pdf'))).toBe(true);
    // A folder the system will not make though its parent exists: an error, not a wait (Node's recursive mkdir loops).
    const refused = await run(['build', 'plans', '-o', '/proc/wpsplan-out'], root);
    expect(refused.stderr).toContain('cannot write to the output folder /proc/wpsplan-out (ENOENT)');
    expect(refused.status).toBe(2);
  });

  it('writes the same bytes with worker threads (--jobs 2) as with --jobs 1, and as each plan rendered alone', () => {
    const bin = join(repo, 'dist', 'bin.js');
    for (const [jobs, out] of [['1', 'seq'], ['2', 'par']]) {
      const r = spawnSync(process.execPath, [bin, 'build', 'plans', '-o', out!, '--jobs', jobs!], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
    }
    const seq = files(join(root, 'seq'));
    const par = files(join(root, 'par'));
    expect([...par.keys()].sort()).toEqual([...seq.keys()].sort());
    for (const [name, bytes] of seq) expect(Buffer.compare(bytes, par.get(name)!), name).toBe(0);
    // Nor do a worker's earlier documents change a later one: the same bytes as the plan rendered alone.
    for (const plan of ['bosnia-and-herzegovina/bijeljina', 'ukraine/vinnytsia-hromada']) {
      const alone = join(root, 'alone', plan);
      expect(spawnSync(process.execPath, [bin, 'render', `plans/${plan}.lap.yaml`, '-o', alone], { cwd: root }).status).toBe(0);
      for (const format of ['docx', 'pdf']) {
        const name = `${plan}.${format}`;
        expect(Buffer.compare(readFileSync(join(alone, `${plan.split('/')[1]}.${format}`)), seq.get(name)!), name).toBe(0);
      }
    }
  });

  it('leaves a broken plan out of the coverage report and roll-up rendered on a worker thread too', () => {
    // The coverage report and roll-ups render on a worker from the files their job carries: the plans left out
    // must cross with them.
    const bin = join(repo, 'dist', 'bin.js');
    const broken = join(root, 'broken-par');
    cpSync(plans, broken, { recursive: true });
    const doboj = join(broken, 'bosnia-and-herzegovina', 'doboj.lap.yaml');
    writeFileSync(doboj, readFileSync(doboj, 'utf8').replace(/^period:.*$/m, 'period: { start: 2022, end: 2019 }'));
    for (const [jobs, out] of [['1', 'broken-seq'], ['2', 'broken-par-out']]) {
      const r = spawnSync(process.execPath, [bin, 'build', 'broken-par', '-o', out!, '--jobs', jobs!, '--to', 'html'], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(1);
    }
    const html = (out: string, name: string) => readFileSync(join(root, out, 'bosnia-and-herzegovina', `${name}.html`), 'utf8');
    expect(html('broken-par-out', 'ba-nap-2018-2022.coverage')).toContain('BA-DOB-LAP-2019-2022 (broken-par/bosnia-and-herzegovina/doboj.lap.yaml)');
    expect(html('broken-par-out', 'ba-nap-2018-2022.rollup-2020')).toContain('BA-DOB-PR-2020 (broken-par/bosnia-and-herzegovina/doboj-2020.report.yaml)');
    for (const name of ['ba-nap-2018-2022.coverage', 'ba-nap-2018-2022.rollup-2020', 'tuzla']) expect(html('broken-par-out', name)).toBe(html('broken-seq', name));
  });

  it('the coverage report carries the hand-counted numbers in Word and PDF', async () => {
    for (const flat of await wordAndPdfText('ba-nap-2018-2022.coverage')) {
      expect(flat).toContain('6 local plans · 19 national actions · 16 localized (84.2 %)');
      // Pillar rows: national actions, localized, share, local actions (counted by hand from the files).
      expect(flat).toMatch(/Participation 7 6 85\.7 % 14/);
      expect(flat).toMatch(/Prevention 8 6 75 % 27/);
      expect(flat).toMatch(/Cross-cutting 3 2 66\.7 % 3/);
      expect(flat).toContain('Involve women and women');
      expect(flat).toMatch(/Tuzla BAM 25,000 251,000 240,000 15,000 — 280,000/);
    }
  });

  it('the Ukrainian coverage report counts in Ukrainian plural forms', async () => {
    // ua-nap-2021-2025.nap.yaml has 8 actions (1.1 … 4.2) and one local plan (vinnytsia-hromada): one → singular, 8 → "many".
    for (const flat of await wordAndPdfText('ua-nap-2021-2025.coverage', 'ukraine')) expect(flat).toContain('1 місцевий план · 8 національних заходів');
  });

  it('the roll-up puts each municipality\'s reported statuses and values side by side in Word and PDF', async () => {
    for (const flat of await wordAndPdfText('ba-nap-2018-2022.rollup-2020')) {
      expect(flat).toContain('Not reported for this period: Konjic, Maglaj, Prijedor');
      // From tuzla-2020.report.yaml, bijeljina-2020 and doboj-2020: the values of I-1.1a's local indicators, never summed.
      expect(flat).toMatch(/Bijeljina L-1\.1a 26 \(2020\)/);
      expect(flat).toMatch(/Doboj L-1a 22 \(2020\)/);
      expect(flat).toMatch(/Tuzla L-1\.1a 25\.8 \(2020\)/);
      expect(flat).toContain('BA-TZ-PR-2020');
    }
  });
});
