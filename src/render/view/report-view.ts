// A progress report (+ its plan) → the data the progress template sees: statuses, actions, ratings, spending, display-ready.
import type { Plan } from '../../load/plan.js';
import { STATUSES, type ReportProgress } from '../../progress/progress.js';
import { sharePercent } from '../../progress/rating.js';
import { asObject, elementsOfKind } from '../../validate/elements.js';
import type { Formatter } from './format.js';

const PILLAR_ROWS = ['participation', 'protection', 'prevention', 'relief-and-recovery', 'cross-cutting'] as const;

const STATUS_COLORS: Record<(typeof STATUSES)[number], string> = {
  'not-started': '#bfbfbf',
  ongoing: '#5b9bd5',
  completed: '#70ad47',
  delayed: '#ffc000',
  cancelled: '#c00000',
  'not-reported': '#e7e6e6',
};

const pillarName = (p: (typeof PILLAR_ROWS)[number], f: Formatter): string => (p === 'cross-cutting' ? f.label('crossCutting') : f.label(`pillar.${p}`));

/** A share as a percentage with one decimal (0.289 → 28.9). */
const pct = (share: number): number => Math.round(share * 1000) / 10;

export function reportView(report: Plan, plan: Plan, progress: ReportProgress, f: Formatter): Record<string, unknown> {
  const rated = progress.indicators.filter((i) => i.rating !== 'not-rated');
  const d = report.data;
  const adoption = asObject(d.adoption);
  const narrative = asObject(d.narrative) ?? {};
  const reported = asObject(d.actions) ?? {};
  const value = (v: { value?: number | string } | undefined, unit: unknown, measure: string): string =>
    v?.value === undefined ? '—' : typeof v.value === 'number' ? `${f.number(v.value)}${measure === 'percentage' ? ' %' : typeof unit === 'string' ? ` ${unit}` : ''}` : v.value;
  const units = new Map(elementsOfKind(plan, 'indicator').map((i) => [i.id, i.data.unit]));
  const chapter = (key: string) => (typeof narrative[key] === 'string' ? narrative[key] : null);
  return {
    id: report.id,
    title: typeof d.title === 'string' ? d.title : report.id,
    plan: { id: plan.id, title: typeof plan.data.title === 'string' ? plan.data.title : plan.id },
    period: f.period(d.period),
    asOf: f.date(d.asOf),
    preparedBy: typeof d.preparedBy === 'string' ? d.preparedBy : null,
    status: f.label(`status.${typeof d.status === 'string' ? d.status : 'draft'}`),
    adoption: adoption ? { by: String(adoption.by ?? ''), date: f.date(adoption.date) } : null,
    summary: chapter('summary'),
    achievements: chapter('achievements'),
    challenges: chapter('challenges'),
    lessonsLearned: chapter('lessonsLearned'),
    nextSteps: chapter('nextSteps'),
    statuses: STATUSES.map((s) => ({ status: f.label(`actionStatus.${s}`), count: progress.statuses[s] })),
    byPillar: PILLAR_ROWS.filter((p) => STATUSES.some((s) => progress.byPillar[p][s] > 0)).map((p) => ({
      pillar: p === 'cross-cutting' ? f.label('crossCutting') : f.label(`pillar.${p}`),
      counts: STATUSES.map((s) => progress.byPillar[p][s]),
    })),
    statusNames: STATUSES.map((s) => f.label(`actionStatus.${s}`)),
    actions: elementsOfKind(plan, 'action').map((a) => {
      const entry = asObject(a.id === undefined ? undefined : reported[a.id]);
      const status = typeof entry?.status === 'string' ? entry.status : 'not-reported';
      return {
        id: a.id ?? '',
        title: typeof a.data.title === 'string' ? a.data.title : '',
        status: f.label(`actionStatus.${status}`),
        note: typeof entry?.note === 'string' ? entry.note : '',
        spent: f.money(entry?.spent),
      };
    }),
    indicators: progress.indicators.map((i) => ({
      id: i.id,
      title: i.title,
      baseline: `${value(i.baseline, units.get(i.id), i.measure)}${i.baseline ? ` (${i.baseline.year})` : ''}`,
      reported: i.reported ? `${value(i.reported, units.get(i.id), i.measure)} (${i.reported.year})` : i.note ?? '—',
      target: `${value(i.target, units.get(i.id), i.measure)}${i.target ? ` (${i.target.year})` : ''}`,
      achieved: i.achieved === undefined ? '—' : sharePercent(i.achieved, f.language),
      expected: i.expected === undefined ? '—' : sharePercent(i.expected, f.language),
      rating: f.label(`rating.${i.rating}`),
      fill: { 'on-track': '#c6efce', 'at-risk': '#ffeb9c', 'off-track': '#ffc7ce', 'not-rated': '#f2f2f2' }[i.rating],
    })),
    // Charts reach the template as JSON for <chart data="…">; their numbers are also in the tables beside them.
    statusChart: JSON.stringify({
      title: f.label('statusChartTitle'),
      alt: `${f.label('statusChartTitle')}: ${PILLAR_ROWS.map((p) => `${pillarName(p, f)} ${STATUSES.map((s) => `${progress.byPillar[p][s]} ${f.label(`actionStatus.${s}`)}`).join(', ')}`).join('; ')}`,
      categories: PILLAR_ROWS.filter((p) => STATUSES.some((s) => progress.byPillar[p][s] > 0)).map((p) => pillarName(p, f)),
      series: STATUSES.map((s) => ({
        name: f.label(`actionStatus.${s}`),
        color: STATUS_COLORS[s],
        values: PILLAR_ROWS.filter((p) => STATUSES.some((t) => progress.byPillar[p][t] > 0)).map((p) => progress.byPillar[p][s]),
      })),
      stacked: true,
      decimal: f.decimal,
    }),
    indicatorChart: rated.length
      ? JSON.stringify({
          title: f.label('indicatorChartTitle'),
          alt: `${f.label('indicatorChartTitle')}: ${rated.map((i) => `${i.id} ${f.number(pct(i.achieved!))} % / ${f.number(pct(i.expected!))} %`).join('; ')}`,
          categories: rated.map((i) => i.id),
          series: [
            { name: f.label('achieved'), color: '#2e75b6', values: rated.map((i) => pct(i.achieved!)) },
            { name: f.label('expected'), color: '#a6a6a6', values: rated.map((i) => pct(i.expected!)) },
          ],
          stacked: false,
          unit: '%',
          max: 100,
          decimal: f.decimal,
        })
      : null,
    money: progress.money.map((m) => ({ currency: m.currency, budget: f.number(m.budget), spent: f.number(m.spent), share: m.budget > 0 ? sharePercent(m.spent / m.budget, f.language) : '—' })),
  };
}
