// Indicator targets: plan/target-before-baseline, plan/target-outside-period and plan/target-direction.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';
import { isReversed, overlaps, spanOf } from '../dates.js';
import { asObject, describe, elementsOfKind } from '../elements.js';
import { planPeriod } from './periods.js';

export function indicators(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const period = planPeriod(plan);
  for (const indicator of elementsOfKind(plan, 'indicator')) {
    const baseline = asObject(indicator.data.baseline);
    const target = asObject(indicator.data.target);
    const path = indicator.path;
    if (baseline && target && typeof baseline.year === 'number' && typeof target.year === 'number' && target.year <= baseline.year) {
      out.push(
        diagnostic('plan/target-before-baseline', {
          ...plan.where([...path, 'target', 'year']),
          message: `the target year ${target.year} of ${describe(indicator)} is not after its baseline year ${baseline.year}`,
          hint: 'the target is measured after the baseline: check both years',
          related: [plan.relatedAt([...path, 'baseline', 'year'], 'the baseline year')],
        }),
      );
    }
    const targetYear = spanOf(target?.year);
    if (period && !isReversed(period) && targetYear && !overlaps(targetYear, period)) {
      out.push(
        diagnostic('plan/target-outside-period', {
          ...plan.where([...path, 'target', 'year']),
          message: `the target year ${String(target?.year)} of ${describe(indicator)} falls outside the plan period`,
          hint: 'a target beyond the plan period cannot be reported on in this plan; check the year',
          related: [plan.relatedAt(['period'], 'the plan period')],
        }),
      );
    }
    if (baseline && target && typeof baseline.value === 'number' && typeof target.value === 'number') {
      const ascending = indicator.data.ascending !== false;
      const wrong = ascending ? target.value < baseline.value : target.value > baseline.value;
      if (wrong) {
        out.push(
          diagnostic('plan/target-direction', {
            ...plan.where([...path, 'target', 'value']),
            message: `the target ${target.value} of ${describe(indicator)} is ${ascending ? 'below' : 'above'} its baseline ${baseline.value}, but ${ascending ? 'higher' : 'lower'} is better`,
            hint: ascending
              ? 'if a falling value is the goal (fewer cases, shorter waits), add `ascending: false`; otherwise check the target'
              : 'if a rising value is the goal, remove `ascending: false`; otherwise check the target',
            related: [plan.relatedAt([...path, 'baseline', 'value'], 'the baseline value')],
          }),
        );
      }
    }
  }
  return out;
}
