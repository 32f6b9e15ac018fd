// A NAP's coverage (see coverage/coverage.ts) → the data the coverage report template sees, display-ready.
import { CANONICAL_PILLARS } from '../../data/pillars.js';
import type { NapCoverage, PillarRow } from '../../coverage/coverage.js';
import type { Formatter } from './format.js';

const MATRIX_COLUMNS = 8;
const HEAT_COLUMNS = 10;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** White to green: how much of a pillar a municipality has taken up. */
function heat(share: number | null): string {
  if (share === null) return '#f2f2f2';
  const mix = (from: number, to: number): string => Math.round(from + (to - from) * share).toString(16).padStart(2, '0');
  return `#${mix(0xff, 0x63)}${mix(0xff, 0xbe)}${mix(0xff, 0x7b)}`;
}

export function coverageView(c: NapCoverage, f: Formatter, leftOut: { id: string; file: string }[]): Record<string, unknown> {
  const percent = (share: number | null): string => (share === null ? '—' : `${f.number(Math.floor(share * 1000 + 0.5) / 10)} %`);
  const pillarLabel = (p: PillarRow): string => (p === 'cross-cutting' ? f.label('crossCutting') : f.label(`pillar.${p}`));
  const localized = c.actions.length - c.notLocalized.length;
  const rows = c.pillars.filter((p) => p.nationalActions > 0);
  const name = (l: NapCoverage['laps'][number]): string => l.lap.locality ?? l.lap.id;
  const currencies = [...new Set(c.laps.flatMap((l) => l.budget.map((b) => b.currency)))].sort();
  return {
    title: c.nap.title,
    id: c.nap.id,
    laps: c.laps.map((l) => ({ id: l.lap.id, name: name(l) })),
    summary: { laps: c.laps.length, actions: c.actions.length, localized, share: percent(c.actions.length ? localized / c.actions.length : null) },
    pillars: rows.map((p) => ({ pillar: pillarLabel(p.pillar), nationalActions: p.nationalActions, localized: p.localized, share: percent(p.share), localActions: p.localActions })),
    perLap: c.laps.map((l) => ({
      id: l.lap.id,
      name: name(l),
      localized: l.localized,
      share: percent(l.share),
      localActions: l.localActions,
      covered: l.covered.map((p) => pillarLabel(p)).join(', ') || '—',
      missed: l.missed.map((p) => pillarLabel(p)).join(', ') || '—',
      concerns: `${l.concerns.addressed}/${l.concerns.total}`,
    })),
    // A landscape page holds about eight municipality columns: more come as further tables of the same actions.
    matrix: chunks(c.laps, MATRIX_COLUMNS).map((group) => ({
      laps: group.map(name),
      rows: c.actions.map((a) => ({
        id: a.id,
        title: a.title,
        // "•" is in every font the writers use (● and ○ are not in Noto Sans); the fill tells direct from indirect too.
        cells: group.map((l) => {
          const refs = a.localizedBy[l.lap.id] ?? [];
          if (refs.length === 0) return { mark: '', fill: '#ffffff' };
          return refs.some((r) => r.direct) ? { mark: '•', fill: '#63be7b' } : { mark: '(•)', fill: '#c6e6cf' };
        }),
      })),
    })),
    heatGroups: chunks(c.laps, HEAT_COLUMNS).map((group) => ({
      laps: group.map(name),
      rows: rows.map((p) => ({
        pillar: pillarLabel(p.pillar),
        cells: group.map((l) => {
          const inRow = c.actions.filter((a) => a.pillars.includes(p.pillar));
          const taken = inRow.filter((a) => a.localizedBy[l.lap.id]).length;
          return { value: `${taken}/${inRow.length}`, fill: heat(inRow.length ? taken / inRow.length : null) };
        }),
      })),
    })),
    notLocalized: c.actions.filter((a) => c.notLocalized.includes(a.id)).map((a) => ({ id: a.id, title: a.title, pillars: a.pillars.map(pillarLabel).join(', ') })),
    budget: {
      pillars: [...CANONICAL_PILLARS, 'cross-cutting' as const].map(pillarLabel),
      rows: c.laps.flatMap((l) =>
        currencies
          .filter((cur) => l.budget.some((b) => b.currency === cur))
          .map((cur) => ({
            name: name(l),
            currency: cur,
            amounts: [...CANONICAL_PILLARS, 'cross-cutting' as const].map((p) => {
              const found = l.budgetByPillar.find((b) => b.pillar === p && b.currency === cur);
              return found ? f.number(found.amount) : '—';
            }),
            total: f.number(l.budget.find((b) => b.currency === cur)!.amount),
          })),
      ),
    },
    leftOut,
  };
}
