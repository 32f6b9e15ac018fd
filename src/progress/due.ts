// What a report of a period is expected to cover: the plan's actions due in it, less those an earlier report closed, and its indicators with a target.
import type { Plan } from '../load/plan.js';
import { overlaps, periodSpan, type Span } from '../validate/dates.js';
import { asObject, elementsOfKind, type Element } from '../validate/elements.js';
import { planPeriod } from '../validate/checks/periods.js';

/** Statuses after which an action needs no status in later reports. */
const FINAL = new Set(['completed', 'cancelled']);

/** The actions of `plan` whose timeframe (else the plan's period) overlaps `span`, except those that a report of `reports` before `span` completed or cancelled. */
export function actionsDue(plan: Plan, span: Span, reports: readonly Plan[]): Element[] {
  const closed = new Set(
    reports
      .filter((r) => r.kind === 'ProgressReport' && r.data.plan === plan.id)
      .filter((r) => {
        const s = planPeriod(r);
        return s !== undefined && s.last < span.first;
      })
      .flatMap((r) => Object.entries(asObject(r.data.actions) ?? {}).filter(([, v]) => FINAL.has(String(asObject(v)?.status))).map(([k]) => k)),
  );
  const planSpan = planPeriod(plan);
  const period = asObject(plan.data.period);
  return elementsOfKind(plan, 'action').filter((action) => {
    if (action.id === undefined || closed.has(action.id)) return false;
    const timeframe = asObject(action.data.timeframe) ?? {};
    const due = periodSpan(timeframe.start ?? period?.start, timeframe.end ?? period?.end) ?? planSpan;
    return due !== undefined && overlaps(due, span);
  });
}

/** The indicators a report should give a value for: those with a target, one-off indicators excepted. */
export function indicatorsDue(plan: Plan): Element[] {
  return elementsOfKind(plan, 'indicator').filter((i) => i.id !== undefined && asObject(i.data.target) !== undefined && i.data.frequency !== 'once');
}
