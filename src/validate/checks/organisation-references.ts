// plan/unknown-organisation: with a registry, every org value must be one of its keys.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import type { DataPath } from '../../load/to-data.js';
import { asObject, elementsOfKind, textItems } from '../elements.js';

export function organisationReferences(plan: Plan): Diagnostic[] {
  const registry = asObject(plan.data.organisations);
  if (!registry) return [];
  const keys = Object.keys(registry);
  const refs: { text: string; path: DataPath }[] = [
    ...textItems(plan.data.leadAgency, ['leadAgency']),
    ...textItems(asObject(plan.data.coordination)?.chair, ['coordination', 'chair']),
    ...textItems(asObject(plan.data.coordination)?.members, ['coordination', 'members']),
  ];
  for (const [key, value] of Object.entries(registry)) {
    refs.push(...textItems(asObject(value)?.members, ['organisations', key, 'members']));
  }
  for (const action of elementsOfKind(plan, 'action')) {
    refs.push(...textItems(action.data.lead, [...action.path, 'lead']));
    refs.push(...textItems(action.data.partners, [...action.path, 'partners']));
  }
  const out: Diagnostic[] = [];
  for (const ref of refs) {
    if (Object.prototype.hasOwnProperty.call(registry, ref.text)) continue;
    const suggestion = closest(ref.text, keys);
    out.push(
      diagnostic('plan/unknown-organisation', {
        ...plan.where(ref.path),
        message: `"${ref.text}" is not a key of the plan's \`organisations\` registry`,
        hint: suggestion
          ? `did you mean "${suggestion}"?`
          : 'this plan declares `organisations`, so organisations are named by their key: add it to the registry or use an existing key',
        related: [plan.relatedAt(['organisations'], 'the registry is declared here')],
      }),
    );
  }
  return out;
}
