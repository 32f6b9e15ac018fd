// xref/duplicate-plan-id: two files declare the same plan id; reported on the later file.
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Workspace } from '../../workspace/workspace.js';

export function duplicatePlanIds(ws: Workspace): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const plan of ws.plans) {
    const first = plan.id ? ws.plan(plan.id) : undefined;
    if (!first || first === plan) continue;
    out.push(
      diagnostic('xref/duplicate-plan-id', {
        ...plan.where(['id']),
        message: `the plan id "${plan.id}" is already declared by ${first.file}`,
        hint: 'plan ids are unique across all plans checked together: give this plan its own id (add its period or locality)',
        related: [first.relatedAt(['id'], 'the plan id was first declared here')],
      }),
    );
  }
  return out;
}
