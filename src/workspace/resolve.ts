// A reference → the element it names, or why it names none.
import type { Plan } from '../load/plan.js';
import type { Element } from '../validate/elements.js';
import type { Ref } from './references.js';
import { namespaceOf, type Namespace, type Workspace } from './workspace.js';

export type Resolution =
  | { status: 'ok'; plan: Plan; element: Element }
  /** A bare ref in a plan without parent. */
  | { status: 'no-parent' }
  /** An explicit ref to a plan not in the workspace. */
  | { status: 'unknown-plan' }
  /** A bare ref whose parent is missing or not a national plan: the error on `parent` says it all. */
  | { status: 'parent-unresolved' }
  | { status: 'unknown-element'; plan: Plan; namespace: Namespace }
  | { status: 'wrong-kind'; plan: Plan; element: Element; namespace: Namespace };

/** What each reference site may name. */
export const TARGET_NAMESPACE: Record<Ref['site'], Namespace> = { implements: 'results', contributesTo: 'indicators' };

export function resolveRef(ws: Workspace, ref: Ref): Resolution {
  if (ref.planId === undefined) return { status: 'no-parent' };
  const plan = ws.plan(ref.planId);
  if (!plan) return { status: ref.explicit ? 'unknown-plan' : 'parent-unresolved' };
  if (!ref.explicit && plan.kind !== 'NationalActionPlan') return { status: 'parent-unresolved' };
  const namespace = TARGET_NAMESPACE[ref.site];
  const element = ws.element(plan, namespace, ref.elementId);
  if (element) return { status: 'ok', plan, element };
  const other: Namespace = namespace === 'results' ? 'indicators' : 'results';
  const wrong = ws.element(plan, other, ref.elementId);
  if (wrong && namespaceOf(wrong)) return { status: 'wrong-kind', plan, element: wrong, namespace };
  return { status: 'unknown-element', plan, namespace };
}
