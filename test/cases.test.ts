// Runs every case folder under test/cases/<command>/<case>/: its case.yaml gives the arguments (and folder),
// the exit status, every diagnostic's first line (written by hand) and text stderr must contain;
// output.txt keeps the whole output (code frames, hints) for review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnosticLines, run } from './helpers/run.js';

interface Case {
  title: string;
  /** The folder to run in, relative to the case folder (default: the case folder). */
  cwd?: string;
  args: string[];
  status: number;
  diagnostics?: string[];
  stdout?: string[];
  stderr?: string[];
}

const root = join(import.meta.dirname, 'cases');

for (const command of readdirSync(root)) {
  describe(command, () => {
    for (const name of readdirSync(join(root, command)).sort()) {
      const dir = join(root, command, name);
      if (!existsSync(join(dir, 'case.yaml'))) continue;
      const spec = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as Case;
      it(`${name}: ${spec.title}`, async () => {
        const result = await run(spec.args, join(dir, spec.cwd ?? '.'));
        expect(diagnosticLines(result.stdout)).toEqual(spec.diagnostics ?? []);
        for (const text of spec.stdout ?? []) expect(result.stdout).toContain(text);
        for (const text of spec.stderr ?? []) expect(result.stderr).toContain(text);
        if (!spec.stderr) expect(result.stderr).toBe('');
        expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
        expect(result.status).toBe(spec.status);
        await expect(`${result.stdout}${result.stderr ? `--- stderr\n${result.stderr}` : ''}`).toMatchFileSnapshot(join(dir, 'output.txt'));
      });
    }
  });
}
