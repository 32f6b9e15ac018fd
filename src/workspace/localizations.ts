// Which local actions localize each national action (spec section 9): directly, or through an outcome or objective.
import type { Plan } from '../load/plan.js';
import { elementsOfKind, type Element } from '../validate/elements.js';
import { refsOf } from './references.js';
import { resolveRef } from './resolve.js';
import type { Workspace } from './workspace.js';

export interface Localization {
  lap: Plan;
  /** The local action that carries the national action out. */
  localAction: Element;
  /** What the local action names in `implements`: the national action itself, its outcome or its objective. */
  through: Element;
  direct: boolean;
}

/** National action → its localizations by the NAP's LAPs in the workspace, for every action of the NAP. */
export function localizationsOf(ws: Workspace, nap: Plan): Map<Element, Localization[]> {
  const actions = elementsOfKind(nap, 'action');
  // Keyed by local action: one naming both an outcome and one of its actions localizes that action once, directly.
  const found = new Map<Element, Map<Element, Localization>>(actions.map((a) => [a, new Map()]));
  const under = actionsUnder(actions);
  for (const lap of ws.lapsOf(nap)) {
    for (const ref of refsOf(lap)) {
      if (ref.site !== 'implements') continue;
      const resolved = resolveRef(ws, ref);
      if (resolved.status !== 'ok' || resolved.plan !== nap) continue;
      for (const action of under.get(resolved.element) ?? []) {
        const byLocal = found.get(action)!;
        const direct = resolved.element === action;
        if (!byLocal.has(ref.from) || direct) byLocal.set(ref.from, { lap, localAction: ref.from, through: resolved.element, direct });
      }
    }
  }
  return new Map([...found].map(([action, byLocal]) => [action, [...byLocal.values()]]));
}

/** Each element → the actions in its subtree (an action's is itself), built once per plan. */
function actionsUnder(actions: readonly Element[]): Map<Element, Element[]> {
  const under = new Map<Element, Element[]>();
  for (const action of actions) {
    for (let e: Element | undefined = action; e; e = e.parent) {
      let list = under.get(e);
      if (!list) under.set(e, (list = []));
      list.push(action);
    }
  }
  return under;
}
