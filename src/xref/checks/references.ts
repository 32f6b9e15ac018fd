// `implements` and `contributesTo`: xref/unknown-plan, no-parent, unknown-reference, wrong-target-kind, pillar-mismatch.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { Plan } from '../../load/plan.js';
import { describe } from '../../validate/elements.js';
import { inPillarOrder, pillarsOf } from '../../workspace/pillars.js';
import { refsOf, type Ref } from '../../workspace/references.js';
import { resolveRef } from '../../workspace/resolve.js';
import type { Workspace } from '../../workspace/workspace.js';

const WHAT: Record<Ref['site'], string> = { implements: 'an objective, outcome or action', contributesTo: 'an indicator' };

export function references(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const plan of ws.plans) {
    for (const ref of refsOf(plan)) {
      const d = check(ws, plan, ref);
      if (d) out.push(d);
    }
  }
  return out;
}

function check(ws: Workspace, plan: Plan, ref: Ref): Diagnostic | undefined {
  // Located only when there is something to say: a plan checked in a worker has to be parsed again for it.
  const at = (): ReturnType<Plan['where']> => plan.where(ref.path);
  const resolved = resolveRef(ws, ref);
  switch (resolved.status) {
    case 'parent-unresolved':
      return undefined;
    case 'no-parent':
      return diagnostic('xref/no-parent', {
        ...at(),
        message: `the reference "${ref.text}" names no plan: this plan has no parent`,
        hint: `add \`parent:\` with the national plan's id, or write the plan id into the reference ("PLAN-ID#${ref.text}")`,
      });
    case 'unknown-plan': {
      const suggestion = closest(ref.planId!, ws.planIds());
      return diagnostic('xref/unknown-plan', {
        ...at(),
        message: `the reference "${ref.text}" names the plan "${ref.planId}", which is not among the plans checked`,
        hint: suggestion ? `did you mean "${suggestion}"?` : "name that plan's file too, or list it in wpsplan.config.yaml `include`",
      });
    }
    case 'unknown-element': {
      const suggestion = closest(ref.elementId, ws.ids(resolved.plan, resolved.namespace));
      return diagnostic('xref/unknown-reference', {
        ...at(),
        message: `"${ref.elementId}" is not ${WHAT[ref.site]} of ${resolved.plan.id}`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `check the id against ${resolved.plan.file}`,
        related: [resolved.plan.relatedAt(['id'], `the plan ${resolved.plan.id} is declared here`)],
      });
    }
    case 'wrong-kind':
      return diagnostic('xref/wrong-target-kind', {
        ...at(),
        message: `"${ref.elementId}" is an ${resolved.element.kind} of ${resolved.plan.id}, but \`${ref.site}\` names ${WHAT[ref.site]}`,
        hint:
          ref.site === 'implements'
            ? 'name the national action (or its outcome or objective) this action carries out; link indicators with `contributesTo` on an indicator'
            : 'name a national indicator this indicator feeds; link actions with `implements` on an action',
        related: [resolved.plan.relatedAt([...resolved.element.path, 'id'], `${describe(resolved.element)} is defined here`)],
      });
    case 'ok': {
      if (ref.site !== 'implements') return undefined;
      const mine = pillarsOf(plan, ref.from);
      const theirs = pillarsOf(resolved.plan, resolved.element);
      if (mine.size === 0 || theirs.size === 0 || [...mine].some((p) => theirs.has(p))) return undefined;
      return diagnostic('xref/pillar-mismatch', {
        ...at(),
        message: `${describe(ref.from)} (${inPillarOrder(mine).join(', ')}) implements ${describe(resolved.element)} of ${resolved.plan.id} (${inPillarOrder(theirs).join(', ')}): they share no pillar`,
        hint: 'check that the reference names the right national commitment, or give the local action the `pillars` it serves',
        related: [resolved.plan.relatedAt([...resolved.element.path, 'id'], `${describe(resolved.element)} is defined here`)],
      });
    }
  }
}
