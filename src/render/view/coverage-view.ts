// A NAP's coverage (see coverage/coverage.ts) → the data the coverage report template sees, display-ready.
import { CANONICAL_PILLARS } from '../../data/pillars.js';
import type { NapCoverage, NationalAction, PillarRow } from '../../coverage/coverage.js';
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

/**
 * A national action as the report shows it: of the local actions that localize it, only whether each local plan
 * (in the order of `laps`) has one, and whether one names the action itself: `marks` holds "d" (directly), "i"
 * (through its outcome or objective) or "-" for each. A build sends the report's worker this, not every local
 * action's id and title: at 1,000 local plans a message of 0.9 MB instead of 23 MB.
 */
export interface ShownAction extends Omit<NationalAction, 'localizedBy'> {
  marks: string;
}

export interface ShownCoverage extends Omit<NapCoverage, 'actions'> {
  actions: ShownAction[];
}

export function shownCoverage(c: NapCoverage): ShownCoverage {
  const mark = (refs: NationalAction['localizedBy'][string] | undefined): string => (!refs?.length ? '-' : refs.some((r) => r.direct) ? 'd' : 'i');
  return { ...c, actions: c.actions.map(({ localizedBy, ...action }) => ({ ...action, marks: c.laps.map((l) => mark(localizedBy[l.lap.id])).join('') })) };
}

export function coverageView(c: ShownCoverage, f: Formatter, leftOut: { id: string; file: string }[]): Record<string, unknown> {
  const percent = (share: number | null): string => (share === null ? '—' : `${f.number(Math.floor(share * 1000 + 0.5) / 10)} %`);
  const pillarLabel = (p: PillarRow): string => (p === 'cross-cutting' ? f.label('crossCutting') : f.label(`pillar.${p}`));
  const localized = c.actions.length - c.notLocalized.length;
  const rows = c.pillars.filter((p) => p.nationalActions > 0);
  const name = (l: NapCoverage['laps'][number]): string => l.lap.locality ?? l.lap.id;
  const currencies = [...new Set(c.laps.flatMap((l) => l.budget.map((b) => b.currency)))].sort();
  const lapIndexes = c.laps.map((_, i) => i);
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
    matrix: chunks(lapIndexes, MATRIX_COLUMNS).map((group) => ({
      laps: group.map((i) => name(c.laps[i]!)),
      rows: c.actions.map((a) => ({
        id: a.id,
        title: a.title,
        // "•" is in every font the writers use (● and ○ are not in Noto Sans); the fill tells direct from indirect too.
        cells: group.map((i) => {
          if (a.marks[i] === 'd') return { mark: '•', fill: '#63be7b' };
          return a.marks[i] === 'i' ? { mark: '(•)', fill: '#c6e6cf' } : { mark: '', fill: '#ffffff' };
        }),
      })),
    })),
    heatGroups: chunks(lapIndexes, HEAT_COLUMNS).map((group) => ({
      laps: group.map((i) => name(c.laps[i]!)),
      rows: rows.map((p) => ({
        pillar: pillarLabel(p.pillar),
        cells: group.map((i) => {
          const inRow = c.actions.filter((a) => a.pillars.includes(p.pillar));
          const taken = inRow.filter((a) => a.marks[i] !== '-').length;
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
