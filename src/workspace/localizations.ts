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
  const out = new Map<Element, Localization[]>(elementsOfKind(nap, 'action').map((a) => [a, []]));
  for (const lap of ws.lapsOf(nap)) {
    for (const ref of refsOf(lap)) {
      if (ref.site !== 'implements') continue;
      const resolved = resolveRef(ws, ref);
      if (resolved.status !== 'ok' || resolved.plan !== nap) continue;
      for (const action of actionsUnder(nap, resolved.element)) {
        const list = out.get(action)!;
        const localization = { lap, localAction: ref.from, through: resolved.element, direct: resolved.element === action };
        // A local action naming both an outcome and one of its actions localizes that action once, directly.
        const same = list.findIndex((l) => l.localAction === ref.from);
        if (same === -1) list.push(localization);
        else if (localization.direct) list[same] = localization;
      }
    }
  }
  return out;
}

/** The actions in an element's subtree: itself for an action. */
function actionsUnder(plan: Plan, element: Element): Element[] {
  if (element.kind === 'action') return [element];
  return elementsOfKind(plan, 'action').filter((action) => {
    for (let e = action.parent; e; e = e.parent) if (e === element) return true;
    return false;
  });
}
