// The progress model of a report (spec section 10): action statuses overall and per pillar, spending against budget, indicator ratings.
import type { PillarRow } from '../coverage/coverage.js';
import { CANONICAL_PILLARS } from '../data/pillars.js';
import type { Plan } from '../load/plan.js';
import { spanOf } from '../validate/dates.js';
import { asObject, elementsOfKind, type Element } from '../validate/elements.js';
import { localizationsOf } from '../workspace/localizations.js';
import { refsOf } from '../workspace/references.js';
import { resolveRef } from '../workspace/resolve.js';
import { pillarsOf } from '../workspace/pillars.js';
import type { Workspace } from '../workspace/workspace.js';
import { rate, type Rating } from './rating.js';

export const STATUSES = ['not-started', 'ongoing', 'completed', 'delayed', 'cancelled', 'not-reported'] as const;
export type Status = (typeof STATUSES)[number];

export interface IndicatorProgress {
  id: string;
  title: string;
  measure: string;
  baseline?: { value?: number | string; year: number };
  target?: { value?: number | string; year: number };
  reported?: { value?: number | string; year: number };
  note?: string;
  rating: Rating;
  achieved?: number;
  expected?: number;
}

export interface ReportProgress {
  report: { id: string; title: string; file: string };
  plan: { id: string; title: string };
  /** Every action of the plan by its status in this report. */
  statuses: Record<Status, number>;
  byPillar: Record<PillarRow, Record<Status, number>>;
  /** Per currency: the plan's budget lines and what the report says was spent. */
  money: { currency: string; budget: number; spent: number }[];
  indicators: IndicatorProgress[];
}

const empty = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
const numberOr = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const lines = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((l) => asObject(l) ?? {});

export function progressOf(ws: Workspace, report: Plan): ReportProgress | undefined {
  const plan = typeof report.data.plan === 'string' ? ws.plan(report.data.plan) : undefined;
  if (!plan) return undefined;
  const reported = asObject(report.data.actions) ?? {};
  const values = asObject(report.data.indicators) ?? {};
  const statuses = empty();
  const byPillar = Object.fromEntries([...CANONICAL_PILLARS, 'cross-cutting'].map((p) => [p, empty()])) as Record<PillarRow, Record<Status, number>>;
  const budget = new Map<string, number>();
  const spent = new Map<string, number>();
  for (const action of elementsOfKind(plan, 'action')) {
    const status = statusOf(reported, action);
    statuses[status]++;
    const pillars = [...pillarsOf(plan, action)];
    for (const row of pillars.length ? pillars : ['cross-cutting' as const]) byPillar[row][status]++;
    for (const l of lines(action.data.budget)) if (typeof l.amount === 'number' && typeof l.currency === 'string') budget.set(l.currency, (budget.get(l.currency) ?? 0) + l.amount);
    for (const l of lines(asObject(action.id === undefined ? undefined : reported[action.id])?.spent)) {
      if (typeof l.amount === 'number' && typeof l.currency === 'string') spent.set(l.currency, (spent.get(l.currency) ?? 0) + l.amount);
    }
  }
  const asOfYear = spanOf(report.data.asOf) ? new Date(spanOf(report.data.asOf)!.last * 86_400_000).getUTCFullYear() : undefined;
  const indicators = elementsOfKind(plan, 'indicator').map((indicator): IndicatorProgress => {
    const entry = asObject(indicator.id === undefined ? undefined : values[indicator.id]);
    const baseline = asObject(indicator.data.baseline);
    const target = asObject(indicator.data.target);
    const year = numberOr(entry?.year) ?? asOfYear;
    const point = (o: Record<string, unknown> | undefined) =>
      o && typeof o.year === 'number' ? { ...(o.value !== undefined ? { value: o.value as number | string } : {}), year: o.year } : undefined;
    const r = entry && year !== undefined ? { ...(entry.value !== undefined ? { value: entry.value as number | string } : {}), year } : undefined;
    const measure = typeof indicator.data.measure === 'string' ? indicator.data.measure : 'number';
    const rated =
      measure === 'qualitative'
        ? { rating: 'not-rated' as const }
        : rate({
            ...(point(baseline) ? { baseline: { value: numberOr(baseline?.value), year: point(baseline)!.year } } : {}),
            ...(point(target) ? { target: { value: numberOr(target?.value), year: point(target)!.year } } : {}),
            ...(r ? { reported: { value: numberOr(r.value), year: r.year } } : {}),
          } as Parameters<typeof rate>[0]);
    return {
      id: indicator.id ?? '',
      title: typeof indicator.data.title === 'string' ? indicator.data.title : '',
      measure,
      ...(point(baseline) ? { baseline: point(baseline)! } : {}),
      ...(point(target) ? { target: point(target)! } : {}),
      ...(r ? { reported: r } : {}),
      ...(typeof entry?.note === 'string' ? { note: entry.note } : {}),
      ...rated,
    };
  });
  const currencies = [...new Set([...budget.keys(), ...spent.keys()])].sort();
  return {
    report: { id: report.id, title: String(report.data.title ?? ''), file: report.file },
    plan: { id: plan.id, title: String(plan.data.title ?? '') },
    statuses,
    byPillar,
    money: currencies.map((currency) => ({ currency, budget: budget.get(currency) ?? 0, spent: spent.get(currency) ?? 0 })),
    indicators,
  };
}

