// A NAP's roll-up for one period → the data the roll-up template sees: local statuses per national action, side by side.
import type { Plan } from '../../load/plan.js';
import type { RollUp } from '../../progress/progress.js';
import type { Formatter } from './format.js';

/** Local plans per table: more come as further tables of the same national actions. */
const COLUMNS = 6;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function rollupView(r: RollUp, nap: Plan, laps: Plan[], f: Formatter): Record<string, unknown> {
  const name = (lap: Plan): string => {
    const locality = (lap.data.locality ?? {}) as { name?: unknown };
    return typeof locality.name === 'string' ? locality.name : lap.id;
  };
  const reported = laps.filter((l) => r.reports[l.id]);
  const value = (v: { value?: number | string; year?: number; note?: string }): string =>
    v.value === undefined ? (v.note ?? '—') : `${typeof v.value === 'number' ? f.number(v.value) : v.value}${v.year ? ` (${v.year})` : ''}`;
  return {
    title: typeof nap.data.title === 'string' ? nap.data.title : nap.id,
    id: nap.id,
    period: r.period.start === r.period.end ? String(r.period.start) : `${r.period.start} – ${r.period.end}`,
    reported: reported.map((l) => ({ name: name(l), report: r.reports[l.id] })),
    notReported: laps.filter((l) => !r.reports[l.id]).map((l) => name(l)),
    groups: chunks(reported, COLUMNS).map((group) => ({
      laps: group.map(name),
      rows: r.actions.map((a) => ({
        id: a.id,
        title: a.title,
        cells: group.map((lap) => {
          const local = a.local.filter((l) => l.lap === lap.id);
          return local.length === 0 ? '' : local.map((l) => `${l.action}: ${f.label(`actionStatus.${l.status}`)}`).join('; ');
        }),
      })),
    })),
    indicators: r.indicators
      .filter((i) => i.local.length > 0)
      .map((i) => ({
        id: i.id,
        title: i.title,
        local: i.local.map((l) => ({ lap: name(laps.find((x) => x.id === l.lap)!), indicator: l.indicator, value: value(l) })),
      })),
  };
}
