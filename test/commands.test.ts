// init, schema and explain, and validate's --output and GitHub Actions default.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { codes } from '../src/diagnostics/codes.js';
import { diagnosticLines, run } from './helpers/run.js';

const repo = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'wpsplan-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('wpsplan init', () => {
  it('writes a NAP skeleton that validates with no error or warning', async () => {
    const r = await run(['init', 'nap', 'new.nap.yaml', '--country', 'ua', '--language', 'uk'], dir, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(r.stdout).toBe('wrote new.nap.yaml: fill it in, then check it with `wpsplan validate new.nap.yaml`\n');
    const text = readFileSync(join(dir, 'new.nap.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/nap\.schema\.json\n/);
    expect(text).toContain('id: "UA-NAP-2026-2029"');
    const v = await run(['validate', 'new.nap.yaml'], dir);
    expect(diagnosticLines(v.stdout)).toEqual([]);
    expect(v.status).toBe(0);
  });

  it('writes a LAP that mirrors its NAP with implements references that all resolve, localizing every national action', async () => {
    const lapDir = join(dir, 'lap');
    mkdirSync(lapDir);
    copyFileSync(join(repo, 'examples/bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml'), join(lapDir, 'ba-nap-2018-2022.nap.yaml'));
    const r = await run(['init', 'lap', '--parent', 'ba-nap-2018-2022.nap.yaml', '--locality', 'Tešanj', '--language', 'bs'], lapDir);
    expect(r.status).toBe(0);
    const text = readFileSync(join(lapDir, 'tesanj.lap.yaml'), 'utf8');
    expect(text).toContain('parent: "BA-NAP-2018-2022"');
    expect(text).toContain('implements: "2.1.3"');
    const v = await run(['validate', '.'], lapDir);
    expect(diagnosticLines(v.stdout)).toEqual([]);
    expect(v.status).toBe(0);
  });

  it('never overwrites a file', async () => {
    const before = readFileSync(join(dir, 'new.nap.yaml'), 'utf8');
    const r = await run(['init', 'nap', 'new.nap.yaml'], dir);
    expect(r.stderr).toContain('wpsplan: error: new.nap.yaml already exists; wpsplan init never overwrites a file');
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'new.nap.yaml'), 'utf8')).toBe(before);
  });

  it('writes a progress report for a year: the actions due then, less those an earlier report closed, and the indicators with a target', async () => {
    const reportDir = mkdtempSync(join(tmpdir(), 'wpsplan-init-report-'));
    for (const name of ['ba-nap-2018-2022.nap.yaml', 'tuzla.lap.yaml', 'tuzla-2019.report.yaml', 'tuzla-2020.report.yaml']) copyFileSync(join(repo, 'examples', 'bosnia-and-herzegovina', name), join(reportDir, name));
    const r = await run(['init', 'report', '--plan', 'tuzla.lap.yaml', '--year', '2021'], reportDir);
    expect(r.stdout).toContain('wrote tuzla-2021.report.yaml');
    expect(r.status).toBe(0);
    const report = parse(readFileSync(join(reportDir, 'tuzla-2021.report.yaml'), 'utf8')) as { id: string; plan: string; period: unknown; actions: Record<string, unknown>; indicators: Record<string, unknown> };
    expect([report.id, report.plan, report.period]).toEqual(['BA-TZ-PR-2021', 'BA-TZ-LAP-2019-2022', { start: 2021, end: 2021 }]);
    // Read from tuzla.lap.yaml: 1.1.1 runs 2019-10 to 2020-08; tuzla-2020.report.yaml cancelled 2.3.3; 2.1.1 runs 2019–2022.
    expect(Object.keys(report.actions)).toContain('2.1.1');
    expect(Object.keys(report.actions)).not.toContain('1.1.1');
    expect(Object.keys(report.actions)).not.toContain('2.3.3');
    expect(report.indicators['L-2.1a']).toEqual({ note: 'not yet reported' });
    // The new report validates: no report/* nor schema problem, only the NAP's infos about the other municipalities.
    const check = await run(['validate', '.', '--format', 'json'], reportDir);
    expect((JSON.parse(check.stdout) as { diagnostics: { file: string }[] }).diagnostics.filter((d) => d.file.includes('2021'))).toEqual([]);
    expect(check.status).toBe(0);
    const again = await run(['init', 'report', '--plan', 'tuzla.lap.yaml', '--year', '2021'], reportDir);
    expect(again.stderr).toContain('tuzla-2021.report.yaml already exists; wpsplan init never overwrites a file');
    expect(again.status).toBe(2);
    const outside = await run(['init', 'report', '--plan', 'BA-TZ-LAP-2019-2022', '--year', '2030'], reportDir);
    expect(outside.stderr).toContain('--year 2030 is not a year of BA-TZ-LAP-2019-2022 (2019–2022)');
    expect(outside.status).toBe(2);
    const planless = await run(['init', 'report'], reportDir);
    expect(planless.stderr).toContain('wpsplan init report needs the plan reported on');
    expect(planless.status).toBe(2);
    rmSync(reportDir, { recursive: true, force: true });
  });

  it('refuses an unknown kind and a parent that is not a national plan', async () => {
    expect((await run(['init', 'progress'], dir)).status).toBe(2);
    const r = await run(['init', 'lap', '--parent', 'NO-SUCH-NAP'], dir);
    expect(r.stderr).toContain('no national plan "NO-SUCH-NAP" found');
    expect(r.status).toBe(2);
  });
});