function statusOf(reported: Record<string, unknown>, action: Element): Status {
  const status = asObject(action.id === undefined ? undefined : reported[action.id])?.status;
  return typeof status === 'string' && (STATUSES as readonly string[]).includes(status) ? (status as Status) : 'not-reported';
}

export interface RollUp {
  nap: { id: string; title: string };
  /** The period rolled up. */
  period: { start: number; end: number };
  /** Per national action: the statuses of the local actions that localize it, by local plan. */
  actions: { id: string; title: string; local: { lap: string; action: string; status: Status }[] }[];
  /** Local plans of the NAP with no report for the period. */
  notReported: string[];
  /** Per national indicator: the values reported for the local indicators that contribute to it, side by side (never summed). */
  indicators: { id: string; title: string; local: { lap: string; indicator: string; value?: number | string; year?: number; note?: string }[] }[];
  /** The report each local plan contributes (by local plan id). */
  reports: Record<string, string>;
}

/** A NAP's roll-up for a period: each LAP contributes its report of exactly that period, else the latest overlapping one. */
export function rollUpOf(ws: Workspace, nap: Plan, period: { start: number; end: number }): RollUp {
  const span = { first: spanOf(period.start)!.first, last: spanOf(period.end)!.last };
  const reportFor = (lap: Plan): Plan | undefined => {
    const reports = ws.plans.filter((p) => p.kind === 'ProgressReport' && p.data.plan === lap.id);
    const exact = reports.find((r) => {
      const p = asObject(r.data.period);
      return p && String(p.start) === String(period.start) && String(p.end) === String(period.end);
    });
    if (exact) return exact;
    const overlapping = reports.filter((r) => {
      const p = asObject(r.data.period);
      const s = p ? { first: spanOf(p.start)?.first ?? Infinity, last: spanOf(p.end)?.last ?? -Infinity } : undefined;
      return s && s.first <= span.last && span.first <= s.last;
    });
    return overlapping.sort((a, b) => (spanOf(b.data.asOf)?.last ?? 0) - (spanOf(a.data.asOf)?.last ?? 0))[0];
  };
  const laps = ws.lapsOf(nap);
  const reports = new Map(laps.map((lap) => [lap, reportFor(lap)] as const));
  const actions = [...localizationsOf(ws, nap)].map(([action, list]) => ({
    id: action.id ?? '',
    title: typeof action.data.title === 'string' ? action.data.title : '',
    local: list.map((l) => ({ lap: l.lap.id, action: l.localAction.id ?? '', status: statusOf(asObject(reports.get(l.lap)?.data.actions) ?? {}, l.localAction) })),
  }));
  const indicators = elementsOfKind(nap, 'indicator').map((indicator) => ({
    id: indicator.id ?? '',
    title: typeof indicator.data.title === 'string' ? indicator.data.title : '',
    local: laps.flatMap((lap) =>
      refsOf(lap)
        .filter((ref) => ref.site === 'contributesTo')
        .filter((ref) => {
          const r = resolveRef(ws, ref);
          return r.status === 'ok' && r.element === indicator;
        })
        .map((ref) => {
          const entry = asObject(asObject(reports.get(lap)?.data.indicators)?.[ref.from.id ?? '']);
          return {
            lap: lap.id,
            indicator: ref.from.id ?? '',
            ...(entry?.value !== undefined ? { value: entry.value as number | string } : {}),
            ...(typeof entry?.year === 'number' ? { year: entry.year } : {}),
            ...(typeof entry?.note === 'string' ? { note: entry.note } : {}),
          };
        }),
    ),
  }));
  return {
    nap: { id: nap.id, title: String(nap.data.title ?? '') },
    period,
    actions,
    notReported: laps.filter((l) => !reports.get(l)).map((l) => l.id),
    indicators,
    reports: Object.fromEntries([...reports].flatMap(([lap, r]) => (r ? [[lap.id, r.id]] : []))),
  };
}

