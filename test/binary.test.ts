// One end-to-end run of the built binary as a subprocess, as a user or CI runs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist', 'bin.js');

describe('the built wpsplan binary', () => {
  it('exists: npm ci builds it through the prepare script', () => {
    expect(existsSync(bin), 'dist/bin.js is missing: run `npm run build`').toBe(true);
  });

  it('validates the examples with exit status 0', () => {
    const result = spawnSync(process.execPath, [bin, 'validate', 'examples'], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('✔ 0 errors, 0 warnings, 4 infos in 16 files');
    expect(result.status).toBe(0);
  });

  it('exits 1 on a plan with errors and 2 on a missing path, without a stack trace', () => {
    const broken = spawnSync(process.execPath, [bin, 'validate', 'test/cases/validate/pillars/plan.nap.yaml'], { cwd: repo, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('test/cases/validate/pillars/plan.nap.yaml:20:13 error plan/unknown-pillar unknown pillar "economy"');
    const missing = spawnSync(process.execPath, [bin, 'validate', 'no/such/plan.lap.yaml'], { cwd: repo, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('wpsplan: error: path not found: no/such/plan.lap.yaml\n  hint: check the spelling, or run wpsplan from the folder that holds your plans\n');
  });
});
