// Plan (+ workspace) → the data a plan template sees: every field present (null or [] when absent), display-ready.
import { WPS_RESOLUTIONS } from '../../data/resolutions.js';
import type { Plan } from '../../load/plan.js';
import { asArray, asObject, elementsOfKind, type Element } from '../../validate/elements.js';
import { inPillarOrder, pillarsOf } from '../../workspace/pillars.js';
import { refsOf } from '../../workspace/references.js';
import { resolveRef } from '../../workspace/resolve.js';
import type { Workspace } from '../../workspace/workspace.js';
import type { Formatter } from './format.js';

/** Narrative chapters in document order (spec section 7). */
export const CHAPTERS = ['foreword', 'acknowledgements', 'summary', 'introduction', 'vision', 'context', 'legalFramework', 'process', 'implementation', 'coordination', 'monitoring', 'financing', 'lessonsLearned'] as const;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function planView(ws: Workspace, plan: Plan, f: Formatter): Record<string, unknown> {
  const d = plan.data;
  const adoption = asObject(d.adoption);
  const coordination = asObject(d.coordination);
  const reporting = asObject(d.reporting);
  const narrative = asObject(d.narrative) ?? {};
  const actions = elementsOfKind(plan, 'action');
  const indicators = elementsOfKind(plan, 'indicator');
  const actionView = (a: Element): Record<string, unknown> => ({
    id: a.id ?? '',
    title: str(a.data.title) ?? '',
    description: str(a.data.description),
    output: str(a.data.output),
    lead: f.orgs(a.data.lead).join('; '),
    partners: f.orgs(a.data.partners).join('; '),
    timeframe: f.period(a.data.timeframe, d.period),
    budget: f.money(a.data.budget),
    indicators: asArray(a.data.indicators).map((i) => str(asObject(i)?.id)).filter(Boolean),
    pillars: f.list(a.data.pillars).map((p) => f.pillar(p)).join(', '),
    implements: implementsOf(ws, plan, a, f),
    addresses: f.list(a.data.addresses),
  });
  const indicatorView = (i: Element): Record<string, unknown> => ({
    id: i.id ?? '',
    title: str(i.data.title) ?? '',
    owner: i.parent?.id ?? '',
    unit: str(i.data.unit),
    baseline: f.measure(i.data.baseline, i.data.unit, i.data.measure),
    target: f.measure(i.data.target, i.data.unit, i.data.measure),
    milestones: asArray(i.data.milestones).map((m) => f.measure(m, i.data.unit, i.data.measure)).join('; '),
    source: str(i.data.source),
    frequency: typeof i.data.frequency === 'string' ? f.label(`frequency.${i.data.frequency}`) : '',
    disaggregation: f.list(i.data.disaggregation).map((x) => f.label(`disaggregation.${x}`)).join(', '),
    references: asArray(i.data.references).map((r) => referenceText(asObject(r), f)).filter(Boolean).join('; '),
    contributesTo: f.list(i.data.contributesTo),
  });
  const objectives = elementsOfKind(plan, 'objective').map((o) => ({
    id: o.id ?? '',
    title: str(o.data.title) ?? '',
    pillar: typeof o.data.pillar === 'string' ? f.pillar(o.data.pillar) : '',
    description: str(o.data.description),
    indicators: indicators.filter((i) => i.parent === o).map(indicatorView),
    outcomes: elementsOfKind(plan, 'outcome')
      .filter((oc) => oc.parent === o)
      .map((oc) => ({
        id: oc.id ?? '',
        title: str(oc.data.title) ?? '',
        description: str(oc.data.description),
        output: str(oc.data.output),
        indicators: indicators.filter((i) => i.parent === oc).map(indicatorView),
        actions: actions.filter((a) => a.parent === oc).map(actionView),
      })),
    actions: actions.filter((a) => a.parent === o).map(actionView),
  }));
  return {
    kind: plan.kind,
    id: plan.id,
    title: str(d.title) ?? plan.id,
    subtitle: str(asObject(d.cover)?.subtitle),
    language: f.language,
    status: f.label(`status.${typeof d.status === 'string' ? d.status : 'draft'}`),
    period: f.period(d.period),
    country: f.country(d.country ?? asObject(d.locality)?.country),
    generation: typeof d.generation === 'number' ? d.generation : null,
    adoption: adoption
      ? { by: str(adoption.by) ?? '', date: f.date(adoption.date), reference: str(adoption.reference), publication: str(adoption.publication) }
      : null,
    amendments: asArray(d.amendments).map((a) => asObject(a) ?? {}).map((a) => ({ date: f.date(a.date), by: str(a.by) ?? '', reference: str(a.reference), summary: str(a.summary) ?? '' })),
    resolutions: asArray(d.resolutions).map((n) => {
      const known = WPS_RESOLUTIONS.find((r) => r.number === n);
      return { number: n, year: known?.year ?? null, focus: known ? f.label(`resolution.${known.number}`) : '' };
    }),
    frameworks: f.list(d.frameworks),
    themes: f.list(d.themes).map((t) => t.replace(/-/g, ' ')),
    leadAgency: f.orgs(d.leadAgency).join('; '),
    abbreviations: Object.values(asObject(d.organisations) ?? {})
      .map((o) => asObject(o) ?? {})
      .filter((o) => typeof o.abbreviation === 'string' && typeof o.name === 'string')
      .map((o) => ({ abbreviation: o.abbreviation as string, name: o.name as string }))
      .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, f.language)),
    coordination: coordination
      ? { body: str(coordination.body) ?? '', chair: f.orgs(coordination.chair).join('; '), members: f.orgs(coordination.members), meets: str(coordination.meets) }
      : null,
    reporting: reporting ? { frequency: f.label(`frequency.${String(reporting.frequency)}`), to: str(reporting.to) ?? '' } : null,
    narrative: CHAPTERS.filter((key) => typeof narrative[key] === 'string').map((key) => ({ key, title: f.label(`chapter.${key}`), text: narrative[key] })),
    annexes: asArray(d.annexes).map((a) => asObject(a) ?? {}).map((a) => ({ title: str(a.title) ?? '', body: str(a.body) ?? '' })),
    pillars: elementsOfKind(plan, 'pillar').map((p) => ({
      id: p.id ?? '',
      title: str(p.data.title) ?? '',
      canonical: inPillarOrder(pillarsOf(plan, p)).map((c) => f.label(`pillar.${c}`)).join(', ') || f.label('crossCutting'),
    })),
    objectives,
    actionCount: actions.length,
    indicators: indicators.map(indicatorView),
    budget: budgetView(plan, actions, f),
    risks: asArray(d.risks).map((r) => asObject(r) ?? {}).map((r) => ({
      id: str(r.id) ?? '',
      description: str(r.description) ?? '',
      likelihood: typeof r.likelihood === 'string' ? f.label(`level.${r.likelihood}`) : '',
      impact: typeof r.impact === 'string' ? f.label(`level.${r.impact}`) : '',
      mitigation: str(r.mitigation),
    })),
    consultations: asArray(d.consultations).map((c) => asObject(c) ?? {}).map((c) => ({
      date: f.date(c.date),
      place: str(c.place) ?? '',
      participants: typeof c.participants === 'number' ? f.number(c.participants) : '',
      women: typeof c.women === 'number' ? f.number(c.women) : '',
      description: str(c.description),
    })),
  };
}

