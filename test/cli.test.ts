// Command-line behaviour that is not a plan check: options, report formats, usage errors, colour.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { nodeEnv } from '../src/env.js';
import { capture } from './helpers/capture.js';
import { diagnosticLines, run } from './helpers/run.js';

const cases = join(import.meta.dirname, 'cases', 'validate');

describe('wpsplan validate options', () => {
  it('--quiet shows errors only, and warnings still count toward the exit status only through --max-warnings', async () => {
    const result = await run(['validate', '--quiet', 'plan.nap.yaml'], join(cases, 'actions'));
    expect(diagnosticLines(result.stdout)).toEqual(['plan.nap.yaml:12:83 error schema/min-items "lead" needs at least 1 item in action 1.2']);
    expect(result.status).toBe(1);
  });

  it('--quiet hides warnings but the summary still counts them', async () => {
    const result = await run(['validate', '--quiet', '--max-warnings', '0', 'plan.nap.yaml'], join(cases, 'indicators'));
    expect(diagnosticLines(result.stdout)).toEqual([]);
    expect(result.stdout).toContain('✖ 0 errors, 3 warnings, 1 info in 1 file; more than the 0 warnings allowed by --max-warnings');
    expect(result.status).toBe(1);
  });

  it('warnings alone exit 0, and 1 once they pass --max-warnings', async () => {
    const dir = join(cases, 'indicators');
    expect((await run(['validate', 'plan.nap.yaml'], dir)).status).toBe(0);
    expect((await run(['validate', '--max-warnings', '3', 'plan.nap.yaml'], dir)).status).toBe(0);
    expect((await run(['validate', '--max-warnings', '2', 'plan.nap.yaml'], dir)).status).toBe(1);
  });

  it('--format json gives every diagnostic with code, severity, file, range, path and hint', async () => {
    const result = await run(['validate', '--format', 'json', 'plan.nap.yaml'], join(cases, 'pillars'));
    const report = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[]; summary: Record<string, number>; files: unknown[] };
    expect(report.summary).toEqual({ error: 3, warning: 0, info: 0 });
    expect(report.files).toEqual([{ file: 'plan.nap.yaml', kind: 'NationalActionPlan', id: 'XX-NAP', counts: { error: 3, warning: 0, info: 0 } }]);
    expect(report.diagnostics[1]).toEqual({
      code: 'plan/unknown-pillar',
      severity: 'error',
      message: 'unknown pillar "human-securty"',
      file: 'plan.nap.yaml',
      range: { start: { line: 17, column: 66 }, end: { line: 17, column: 79 } },
      path: ['objectives', 0, 'actions', 1, 'pillars', 1],
      hint: 'did you mean "human-security"?',
    });
    expect(result.status).toBe(1);
  });

  it('bad usage exits 2 with a message: unknown option, unknown format, a non-number for --max-warnings', async () => {
    const unknown = await run(['validate', '--strict'], cases);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("wpsplan: error: unknown option '--strict'");
    const format = await run(['validate', '--format', 'xml', '.'], cases);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, junit, sarif, github");
    const count = await run(['validate', '--max-warnings', 'some', '.'], cases);
    expect(count.status).toBe(2);
    expect(count.stderr).toContain('expected a whole number');
    const command = await run(['valdate'], cases);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('(Did you mean validate?)');
  });

  it('--version prints the package version and exits 0', async () => {
    const result = await run(['--version'], cases);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.status).toBe(0);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const dir = join(cases, 'pillars');
    const colour = async (vars: Record<string, string>): Promise<string> => {
      const stdout = capture(true);
      await main(['validate', 'plan.nap.yaml'], nodeEnv({ cwd: dir, vars, stdout, stderr: capture() }));
      return stdout.text;
    };
    expect(await colour({})).toContain('\u001b[');
    expect(await colour({ NO_COLOR: '1' })).not.toContain('\u001b[');
    expect((await run(['validate', 'plan.nap.yaml'], dir)).stdout).not.toContain('\u001b[');
  });
});
