// The bundled examples are the README's promise: they validate with no problem at all, and a
// broken copy fails with the place of the break.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosticLines, run } from './helpers/run.js';

const repo = join(import.meta.dirname, '..');

describe('examples', () => {
  it('every example validates with zero errors and warnings; the infos are the national actions no local plan takes up', async () => {
    const result = await run(['validate', '--verbose', 'examples'], repo);
    // Counted by hand from the files: BiH 2.2.3 (violent extremism), 2.2.4 (small arms), 3.2.1 (campaigns); Ukraine 1.1.
    expect(diagnosticLines(result.stdout)).toEqual([
      'examples/bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml:566:17 info xref/not-localized action 2.2.3 is not localized by any of the 6 local plans checked',
      'examples/bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml:582:17 info xref/not-localized action 2.2.4 is not localized by any of the 6 local plans checked',
      'examples/bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml:711:17 info xref/not-localized action 3.2.1 is not localized by any of the 6 local plans checked',
      'examples/ukraine/ua-nap-2021-2025.nap.yaml:64:13 info xref/not-localized action 1.1 is not localized by the local plan checked',
    ]);
    expect(result.stdout).toContain('✔ 0 errors, 0 warnings, 4 infos in 16 files');
    expect(result.status).toBe(0);
  });

  it('every example starts with a yaml-language-server schema comment and says it is illustrative', () => {
    const files = ['bosnia-and-herzegovina/tuzla.lap.yaml', 'bosnia-and-herzegovina/ba-nap-2018-2022.nap.yaml', 'ukraine/ua-nap-2021-2025.nap.yaml', 'colombia/cauca.lap.yaml'];
    for (const file of files) {
      const [first, second] = readFileSync(join(repo, 'examples', file), 'utf8').split('\n');
      expect(first).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/(nap|lap)\.schema\.json$/);
      expect(second).toMatch(/Illustrative/);
    }
  });

  const scratch = mkdtempSync(join(tmpdir(), 'wpsplan-examples-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('a broken copy of an example fails with exit status 1 and the location of the break', async () => {
    cpSync(join(repo, 'examples'), scratch, { recursive: true });
    const file = join(scratch, 'bosnia-and-herzegovina', 'tuzla.lap.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.startsWith('period:'));
    lines[at] = 'period: { start: 2022, end: 2019 }';
    writeFileSync(file, lines.join('\n'));
    const result = await run(['validate', '.'], scratch);
    expect(diagnosticLines(result.stdout)).toContain(
      `bosnia-and-herzegovina/tuzla.lap.yaml:${at + 1}:29 error plan/period-reversed the plan period ends (2019) before it starts (2022)`,
    );
    expect(result.status).toBe(1);
  });
});
