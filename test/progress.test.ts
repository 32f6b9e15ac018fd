// The progress model on the example reports: ratings as computed by hand from the files, statuses, the NAP roll-up.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../src/env.js';
import { progressOf, rollUpOf } from '../src/progress/progress.js';
import { loadWorkspace } from '../src/workspace/load-workspace.js';

const repo = join(import.meta.dirname, '..');
const { ws } = await loadWorkspace(nodeEnv({ cwd: repo }), ['examples/bosnia-and-herzegovina']);
const report = (id: string) => progressOf(ws, ws.plan(id)!)!;
const indicator = (id: string, ind: string) => report(id).indicators.find((i) => i.id === ind)!;

describe('progress of a report', () => {
  it('rates indicators as computed by hand: achieved (a − b)/(t − b), expected (y − yb)/(yt − yb)', () => {
    // Tuzla 2020, counted by hand from tuzla.lap.yaml and tuzla-2020.report.yaml.
    expect(indicator('BA-TZ-PR-2020', 'L-2.1a')).toMatchObject({ rating: 'at-risk', expected: 0.5 });
    expect(indicator('BA-TZ-PR-2020', 'L-2.1a').achieved).toBeCloseTo(0.289, 3);
    expect(indicator('BA-TZ-PR-2020', 'L-2.1.3a')).toMatchObject({ rating: 'off-track', achieved: 0.2, expected: 0.5 });
    expect(indicator('BA-TZ-PR-2020', 'L-2.1.1a')).toMatchObject({ rating: 'on-track', achieved: 0.4, expected: 0.333333 });
    // A falling indicator (Doboj: suspected mine area in km²) and one in Bijeljina (hours to respond).
    expect(indicator('BA-DOB-PR-2020', 'L-2.2a')).toMatchObject({ rating: 'at-risk', achieved: 0.3, expected: 0.5 });
    expect(indicator('BA-BN-PR-2019', 'L-2.1a')).toMatchObject({ rating: 'on-track', achieved: 0.25, expected: 0.25 });
    // A value left out with a note, and a qualitative indicator, are not rated.
    expect(indicator('BA-TZ-PR-2019', 'L-2.2.2a')).toMatchObject({ rating: 'not-rated' });
    expect(indicator('BA-TZ-PR-2020', 'L-1.1.3a')).toMatchObject({ rating: 'not-rated', measure: 'qualitative' });
  });

  it('counts every action of the plan by its status, including the ones the report does not mention', () => {
    const p = report('BA-TZ-PR-2020');
    expect(Object.values(p.statuses).reduce((a, b) => a + b, 0)).toBe(13);
    expect(p.statuses.cancelled).toBeGreaterThanOrEqual(1);
    const pillarTotals = Object.values(p.byPillar).map((row) => Object.values(row).reduce((a, b) => a + b, 0));
    expect(pillarTotals.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(13);
    expect(p.money.map((m) => m.currency)).toEqual(['BAM']);
    expect(p.money[0]!.budget).toBe(280000);
  });
});

describe('roll-up of a national plan', () => {
  it('lists, for 2020, which municipalities reported and the statuses of the local actions behind each national action', () => {
    const r = rollUpOf(ws, ws.plan('BA-NAP-2018-2022')!, { start: 2020, end: 2020 });
    expect(r.notReported).toEqual(['BA-KO-LAP-2021-2022', 'BA-MGL-LAP-2020-2022', 'BA-PD-LAP-2020-2022']);
    const a211 = r.actions.find((a) => a.id === '2.1.1')!;
    expect([...new Set(a211.local.map((l) => l.lap))].sort()).toEqual(['BA-BN-LAP-2019-2022', 'BA-DOB-LAP-2019-2022', 'BA-KO-LAP-2021-2022', 'BA-MGL-LAP-2020-2022', 'BA-PD-LAP-2020-2022', 'BA-TZ-LAP-2019-2022']);
    expect(a211.local.filter((l) => l.lap === 'BA-KO-LAP-2021-2022').every((l) => l.status === 'not-reported')).toBe(true);
  });

  it('puts the local values behind a national indicator side by side, from each municipality\'s report of the period', () => {
    const r = rollUpOf(ws, ws.plan('BA-NAP-2018-2022')!, { start: 2020, end: 2020 });
    // Read from the files: L-1.1a (Tuzla, Bijeljina) and L-1a (Doboj) contribute to I-1.1a; Prijedor's report for 2020 is missing.
    const i11a = r.indicators.find((i) => i.id === 'I-1.1a')!;
    const byLap = Object.fromEntries(i11a.local.map((l) => [l.lap, l.value]));
    expect(byLap['BA-TZ-LAP-2019-2022']).toBe(25.8);
    expect(byLap['BA-BN-LAP-2019-2022']).toBe(26);
    expect(byLap['BA-DOB-LAP-2019-2022']).toBe(22);
    expect('BA-PD-LAP-2020-2022' in byLap && byLap['BA-PD-LAP-2020-2022'] === undefined).toBe(true);
    expect(r.reports).toEqual({ 'BA-BN-LAP-2019-2022': 'BA-BN-PR-2020', 'BA-DOB-LAP-2019-2022': 'BA-DOB-PR-2020', 'BA-TZ-LAP-2019-2022': 'BA-TZ-PR-2020' });
  });
});
