// plan/unknown-pillar: pillar references that are neither declared nor canonical, and declared ids that are canonical.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import { CANONICAL_PILLARS, isCanonicalPillar } from '../../data/pillars.js';
import { elementsOf, elementsOfKind, textItems } from '../elements.js';

export function pillarReferences(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  const declared = elementsOfKind(plan, 'pillar');
  for (const pillar of declared) {
    if (pillar.id !== undefined && isCanonicalPillar(pillar.id)) {
      out.push(
        diagnostic('plan/unknown-pillar', {
          ...plan.where([...pillar.path, 'id']),
          message: `the declared pillar "${pillar.id}" reuses a canonical pillar id`,
          hint: `canonical pillars (${CANONICAL_PILLARS.join(', ')}) need no declaration; remove this entry or give your goal area its own id`,
        }),
      );
    }
  }
  const known = [...declared.flatMap((p) => (p.id === undefined ? [] : [p.id])), ...CANONICAL_PILLARS];
  for (const element of elementsOf(plan)) {
    const refs =
      element.kind === 'objective'
        ? textItems(element.data.pillar, [...element.path, 'pillar'])
        : element.kind === 'action' || element.kind === 'concern'
          ? textItems(element.data.pillars, [...element.path, 'pillars'])
          : [];
    for (const ref of refs) {
      if (known.includes(ref.text)) continue;
      const suggestion = closest(ref.text, known);
      out.push(
        diagnostic('plan/unknown-pillar', {
          ...plan.where(ref.path),
          message: `unknown pillar "${ref.text}"`,
          hint: suggestion
            ? `did you mean "${suggestion}"?`
            : `use a canonical pillar (${CANONICAL_PILLARS.join(', ')}) or declare it under \`pillars\``,
        }),
      );
    }
  }
  return out;
}
