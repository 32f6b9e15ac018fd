// The coverage model: which national commitments each local plan localizes, by pillar (spec section 9).
import { CANONICAL_PILLARS, type CanonicalPillar } from '../data/pillars.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../load/plan.js';
import { asArray, asObject, elementsOfKind, type Element } from '../validate/elements.js';
import { localizationsOf } from '../workspace/localizations.js';
import { pillarsOf, type Pillars } from '../workspace/pillars.js';
import { refsOf } from '../workspace/references.js';
import { resolveRef } from '../workspace/resolve.js';
import type { Workspace } from '../workspace/workspace.js';

/** A canonical pillar, or the row of cross-cutting elements (no canonical pillar). */
export type PillarRow = CanonicalPillar | 'cross-cutting';
export const PILLAR_ROWS: readonly PillarRow[] = [...CANONICAL_PILLARS, 'cross-cutting'];

export interface PlanSummary {
  id: string;
  title: string;
  file: string;
  /** The locality's name, for a local plan. */
  locality?: string;
  /** The plan has error diagnostics: its numbers cover only what could be resolved. */
  hasErrors: boolean;
}

export interface LocalActionRef {
  lap: string;
  id: string;
  title: string;
  /** True when `implements` names the national action itself; false when it names its outcome or objective. */
  direct: boolean;
  /** What `implements` names. */
  through: string;
}

export interface NationalAction {
  id: string;
  title: string;
  pillars: PillarRow[];
  /** Local plan id → the local actions that localize this action there. */
  localizedBy: Record<string, LocalActionRef[]>;
}

export interface PillarCoverage {
  pillar: PillarRow;
  nationalActions: number;
  /** National actions of this pillar localized by at least one local plan. */
  localized: number;
  /** localized / nationalActions, 0–1; null without national actions. */
  share: number | null;
  /** Local actions (of all the local plans) that serve this pillar. */
  localActions: number;
}

export interface Amount {
  currency: string;
  amount: number;
}

export interface LapCoverage {
  lap: PlanSummary;
  /** National actions this local plan localizes. */
  localized: number;
  share: number | null;
  localActions: number;
  /** Canonical pillars of the national actions it localizes. */
  covered: CanonicalPillar[];
  /** Canonical pillars that have national actions, none of which it localizes. */
  missed: CanonicalPillar[];
  concerns: { total: number; addressed: number };
  /** Local budget per pillar and currency; an action serving two pillars counts in both rows. */
  budgetByPillar: ({ pillar: PillarRow } & Amount)[];
  /** Local budget per currency; every action counts once. Amounts in different currencies are never added. */
  budget: Amount[];
  /** References of this plan that name nothing in the national plan. */
  unresolved: number;
}

export interface NapCoverage {
  nap: PlanSummary;
  laps: LapCoverage[];
  actions: NationalAction[];
  pillars: PillarCoverage[];
  /** Ids of the national actions no local plan localizes. */
  notLocalized: string[];
}

export interface CoverageReport {
  naps: NapCoverage[];
  /** Local plans whose parent is missing or not a national plan: they could not be placed. */
  orphans: { lap: PlanSummary; parent: string | undefined }[];
}

const rowsOf = (pillars: Pillars): PillarRow[] => (pillars.size === 0 ? ['cross-cutting'] : CANONICAL_PILLARS.filter((p) => pillars.has(p)));
const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function coverageOf(ws: Workspace, diagnostics: readonly Diagnostic[]): CoverageReport {
  const erroneous = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const summary = (plan: Plan): PlanSummary => {
    const locality = text(asObject(plan.data.locality)?.name);
    return { id: plan.id, title: text(plan.data.title), file: plan.file, ...(locality ? { locality } : {}), hasErrors: erroneous.has(plan.file) };
  };
  const reported = ws.plans.filter((p) => !ws.fileOf(p)?.found.sibling);
  const naps = reported.filter((p) => p.kind === 'NationalActionPlan' && ws.plan(p.id) === p);
  const orphans = reported
    .filter((p) => p.kind === 'LocalActionPlan' && typeof p.data.parent === 'string' && ws.plan(p.data.parent)?.kind !== 'NationalActionPlan')
    .map((lap) => ({ lap: summary(lap), parent: text(lap.data.parent) || undefined }));
  return { naps: naps.map((nap) => napCoverage(ws, nap, summary)), orphans };
}

