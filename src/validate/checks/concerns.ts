// plan/unknown-concern and plan/unaddressed-concern: `addresses` against the concerns of a local plan.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import { describe, elementsOfKind, textItems } from '../elements.js';

export function concerns(plan: Plan): Diagnostic[] {
  const declared = elementsOfKind(plan, 'concern');
  const ids = declared.flatMap((c) => (c.id === undefined ? [] : [c.id]));
  const addressed = new Set<string>();
  const out: Diagnostic[] = [];
  for (const element of elementsOfKind(plan, 'objective', 'outcome', 'action')) {
    for (const ref of textItems(element.data.addresses, [...element.path, 'addresses'])) {
      if (ids.includes(ref.text)) {
        addressed.add(ref.text);
        continue;
      }
      const suggestion = closest(ref.text, ids);
      out.push(
        diagnostic('plan/unknown-concern', {
          ...plan.where(ref.path),
          message: `${describe(element)} addresses "${ref.text}", which is not a concern of this plan`,
          hint: suggestion ? `did you mean "${suggestion}"?` : 'declare the concern under `concerns`, or correct the id',
        }),
      );
    }
  }
  for (const concern of declared) {
    if (concern.id === undefined || addressed.has(concern.id)) continue;
    out.push(
      diagnostic('plan/unaddressed-concern', {
        ...plan.where([...concern.path, 'id']),
        message: `no action addresses ${describe(concern)}`,
        hint: `add \`addresses: ["${concern.id}"]\` to the action, outcome or objective that responds to it`,
      }),
    );
  }
  return out;
}