describe('wpsplan schema', () => {
  it('prints one self-contained schema that a strict 2020-12 validator compiles and the examples pass', async () => {
    for (const [name, example] of [
      ['lap', 'examples/bosnia-and-herzegovina/tuzla.lap.yaml'],
      ['nap', 'examples/ukraine/ua-nap-2021-2025.nap.yaml'],
      ['report', 'examples/bosnia-and-herzegovina/tuzla-2020.report.yaml'],
    ] as const) {
      const r = await run(['schema', name], repo);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toContain('common.schema.json#');
      const validate = new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: true }).compile(JSON.parse(r.stdout) as object);
      expect(validate(parse(readFileSync(join(repo, example), 'utf8')))).toBe(true);
      expect(validate({ wpsplan: 1, kind: 'LocalActionPlan' })).toBe(false);
    }
    expect((await run(['schema', 'config'], repo)).status).toBe(0);
    const unknown = await run(['schema', 'progress'], repo);
    expect(unknown.stderr).toContain('unknown schema "progress"');
    expect(unknown.stderr).toContain('choose one of nap, lap, report, config, template');
    expect(unknown.status).toBe(2);
  });
});

describe('wpsplan explain', () => {
  it('explains a code: what, why it matters, how to fix, with an example', async () => {
    const r = await run(['explain', 'xref/not-localized'], repo);
    expect(r.stdout).toMatch(/^xref\/not-localized \(info by default\)\n\nA national action that no local plan/);
    expect(r.stdout).toContain('Why it matters: ');
    expect(r.stdout).toContain('How to fix it: ');
    expect(r.status).toBe(0);
  });

  it('lists every code without an argument, and suggests the nearest for a typo', async () => {
    const all = await run(['explain'], repo);
    expect(all.stdout.trim().split('\n').filter((l) => /^[a-z]+\/[a-z-]+ /.test(l))).toHaveLength(Object.keys(codes).length);
    const typo = await run(['explain', 'plan/action-without-leed'], repo);
    expect(typo.stderr).toContain('did you mean "plan/action-without-lead"?');
    expect(typo.status).toBe(2);
  });
});

describe('wpsplan validate reports for CI', () => {
  const plan = 'test/cases/validate/pillars/plan.nap.yaml';

  it('--output writes the report to a file and prints only the summary', async () => {
    const report = join(dir, 'report.sarif');
    const r = await run(['validate', '--format', 'sarif', '--output', report, plan], repo);
    expect(r.stdout).toBe('✖ 3 errors, 0 warnings, 0 infos in 1 file\n');
    expect(r.status).toBe(1);
    const sarif = JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(3);
  });

  it('uses GitHub annotations under GitHub Actions when no format is given', async () => {
    const r = await run(['validate', plan], repo, { GITHUB_ACTIONS: 'true' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(3);
    const stylish = await run(['validate', '--format', 'stylish', plan], repo, { GITHUB_ACTIONS: 'true' });
    expect(stylish.stdout).not.toContain('::error');
  });

  it('an --output that cannot be written is a usage error', async () => {
    const r = await run(['validate', '--output', join(dir, 'no', 'such', 'dir', 'r.json'), plan], repo);
    expect(r.stderr).toContain('cannot write the report to');
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