function napCoverage(ws: Workspace, nap: Plan, summary: (plan: Plan) => PlanSummary): NapCoverage {
  const laps = ws.lapsOf(nap);
  const localizations = localizationsOf(ws, nap);
  const actions: NationalAction[] = [];
  for (const [action, list] of localizations) {
    const localizedBy: Record<string, LocalActionRef[]> = {};
    for (const l of list) {
      (localizedBy[l.lap.id] ??= []).push({ lap: l.lap.id, id: l.localAction.id ?? '', title: text(l.localAction.data.title), direct: l.direct, through: l.through.id ?? '' });
    }
    actions.push({ id: action.id ?? '', title: text(action.data.title), pillars: rowsOf(pillarsOf(nap, action)), localizedBy });
  }
  const localActions = laps.flatMap((lap) => elementsOfKind(lap, 'action').map((a) => rowsOf(pillarsOf(lap, a))));
  const pillars = PILLAR_ROWS.map((pillar): PillarCoverage => {
    const inRow = actions.filter((a) => a.pillars.includes(pillar));
    const localized = inRow.filter((a) => Object.keys(a.localizedBy).length > 0).length;
    return { pillar, nationalActions: inRow.length, localized, share: share(localized, inRow.length), localActions: localActions.filter((rows) => rows.includes(pillar)).length };
  });
  const withActions = CANONICAL_PILLARS.filter((p) => actions.some((a) => a.pillars.includes(p)));
  return {
    nap: summary(nap),
    laps: laps.map((lap) => lapCoverage(ws, lap, actions, withActions, summary)),
    actions,
    pillars,
    notLocalized: actions.filter((a) => Object.keys(a.localizedBy).length === 0).map((a) => a.id),
  };
}

function lapCoverage(ws: Workspace, lap: Plan, actions: NationalAction[], withActions: CanonicalPillar[], summary: (plan: Plan) => PlanSummary): LapCoverage {
  const mine = actions.filter((a) => a.localizedBy[lap.id]);
  const covered = withActions.filter((p) => mine.some((a) => a.pillars.includes(p)));
  const concerns = elementsOfKind(lap, 'concern').flatMap((c) => (c.id === undefined ? [] : [c.id]));
  const addressed = new Set(elementsOfKind(lap, 'objective', 'outcome', 'action').flatMap((e) => asArray(e.data.addresses).filter((a): a is string => typeof a === 'string')));
  const byPillar = new Map<string, number>();
  const total = new Map<string, number>();
  const localActions = elementsOfKind(lap, 'action');
  for (const action of localActions) {
    for (const { currency, amount } of moneyOf(action)) {
      total.set(currency, (total.get(currency) ?? 0) + amount);
      for (const row of rowsOf(pillarsOf(lap, action))) byPillar.set(`${row}\u0000${currency}`, (byPillar.get(`${row}\u0000${currency}`) ?? 0) + amount);
    }
  }
  const currencies = [...total.keys()].sort();
  return {
    lap: summary(lap),
    localized: mine.length,
    share: share(mine.length, actions.length),
    localActions: localActions.length,
    covered,
    missed: withActions.filter((p) => !covered.includes(p)),
    concerns: { total: concerns.length, addressed: concerns.filter((c) => addressed.has(c)).length },
    budgetByPillar: PILLAR_ROWS.flatMap((pillar) =>
      currencies.flatMap((currency) => {
        const amount = byPillar.get(`${pillar}\u0000${currency}`);
        return amount === undefined ? [] : [{ pillar, currency, amount }];
      }),
    ),
    budget: currencies.map((currency) => ({ currency, amount: total.get(currency)! })),
    unresolved: refsOf(lap).filter((r) => resolveRef(ws, r).status !== 'ok').length,
  };
}

/** The money lines of an action's `budget` that state an amount. */
function moneyOf(action: Element): Amount[] {
  const budget = action.data.budget;
  const lines = Array.isArray(budget) ? budget : [budget];
  return lines.flatMap((line) => {
    const object = asObject(line);
    return object && typeof object.amount === 'number' && typeof object.currency === 'string' ? [{ currency: object.currency, amount: object.amount }] : [];
  });
}