function implementsOf(ws: Workspace, plan: Plan, action: Element, f: Formatter): Record<string, string>[] {
  return refsOf(plan)
    .filter((r) => r.from === action && r.site === 'implements')
    .map((ref) => {
      const resolved = resolveRef(ws, ref);
      if (resolved.status !== 'ok') return { ref: ref.text, id: ref.elementId, kind: '', title: '', pillars: '' };
      return {
        ref: ref.text,
        id: resolved.element.id ?? '',
        kind: f.label(`element.${resolved.element.kind}`),
        title: str(resolved.element.data.title) ?? '',
        pillars: inPillarOrder(pillarsOf(resolved.plan, resolved.element)).map((p) => f.label(`pillar.${p}`)).join(', ') || f.label('crossCutting'),
      };
    });
}

function referenceText(r: Record<string, unknown> | undefined, f: Formatter): string {
  if (!r) return '';
  const vocabulary = r.vocabulary === 'custom' ? str(r.vocabularyName) : f.label(`vocabulary.${String(r.vocabulary)}`);
  return `${vocabulary ?? ''} ${String(r.code ?? '')}`.trim();
}

/** Amounts per currency: by the plan's own pillar (objective) and by source; never added across currencies. */
function budgetView(plan: Plan, actions: Element[], f: Formatter): Record<string, unknown> {
  const add = (table: Map<string, Map<string, number>>, row: string, currency: string, amount: number): void => {
    const r = table.get(row) ?? new Map<string, number>();
    r.set(currency, (r.get(currency) ?? 0) + amount);
    table.set(row, r);
  };
  const byPillar = new Map<string, Map<string, number>>();
  const bySource = new Map<string, Map<string, number>>();
  const totals = new Map<string, Map<string, number>>();
  for (const action of actions) {
    let objective: Element | undefined = action.parent;
    while (objective && objective.kind !== 'objective') objective = objective.parent;
    const pillar = objective && typeof objective.data.pillar === 'string' ? f.pillar(objective.data.pillar) : f.label('crossCutting');
    const budget = action.data.budget;
    for (const line of Array.isArray(budget) ? budget : budget === undefined ? [] : [budget]) {
      const l = asObject(line);
      if (!l || typeof l.amount !== 'number' || typeof l.currency !== 'string') continue;
      add(byPillar, pillar, l.currency, l.amount);
      add(bySource, typeof l.source === 'string' ? f.label(`budgetSource.${l.source}`) : f.label('notStated'), l.currency, l.amount);
      add(totals, '', l.currency, l.amount);
    }
  }
  const currencies = [...(totals.get('')?.keys() ?? [])].sort();
  const rows = (table: Map<string, Map<string, number>>): Record<string, unknown>[] =>
    [...table].map(([name, amounts]) => ({ name, amounts: currencies.map((c) => (amounts.has(c) ? f.number(amounts.get(c)!) : '—')) }));
  const declared = asObject(plan.data.budget)?.total;
  return {
    currencies,
    byPillar: rows(byPillar),
    bySource: rows(bySource),
    totals: currencies.map((c) => f.number(totals.get('')!.get(c)!)),
    planTotal: (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared])
      .map((m) => asObject(m))
      .filter((m): m is Record<string, unknown> => Boolean(m) && typeof m!.amount === 'number')
      .map((m) => `${f.number(m.amount as number)} ${String(m.currency)}`),
    hasLines: currencies.length > 0,
  };
}
