// plan/duplicate-id: an id used twice in one namespace of a file.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Plan } from '../../load/plan.js';
import { elementsOf, describe, type Element, type ElementKind } from '../elements.js';

const NAMESPACE: Record<ElementKind, string> = {
  objective: 'results',
  outcome: 'results',
  action: 'results',
  indicator: 'indicators',
  concern: 'concerns',
  risk: 'risks',
  pillar: 'pillars',
};

export function duplicateIds(plan: Plan): Diagnostic[] {
  const seen = new Map<string, Element>();
  const out: Diagnostic[] = [];
  for (const element of elementsOf(plan)) {
    if (element.id === undefined) continue;
    const key = `${NAMESPACE[element.kind]}\u0000${element.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, element);
      continue;
    }
    out.push(
      diagnostic('plan/duplicate-id', {
        ...plan.where([...element.path, 'id']),
        message: `${describe(element)} reuses the id "${element.id}" of ${describe(first)}`,
        hint:
          NAMESPACE[element.kind] === 'results'
            ? 'objectives, outcomes and actions share one set of ids; give each a different id'
            : `give each ${element.kind} a different id`,
        related: [plan.relatedAt([...first.path, 'id'], `"${element.id}" is first used here`)],
      }),
    );
  }
  return out;
}
