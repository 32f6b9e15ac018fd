// plan/period-reversed and plan/timeframe-outside-period: the plan period and action timeframes.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';
import type { DataPath } from '../../load/to-data.js';
import { isInside, isReversed, periodSpan, spanOf, type Span } from '../dates.js';
import { asObject, describe, elementsOfKind } from '../elements.js';

const show = (value: unknown): string => String(value);

export function planPeriod(plan: Plan): Span | undefined {
  const period = asObject(plan.data.period);
  return period ? periodSpan(period.start, period.end) : undefined;
}

export function periods(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reversed = (path: DataPath, start: unknown, end: unknown, what: string): boolean => {
    const span = periodSpan(start, end);
    if (!span || !isReversed(span)) return false;
    out.push(
      diagnostic('plan/period-reversed', {
        ...plan.where([...path, 'end']),
        message: `${what} ends (${show(end)}) before it starts (${show(start)})`,
        hint: 'swap `start` and `end`, or correct the year',
        related: [plan.relatedAt([...path, 'start'], 'it starts here')],
      }),
    );
    return true;
  };

  const period = asObject(plan.data.period);
  if (period) reversed(['period'], period.start, period.end, plan.kind === 'ProgressReport' ? 'the reporting period' : 'the plan period');
  const planSpan = planPeriod(plan);
  const planPeriodOk = planSpan !== undefined && !isReversed(planSpan);

  for (const action of elementsOfKind(plan, 'action')) {
    const timeframe = asObject(action.data.timeframe);
    if (!timeframe) continue;
    const path = [...action.path, 'timeframe'];
    if (timeframe.start !== undefined && timeframe.end !== undefined && reversed(path, timeframe.start, timeframe.end, `the timeframe of ${describe(action)}`)) continue;
    if (!planPeriodOk) continue;
    const start = timeframe.start === undefined ? planSpan : spanOf(timeframe.start);
    const end = timeframe.end === undefined ? planSpan : spanOf(timeframe.end);
    if (!start || !end) continue;
    const span = { first: start.first, last: end.last };
    if (isInside(span, planSpan)) continue;
    const outside = start.first < planSpan.first ? 'start' : 'end';
    const bound = timeframe[outside] !== undefined ? outside : outside === 'start' ? 'end' : 'start';
    out.push(
      diagnostic('plan/timeframe-outside-period', {
        ...plan.where([...path, bound]),
        message: `the timeframe of ${describe(action)} (${show(timeframe.start ?? period?.start)}–${show(timeframe.end ?? period?.end)}) is not inside the plan period (${show(period?.start)}–${show(period?.end)})`,
        hint: 'move the timeframe inside the plan period, or extend the period if the plan was amended',
        related: [plan.relatedAt(['period'], 'the plan period')],
      }),
    );
  }
  return out;
}
