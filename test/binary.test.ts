// End-to-end runs of the built binary as a subprocess, as a user or CI runs it; a build interrupted with Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
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

  it('stops a build at Ctrl-C with status 130, leaving only whole documents, and the next build completes it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wpsplan-interrupted-'));
    try {
      const child = spawn(process.execPath, [bin, 'build', 'examples', '-o', out, '--jobs', '2'], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
      let log = '';
      // Interrupted once, when the first documents are written and the others render.
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if ((log.match(/ built /g) ?? []).length >= 2 && child.signalCode === null && !log.includes('interrupted')) child.kill('SIGINT');
      });
      const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      expect(status, log).toBe(130);
      expect(log).toContain('wpsplan: interrupted; the documents written are whole, and the next build renders the rest');
      expect(log).not.toContain('internal failure');
      const files = readdirSync(out, { recursive: true }).map(String);
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const documents = files.filter((f) => /\.(pdf|docx)$/.test(f));
      expect(documents.length).toBeGreaterThan(0);
      expect(documents.length).toBeLessThan(40);
      for (const f of documents) {
        const bytes = readFileSync(join(out, f));
        if (f.endsWith('.pdf')) expect(bytes.subarray(-6).toString('latin1'), f).toContain('%%EOF');
        else expect(Object.keys(unzipSync(bytes)), f).toContain('word/document.xml');
      }
      const again = spawnSync(process.execPath, [bin, 'build', 'examples', '-o', out], { cwd: repo, encoding: 'utf8' });
      expect(again.status, again.stderr).toBe(0);
      expect(readdirSync(out, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f))).toHaveLength(40);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
