// plan/action-without-lead and plan/action-without-indicator.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';
import { asArray, describe, elementsOfKind, type Element } from '../elements.js';

const hasIndicators = (element: Element | undefined): boolean => asArray(element?.data.indicators).length > 0;

export function actions(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const action of elementsOfKind(plan, 'action')) {
    const lead = action.data.lead;
    // An empty list is the schema's business (schema/min-items); here only a missing lead.
    if (lead === undefined || lead === null) {
      out.push(
        diagnostic('plan/action-without-lead', {
          ...plan.where([...action.path, 'id']),
          message: `${describe(action)} has no lead institution`,
          hint: 'add `lead:` naming the institution responsible for carrying it out',
        }),
      );
    }
    const outcome = action.parent?.kind === 'outcome' ? action.parent : undefined;
    const objective = outcome ? outcome.parent : action.parent;
    if (!hasIndicators(action) && !hasIndicators(outcome) && !hasIndicators(objective)) {
      out.push(
        diagnostic('plan/action-without-indicator', {
          ...plan.where([...action.path, 'id']),
          message: `${describe(action)} cannot be measured: neither it nor its outcome nor its objective has an indicator`,
          hint: 'add `indicators:` to the action, or to the outcome or objective it serves',
        }),
      );
    }
  }
  return out;
}
