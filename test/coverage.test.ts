// Coverage of the bundled examples against numbers counted by hand from the YAML files (not from this code's output),
// and the shape of each coverage format.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoverageReport, LapCoverage } from '../src/coverage/coverage.js';
import { run } from './helpers/run.js';

const repo = join(import.meta.dirname, '..');

async function coverage(format: string, ...paths: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return run(['coverage', '--format', format, ...paths], repo);
}

describe('coverage of the bundled examples (hand-counted)', () => {
  it('Bosnia and Herzegovina: 19 national actions, 16 localized, per pillar and per municipality', async () => {
    const result = await coverage('json', 'examples');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as CoverageReport;
    const ba = report.naps.find((n) => n.nap.id === 'BA-NAP-2018-2022')!;
    expect(ba.actions.map((a) => a.id)).toEqual([
      '1.1.1', '1.1.2', '1.1.3', '1.2.1', '1.2.2', '1.2.3', '2.1.1', '2.1.2', '2.1.3', '2.1.4',
      '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1', '2.3.2', '3.1.1', '3.1.2', '3.2.1',
    ]);
    expect(ba.notLocalized).toEqual(['2.2.3', '2.2.4', '3.2.1']);
    expect(ba.pillars.map((p) => [p.pillar, p.nationalActions, p.localized, p.localActions])).toEqual([
      ['participation', 7, 6, 14],
      ['protection', 6, 6, 21],
      ['prevention', 8, 6, 27],
      ['relief-and-recovery', 4, 4, 14],
      ['cross-cutting', 3, 2, 3],
    ]);
    const byLap: Record<string, LapCoverage> = Object.fromEntries(ba.laps.map((l) => [l.lap.locality, l]));
    const localizedIds = (lap: string): string[] => ba.actions.filter((a) => a.localizedBy[byLap[lap]!.lap.id]).map((a) => a.id);
    expect(localizedIds('Tuzla')).toEqual(['1.1.1', '1.1.2', '1.1.3', '2.1.1', '2.1.3', '2.1.4', '2.2.1', '2.2.2', '3.1.1', '3.1.2']);
    expect(localizedIds('Maglaj')).toEqual(['1.1.1', '1.1.2', '1.1.3', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.3.1', '2.3.2']);
    expect(localizedIds('Bijeljina')).toEqual(['1.1.1', '1.1.3', '2.1.1', '2.1.4', '2.2.1', '2.3.2', '3.1.1', '3.1.2']);
    expect(localizedIds('Doboj')).toEqual(['1.1.1', '1.1.2', '1.1.3', '2.1.1', '2.1.3', '2.1.4', '2.3.1', '2.3.2', '3.1.1', '3.1.2']);
    expect(localizedIds('Prijedor')).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.2.1', '1.2.2', '1.2.3', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '3.1.1', '3.1.2']);
    expect(localizedIds('Konjic')).toEqual(['1.1.3', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.3.1', '3.1.2']);
    expect(ba.laps.map((l) => [l.lap.locality, l.localActions, l.concerns.total, l.concerns.addressed, l.missed.length])).toEqual([
      ['Bijeljina', 10, 4, 4, 0],
      ['Doboj', 9, 4, 4, 0],
      ['Konjic', 8, 4, 4, 0],
      ['Maglaj', 10, 5, 5, 0],
      ['Prijedor', 9, 4, 4, 0],
      ['Tuzla', 13, 5, 5, 0],
    ]);
    // Local budgets in BAM; an action with two pillars counts fully in both pillar rows.
    const budget = (lap: string): Record<string, number> =>
      Object.fromEntries([...byLap[lap]!.budgetByPillar.map((b) => [b.pillar, b.amount]), ['total', byLap[lap]!.budget[0]!.amount]]);
    expect(budget('Tuzla')).toEqual({ participation: 25000, protection: 251000, prevention: 240000, 'relief-and-recovery': 15000, total: 280000 });
    expect(budget('Maglaj')).toEqual({ participation: 7000, protection: 9000, prevention: 43000, 'relief-and-recovery': 75000, total: 134000 });
    expect(budget('Bijeljina')).toEqual({ participation: 7000, protection: 104000, prevention: 3000, 'relief-and-recovery': 88000, total: 202000 });
    expect(budget('Doboj')).toEqual({ participation: 6000, protection: 73000, prevention: 148000, 'relief-and-recovery': 75000, total: 154000 });
    expect(budget('Prijedor')).toEqual({ participation: 15000, protection: 17000, 'relief-and-recovery': 95000, total: 127000 });
    expect(budget('Konjic')).toEqual({ protection: 22000, prevention: 13500, 'relief-and-recovery': 53000, total: 66500 });
    // Maglaj localizes 1.1.2 only through outcome 1.1; Tuzla localizes 1.1.1 directly (and through 1.1).
    expect(ba.actions.find((a) => a.id === '1.1.2')!.localizedBy[byLap.Maglaj!.lap.id]!.every((r) => !r.direct && r.through === '1.1')).toBe(true);
    expect(ba.actions.find((a) => a.id === '1.1.1')!.localizedBy[byLap.Tuzla!.lap.id]!.some((r) => r.direct)).toBe(true);
  });

  it('Ukraine: 8 national actions, 7 localized by the Vinnytsia hromada, one of them only through its objective', async () => {
    const report = JSON.parse((await coverage('json', 'examples/ukraine')).stdout) as CoverageReport;
    const [ua] = report.naps;
    expect(ua!.notLocalized).toEqual(['1.1']);
    expect(ua!.pillars.map((p) => [p.pillar, p.nationalActions, p.localized, p.localActions])).toEqual([
      ['participation', 2, 1, 1],
      ['protection', 2, 2, 2],
      ['prevention', 2, 2, 2],
      ['relief-and-recovery', 2, 2, 2],
      ['cross-cutting', 0, 0, 0],
    ]);
    const [vinnytsia] = ua!.laps;
    expect(vinnytsia!.budget).toEqual([{ currency: 'UAH', amount: 12500000 }]);
    expect(vinnytsia!.budgetByPillar.map((b) => [b.pillar, b.amount])).toEqual([
      ['protection', 9700000],
      ['prevention', 300000],
      ['relief-and-recovery', 2500000],
    ]);
    expect(ua!.actions.find((a) => a.id === '3.2')!.localizedBy[vinnytsia!.lap.id]).toEqual([
      expect.objectContaining({ direct: false, through: '3' }),
    ]);
  });
});

describe('coverage formats', () => {
  it('the terminal table fits 100 columns and shows the hand-counted totals', async () => {
    const { stdout, status } = await coverage('table', 'examples');
    expect(status).toBe(0);
    const tooWide = stdout.split('\n').filter((line) => [...line].length > 100);
    expect(tooWide).toEqual([]);
    expect(stdout).toContain('6 local plans · 19 national actions · 16 localized (84.2 %)');
    expect(stdout).toMatch(/^participation +7 +6 +85\.7 % +14$/m);
    expect(stdout).toMatch(/^BA-TZ-LAP-2019-2022 +BAM +25,000 +251,000 +240,000 +15,000 +— +280,000$/m);
  });

  it('csv has one row per national action and local plan, quotes fields with commas, and starts with a BOM', async () => {
    const { stdout } = await coverage('csv', 'examples');
    expect(stdout.startsWith('\uFEFFnap,action,action_title,pillars,lap,locality,localized,how,local_actions\r\n')).toBe(true);
    const rows = stdout.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 19 * 6 + 8 * 1);
    const maglaj112 = rows.find((r) => r.startsWith('BA-NAP-2018-2022,1.1.2,') && r.includes(',BA-MGL-LAP-2020-2022,'))!;
    expect(maglaj112).toMatch(/,yes,through 1\.1,\S+$/);
    expect(maglaj112.startsWith('BA-NAP-2018-2022,1.1.2,"Gender analysis of candidate lists and election results, with recommendations to political parties",participation,')).toBe(true);
  });

  it('markdown has the pillar, local plan, budget and matrix tables', async () => {
    const { stdout } = await coverage('markdown', 'examples');
    expect(stdout).toContain('## BA-NAP-2018-2022 — ');
    expect(stdout).toContain('| participation | 7 | 6 | 85.7 % | 14 |');
    expect(stdout).toContain('| Action | Title | Bijeljina | Doboj | Konjic | Maglaj | Prijedor | Tuzla |');
    expect(stdout).toContain('- 3.2.1 ');
  });
});
